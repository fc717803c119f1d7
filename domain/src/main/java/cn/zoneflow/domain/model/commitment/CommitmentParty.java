package cn.zoneflow.domain.model.commitment;

/**
 * Who signs which half of the dual commitment (双承诺): the enterprise its 企业信用承诺书, the zone its 开发区服务承诺书.
 */
public enum CommitmentParty {
    ENTERPRISE("企业信用承诺书"),
    ZONE("开发区服务承诺书");

    private final String title;

    CommitmentParty(String title) {
        this.title = title;
    }

    /** The title the signed text bears. */
    public String title() {
        return title;
    }
}

package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.warning.Light;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How the user last searched and filtered 项目库, kept for the session: coming back from a project's page they find
 * the list as they left it. A link that names its own filters (a report's figure) replaces it.
 */
@SessionScoped
public class ProjectListMemory implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The list's criteria as the form holds them (investment in 亿元). */
    public record Criteria(Keyword keyword, String cityCode, Long zoneId, Stage stage, String industryCode,
            Boolean strategicEmerging, BigDecimal minInvestmentYi, BigDecimal maxInvestmentYi, Boolean underCommitment,
            Boolean fullAgency, Boolean onStandardLand, Light light, Boolean openProblems, String leader)
            implements Serializable {
    }

    private Criteria last;

    Optional<Criteria> last() {
        return Optional.ofNullable(last);
    }

    void keep(Criteria criteria) {
        last = criteria;
    }
}

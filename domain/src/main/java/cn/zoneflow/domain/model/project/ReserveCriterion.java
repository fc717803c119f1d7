package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a zone confirms about a project in reserve before it climbs a tier (入库标准): who will invest, that an
 * investment intention is signed, that its land and its funds are in place.
 */
public enum ReserveCriterion {
    /** 投资主体已明确. */
    INVESTOR_IDENTIFIED("投资主体已明确"),
    /** 投资意向已签订. */
    INTENTION_SIGNED("投资意向已签订"),
    /** 项目用地已落实. */
    LAND_CONFIRMED("项目用地已落实"),
    /** 项目资金已落实. */
    FUNDS_CONFIRMED("项目资金已落实");

    private final String chineseName;

    ReserveCriterion(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The criterion as zones write it (项目用地已落实) or as programs do (LAND_CONFIRMED). */
    public static ReserveCriterion parse(String text) {
        String written = text.strip();
        for (ReserveCriterion criterion : values()) {
            if (criterion.chineseName.equals(written) || criterion.name().equalsIgnoreCase(written)) {
                return criterion;
            }
        }
        throw new InvalidValueException("reserveCriterion.unknown", written);
    }

    /** Criteria as a message names them: 投资意向已签订、项目用地已落实. */
    public static String listed(Set<ReserveCriterion> criteria) {
        return criteria.stream().sorted().map(ReserveCriterion::chineseName).collect(Collectors.joining("、"));
    }

    public String chineseName() {
        return chineseName;
    }
}

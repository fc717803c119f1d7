package cn.zoneflow.domain.model.report;

import java.math.BigDecimal;

/**
 * How a place carries the three reforms. 承诺制: of the projects in the pipeline (signed or further) those filed
 * under commitment, and of the commitment-eligible procedures planned for its projects (standard land's waived ones
 * aside) those handled under commitment. 全代办: agency agreements signed and procedures closed in the period.
 * 标准地: parcels sold in the period and their area in 亩.
 */
public record ReformFigures(long projectsInPipeline, long projectsUnderCommitment, long eligibleItems,
        long committedItems, long agreementsSigned, long itemsClosed, long parcelsSold, BigDecimal areaSoldMu) {

    public static final ReformFigures NONE = new ReformFigures(0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO);

    public static ReformFigures commitmentCoverage(long projectsInPipeline, long projectsUnderCommitment) {
        return new ReformFigures(projectsInPipeline, projectsUnderCommitment, 0, 0, 0, 0, 0, BigDecimal.ZERO);
    }

    public static ReformFigures commitmentItems(long eligibleItems, long committedItems) {
        return new ReformFigures(0, 0, eligibleItems, committedItems, 0, 0, 0, BigDecimal.ZERO);
    }

    public static ReformFigures agency(long agreementsSigned, long itemsClosed) {
        return new ReformFigures(0, 0, 0, 0, agreementsSigned, itemsClosed, 0, BigDecimal.ZERO);
    }

    public static ReformFigures landSold(long parcelsSold, BigDecimal areaSoldMu) {
        return new ReformFigures(0, 0, 0, 0, 0, 0, parcelsSold, areaSoldMu);
    }

    /** 承诺制 coverage of projects: filed under commitment over all in the pipeline. */
    public Ratio projectCoverage() {
        return Ratio.of(projectsUnderCommitment, projectsInPipeline);
    }

    /** 承诺制 coverage of eligible items: those handled under commitment over all eligible ones. */
    public Ratio itemCoverage() {
        return Ratio.of(committedItems, eligibleItems);
    }

    public ReformFigures plus(ReformFigures other) {
        return new ReformFigures(projectsInPipeline + other.projectsInPipeline,
                projectsUnderCommitment + other.projectsUnderCommitment, eligibleItems + other.eligibleItems,
                committedItems + other.committedItems, agreementsSigned + other.agreementsSigned,
                itemsClosed + other.itemsClosed, parcelsSold + other.parcelsSold, areaSoldMu.add(other.areaSoldMu));
    }
}

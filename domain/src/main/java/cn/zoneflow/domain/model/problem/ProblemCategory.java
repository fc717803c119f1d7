package cn.zoneflow.domain.model.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of problem in the catalogue (土地, 资金, 能评环评 …) with the working days a problem of the kind is given to
 * be solved in when the zone sets no other deadline.
 */
@Entity
@Table(name = "problem_category")
public class ProblemCategory {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ProblemCategory() {
    }

    public static final int NAME_MAX_LENGTH = 40;
    /** 服务整改: a 差评 of the zone's service, verified, rectified and answered on its deadline (15 working days). */
    public static final String RECTIFICATION = "RECTIFICATION";
    public static final int MOST_WORKING_DAYS = 60;

    public ProblemCategory(String code, String name, int workingDays, int sortOrder) {
        this.code = code;
        this.sortOrder = sortOrder;
        change(name, workingDays);
    }

    /**
     * New terms: problems accepted from now on get the new working days; deadlines set before stay.
     *
     * @throws IllegalArgumentException for fewer than one or more than {@value #MOST_WORKING_DAYS} working days
     */
    public void change(String name, int workingDays) {
        if (workingDays < 1 || workingDays > MOST_WORKING_DAYS) {
            throw new IllegalArgumentException("a category gives 1 to " + MOST_WORKING_DAYS + " working days: "
                    + workingDays);
        }
        this.name = name;
        this.workingDays = workingDays;
    }

    /** Whether problems of the category rectify 差评 (服务整改), and so are followed by a 回访 to the enterprise. */
    public boolean rectifiesBadRatings() {
        return RECTIFICATION.equals(code);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int workingDays() {
        return workingDays;
    }

    public int sortOrder() {
        return sortOrder;
    }
}

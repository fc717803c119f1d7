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

    public ProblemCategory(String code, String name, int workingDays, int sortOrder) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a category gives at least one working day: " + workingDays);
        }
        this.code = code;
        this.name = name;
        this.workingDays = workingDays;
        this.sortOrder = sortOrder;
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

package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.InvalidValueException;

/** The orders a project list can be read in; every order ends on the id so that pages never overlap. */
public enum ProjectSort {
    CODE("code"),
    NAME("name"),
    TOTAL_INVESTMENT("totalInvestment"),
    STAGE("stage");

    private final String field;

    ProjectSort(String field) {
        this.field = field;
    }

    /** By the field's name as the API and the screens call it: {@code code}, {@code totalInvestment} … */
    public static ProjectSort parse(String text) {
        for (ProjectSort sort : values()) {
            if (sort.field.equals(text.strip())) {
                return sort;
            }
        }
        throw new InvalidValueException("sort.unknown", text);
    }

    public String field() {
        return field;
    }
}

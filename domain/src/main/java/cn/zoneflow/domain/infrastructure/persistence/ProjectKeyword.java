package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Keyword;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;

/**
 * Where a keyword is looked for in a project, the same in every list: any part of its code, its name or its
 * enterprise's name, whatever the case.
 */
final class ProjectKeyword {

    static final String PARAMETER = "keyword";
    /** For JPQL whose project is {@code p}. */
    static final String JPQL_CONDITION = "(lower(p.code) like :keyword escape '" + Keyword.ESCAPE + "'"
            + " or lower(p.name) like :keyword escape '" + Keyword.ESCAPE + "'"
            + " or lower(p.enterprise.name) like :keyword escape '" + Keyword.ESCAPE + "')";

    private ProjectKeyword() {
    }

    static Predicate matching(CriteriaBuilder cb, From<?, Project> project, Keyword keyword) {
        String pattern = keyword.containedPattern();
        Expression<String> code = project.get("code").as(String.class);
        return cb.or(cb.like(cb.lower(code), pattern, Keyword.ESCAPE),
                cb.like(cb.lower(project.get("name")), pattern, Keyword.ESCAPE),
                cb.like(cb.lower(project.join("enterprise").get("name")), pattern, Keyword.ESCAPE));
    }
}

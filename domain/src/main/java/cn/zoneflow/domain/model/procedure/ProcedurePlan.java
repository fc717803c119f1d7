package cn.zoneflow.domain.model.procedure;

import java.util.List;

/**
 * What the agency handles once a project's procedures are planned: the codes of those to handle before 开工 and
 * before 投产 (the waived ones left out), and whether the project has started already, so that the procedures
 * before 投产 need not wait for it; and whether any is planned under commitment, so the dual commitment is signed.
 */
public record ProcedurePlan(List<String> beforeStart, List<String> beforeProduction, boolean started,
        boolean anyCommitted) {

    public ProcedurePlan {
        beforeStart = List.copyOf(beforeStart);
        beforeProduction = List.copyOf(beforeProduction);
    }
}

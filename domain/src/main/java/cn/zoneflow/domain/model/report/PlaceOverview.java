package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.user.Scope;

/**
 * One place's overview — the province, a city or a zone, with the scope that opens it: where its projects stand,
 * how it carries the reforms, its procedures and supervision.
 */
public record PlaceOverview(String name, Scope scope, StageFunnel stages, ReformFigures reforms,
        SupervisionTally supervision) {

    public PlaceOverview plus(StageFunnel moreStages, ReformFigures moreReforms, SupervisionTally moreSupervision) {
        return new PlaceOverview(name, scope, stages.plus(moreStages), reforms.plus(moreReforms),
                supervision.plus(moreSupervision));
    }
}

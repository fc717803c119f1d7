package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.user.Scope;

/**
 * A place's problems and the 入企服务 visits made in it: the province, a city or a zone, with the scope that opens its
 * own.
 */
public record ProblemPlace(String name, Scope scope, ProblemCounts counts, long visits) {
}

package cn.zoneflow.domain.model.reserve;

import cn.zoneflow.domain.model.user.Scope;

/** A place's reserve library: the province, a city or a zone, with the scope that opens its own. */
public record ReservePlace(String name, Scope scope, ReserveFigures figures) {
}

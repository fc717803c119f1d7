package cn.zoneflow.domain.model.reserve;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The reserve library of a scope, counted in the database. */
public interface ReserveRepository {

    /** Each zone's reserve figures (by zone id) today, with the conversion over {@code from} to {@code to}. */
    Map<Long, ReserveFigures> figures(Scope scope, LocalDate from, LocalDate to);

    /** The projects in reserve in the scope: the most mature tier first, then by zone and code. */
    List<Project> inReserve(Scope scope);
}

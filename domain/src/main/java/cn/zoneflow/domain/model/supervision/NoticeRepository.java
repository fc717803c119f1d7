package cn.zoneflow.domain.model.supervision;

import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The supervision notices of the province. */
public interface NoticeRepository {

    Optional<SupervisionNotice> find(long id);

    /** The notices about projects within the scope, open ones first, then the newest; at most {@code limit}. */
    List<SupervisionNotice> within(Scope scope, int limit);

    /**
     * The day of the latest notice about each of these tasks that has one: the sweep raises one per overdue task
     * only, and the overdue board says which rows were noticed when.
     */
    Map<String, LocalDate> noticedOn(Set<String> taskIds);

    void add(SupervisionNotice notice);
}

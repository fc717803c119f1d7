package cn.zoneflow.domain.model.supervision;

import cn.zoneflow.domain.model.user.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The supervision notices of the province. */
public interface NoticeRepository {

    Optional<SupervisionNotice> find(long id);

    /** The notices about projects within the scope, open ones first, then the newest; at most {@code limit}. */
    List<SupervisionNotice> within(Scope scope, int limit);

    /** Which of these tasks already have a notice, so the sweep raises one per overdue task only. */
    Set<String> tasksWithNotice(Set<String> taskIds);

    void add(SupervisionNotice notice);
}

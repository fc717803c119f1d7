package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.Deadlines;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Open work whose deadline cannot be counted yet because a year's holiday notice is not in the calendar: what the
 * system administrator must publish, and what supervisors cannot yet call late.
 */
@ApplicationScoped
public class PendingDeadlines {

    @Inject
    private OpenTaskRepository openTasks;

    @Inject
    private StepDeadlines stepDeadlines;

    @Inject
    private Deadlines deadlines;

    @Inject
    private ZoneRepository zones;

    /** How many tasks wait, and for which year's notice. */
    public record Waiting(long tasks, int year) {
    }

    /** @return the tasks within the scope that wait for the calendar, when any do */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Waiting> within(Scope scope) {
        List<Long> zoneIds = scope.equals(Scope.PROVINCE) ? null
                : zones.zonesWithin(scope).stream().map(Zone::id).toList();
        long waiting = openTasks.countWithoutDeadline(stepDeadlines.withLimit(), zoneIds);
        return waiting == 0 ? Optional.empty()
                : Optional.of(new Waiting(waiting, deadlines.calendar().firstMissingYearFrom(ChinaTime.today()
                        .getYear())));
    }
}

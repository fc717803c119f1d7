package cn.zoneflow.workflow.engine;

import cn.zoneflow.domain.model.shared.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time as the process engine keeps it — ZoneFlow's clock, which the engine follows ({@link EngineClock}) and a
 * test may stop — for the workflow's services, listeners and delegates, so that what they call today and the
 * engine's own due dates and timers never disagree. The one reader of the engine's internal clock.
 */
@ApplicationScoped
public class WorkflowClock {

    public Date now() {
        return ClockUtil.getCurrentTime();
    }

    /** Today in Beijing. */
    public LocalDate today() {
        return LocalDate.ofInstant(now().toInstant(), ChinaTime.ZONE);
    }
}

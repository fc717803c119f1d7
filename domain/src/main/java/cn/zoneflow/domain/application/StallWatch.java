package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.supervision.StallReport;
import cn.zoneflow.domain.model.supervision.StallRepository;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** The "三未" lists supervisors chase: for a scope, the projects stalled at each stage today, counted per zone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StallWatch {

    @Inject
    private StallRepository stalls;

    public StallReport report(Scope scope, StallKind kind) {
        return report(scope, kind, ChinaTime.today());
    }

    public StallReport report(Scope scope, StallKind kind, LocalDate today) {
        int months = stalls.monthsFor(kind);
        return new StallReport(kind, months, today, stalls.countsByZone(kind, months, scope, today),
                stalls.stalled(kind, months, scope, today, StallReport.MAX_PROJECTS));
    }
}

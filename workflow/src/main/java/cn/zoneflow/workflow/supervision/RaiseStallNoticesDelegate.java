package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.application.SupervisionService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 三未项目生成督办: the sweep's notices about projects stalled at their stage. */
@Named("raiseStallNoticesDelegate")
@Dependent
public class RaiseStallNoticesDelegate implements JavaDelegate {

    /** Notices raised per sweep at most; the rest wait for the next hour rather than make one huge transaction. */
    static final int MAX_PER_SWEEP = 200;
    private static final Logger LOG = Logger.getLogger(RaiseStallNoticesDelegate.class.getName());

    @Inject
    private SupervisionService supervision;

    @Override
    public void execute(DelegateExecution execution) {
        int raised = supervision.raiseForStalls(MAX_PER_SWEEP);
        if (raised > 0) {
            LOG.info(() -> "Stall sweep: " + raised + " supervision notices raised");
        }
    }
}

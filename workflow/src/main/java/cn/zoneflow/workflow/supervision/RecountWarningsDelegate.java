package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.application.ProjectWarnings;
import cn.zoneflow.domain.model.shared.ChinaTime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 重算进度预警: the sweep judges every project's warning lights again against its planned dates. */
@Named("recountWarningsDelegate")
@Dependent
public class RecountWarningsDelegate implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(RecountWarningsDelegate.class.getName());

    @Inject
    private ProjectWarnings warnings;

    @Override
    public void execute(DelegateExecution execution) {
        long started = System.nanoTime();
        int changed = warnings.recountAll(ChinaTime.today());
        long millis = (System.nanoTime() - started) / 1_000_000;
        // every sweep, so that an operator sees what judging the province's lights costs as it grows
        LOG.info(() -> "Warning sweep: " + changed + " lights changed colour in " + millis + " ms");
    }
}

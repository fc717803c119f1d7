package cn.zoneflow.workflow.task;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 临近期限提醒: the hourly sweep's reminders. */
@Named("remindNearDeadlinesDelegate")
@Dependent
public class RemindNearDeadlinesDelegate implements JavaDelegate {

    @Inject
    private NearDeadlineReminders reminders;

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind();
    }
}

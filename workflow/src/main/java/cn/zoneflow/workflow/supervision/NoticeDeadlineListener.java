package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.processes.SupervisionNoticeProcess.Variables;
import cn.zoneflow.workflow.task.TaskDeadline;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A notice's answer is due on the day the supervisor set, not after a configured limit: near due on that day,
 * overdue after it.
 */
@Named("noticeDeadlineListener")
@Dependent
public class NoticeDeadlineListener implements TaskListener {

    @Inject
    private SupervisionService supervision;

    @Override
    public void notify(DelegateTask task) {
        SupervisionNotice notice = supervision.notice((Long) task.getVariable(Variables.NOTICE_ID));
        TaskDeadline.dueOn(task, notice.deadline());
    }
}

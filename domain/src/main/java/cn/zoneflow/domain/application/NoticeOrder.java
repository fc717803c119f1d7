package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import java.time.LocalDate;

/**
 * 下发督办: what a supervisor requires, by when, of whom (an officer or manager of the project's zone, or none for
 * the zone's officers), and — when it is about one late task, as from the overdue board — which task.
 */
public record NoticeOrder(
        String taskId,
        @PlainText(max = NoticeOrder.USERNAME_MAX_LENGTH) String addressee,
        @Required @PlainText(max = SupervisionNotice.TEXT_MAX_LENGTH) String requirement,
        @Required @PlausibleDate LocalDate deadline) {

    static final int USERNAME_MAX_LENGTH = 60;
    public static final String TASK_ID = "taskId";

    public NoticeOrder {
        taskId = TypedText.trimmed(taskId);
        addressee = TypedText.trimmed(addressee);
        requirement = TypedText.trimmed(requirement);
    }
}

package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.supervision.NoticeIssued;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import cn.zoneflow.processes.SupervisionNoticeProcess.Variables;
import cn.zoneflow.workflow.task.TaskDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts the answering of every notice sent, in the sending transaction: to its addressee or the zone's officers,
 * escalated at the end of its deadline day, followed up by its issuer — or, for the sweep's notices, by the city's
 * supervisors.
 */
@ApplicationScoped
public class NoticeWorkflow {

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ZoneRepository zones;

    void start(@Observes NoticeIssued notice) {
        Zone zone = zones.zone(notice.zoneId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.NOTICE_ID, notice.noticeId());
        variables.put(Variables.PROJECT_ID, notice.projectId());
        variables.put(Variables.ADDRESSEE, notice.addressee());
        variables.put(Variables.OFFICER_GROUP, Role.OFFICER.groupIn(zone));
        variables.put(Variables.NOTICE_OVERDUE_CYCLE, TaskDeadline.dailyFromEndOf(notice.deadline()));
        variables.put(Variables.FOLLOW_UP_ASSIGNEE,
                SupervisionService.SWEEP.equals(notice.issuedBy()) ? null : notice.issuedBy());
        variables.put(Variables.FOLLOW_UP_GROUP, Role.SUPERVISOR.groupIn(zone.city()));
        runtimeService.startProcessInstanceByKey(SupervisionNoticeProcess.PROCESS_KEY, notice.projectCode(),
                variables);
    }
}

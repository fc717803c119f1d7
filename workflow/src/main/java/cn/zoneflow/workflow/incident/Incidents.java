package cn.zoneflow.workflow.incident;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * The engine's open incidents, newest first, and their retry: a failed job gets one more attempt, and the incident
 * closes once it is taken up again (it opens anew should the attempt fail too).
 */
@ApplicationScoped
public class Incidents {

    private static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ManagementService managementService;

    @Inject
    private RepositoryService repositoryService;

    @Inject
    private AuditTrail audit;

    /** @throws RoleRequiredException unless the actor is the system administrator */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IncidentSummary> open(UserAccount actor) {
        RoleRequiredException.check(actor, Role.ADMIN);
        return runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc().list().stream()
                .map(this::summary).toList();
    }

    /**
     * @throws RoleRequiredException unless the actor is the system administrator
     * @throws NoSuchElementException when the incident is closed already or was never there
     */
    @Transactional
    public void retry(UserAccount actor, String incidentId) {
        RoleRequiredException.check(actor, Role.ADMIN);
        Incident incident = runtimeService.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null || !FAILED_JOB.equals(incident.getIncidentType())) {
            throw new NoSuchElementException("incident " + incidentId);
        }
        managementService.setJobRetries(failedJobOf(incident), 1);
        audit.record(AuditEvent.success(AuditAction.INCIDENT_RETRIED, "incident", incidentId)
                .withDetail(projectOf(incident) + " " + incident.getActivityId()));
    }

    /** A failed job's incident names the job; failing that, the job of its execution that has no retries left. */
    private String failedJobOf(Incident incident) {
        if (incident.getConfiguration() != null) {
            return incident.getConfiguration();
        }
        return managementService.createJobQuery().executionId(incident.getExecutionId()).noRetriesLeft().list()
                .stream().map(Job::getId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("failed job of incident " + incident.getId()));
    }

    private IncidentSummary summary(Incident incident) {
        ProcessDefinition definition = repositoryService.getProcessDefinition(incident.getProcessDefinitionId());
        FlowElement step = repositoryService.getBpmnModelInstance(definition.getId())
                .getModelElementById(incident.getActivityId());
        String stepName = step == null || step.getName() == null ? incident.getActivityId() : step.getName();
        return new IncidentSummary(incident.getId(), projectOf(incident),
                definition.getName() == null ? definition.getKey() : definition.getName(), stepName,
                incident.getIncidentMessage(), LocalDateTime.ofInstant(incident.getIncidentTimestamp().toInstant(),
                        ChinaTime.ZONE), FAILED_JOB.equals(incident.getIncidentType()));
    }

    private String projectOf(Incident incident) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(incident.getProcessInstanceId()).singleResult();
        return instance == null ? "" : instance.getBusinessKey();
    }
}

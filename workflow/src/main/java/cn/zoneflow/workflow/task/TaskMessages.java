package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.MessageBox;
import cn.zoneflow.domain.application.StageMoveService;
import cn.zoneflow.domain.model.message.MessageKind;
import cn.zoneflow.domain.model.project.StageMoveRequest;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Tells users what changed for them, in the transaction that changes the task: a task given to someone by name
 * (by the process, a hand-over or a reassignment — not one they claimed themselves), a stage-move request returned
 * to the officer who made it, a 督办 notice to every officer of the zone it reached.
 */
@ApplicationScoped
public class TaskMessages implements TaskListener {

    /** The events that give a task to someone. */
    public static final List<String> EVENTS = List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT);

    @Inject
    private MessageBox box;

    @Inject
    private StageMoveService stageMoves;

    @Inject
    private UserAccountRepository accounts;

    @Override
    public void notify(DelegateTask task) {
        long projectId = (Long) task.getVariable(Variables.PROJECT_ID);
        MessageKind kind = kindOf(task.getTaskDefinitionKey(), task.getVariable(Variables.APPROVED));
        recipients(task, kind, projectId).distinct()
                .forEach(recipient -> box.tell(recipient, kind, projectId, task.getId(), task.getName()));
    }

    static MessageKind kindOf(String taskType, Object approved) {
        if (SupervisionNoticeProcess.Activities.ANSWER_NOTICE.equals(taskType)
                || SupervisionNoticeProcess.Activities.FOLLOW_UP_NOTICE.equals(taskType)) {
            return MessageKind.NOTICE;
        }
        return ProjectLifecycle.Activities.REQUEST_STAGE_MOVE.equals(taskType) && Boolean.FALSE.equals(approved)
                ? MessageKind.RETURNED : MessageKind.ASSIGNED;
    }

    private Stream<String> recipients(DelegateTask task, MessageKind kind, long projectId) {
        String assignee = task.getAssignee();
        if (assignee != null) {
            return assignee.equals(actingUser(task)) ? Stream.empty() : Stream.of(assignee);
        }
        if (!EVENTNAME_CREATE.equals(task.getEventName())) {
            return Stream.empty();
        }
        return switch (kind) {
            case RETURNED -> lastReturnedBy(projectId).stream();
            case NOTICE -> membersOf(OpenTaskIndex.candidateGroup(task.getCandidates()));
            case ASSIGNED, DEADLINE_NEAR -> Stream.empty();
        };
    }

    /** Whoever the engine works for now; nobody for the engine's own jobs and the manager's hand-over. */
    private static String actingUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private Optional<String> lastReturnedBy(long projectId) {
        List<StageMoveRequest> rounds = stageMoves.roundsOf(projectId);
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1))
                .filter(round -> round.status() == StageMoveRequest.Status.RETURNED)
                .map(StageMoveRequest::requestedBy);
    }

    private Stream<String> membersOf(String group) {
        if (group == null) {
            return Stream.empty();
        }
        return accounts.all().stream().filter(UserAccount::isEnabled)
                .filter(account -> account.groups().contains(group)).map(UserAccount::username)
                .filter(Objects::nonNull);
    }
}

package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.supervision.NoticeIssued;
import cn.zoneflow.domain.model.supervision.NoticeRepository;
import cn.zoneflow.domain.model.supervision.NoticeSource;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.supervision.StallRepository;
import cn.zoneflow.domain.model.supervision.StalledProject;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * 督办: supervisors send notices about the projects they watch, the overdue sweep sends them about tasks past their
 * deadline, the zone answers and an unanswered notice is escalated. A sent notice is announced in its transaction,
 * so that its answering starts with it or not at all.
 */
@ApplicationScoped
@Transactional
public class SupervisionService {

    static final String OBJECT_TYPE = "project";
    /** The issuer of the notices the overdue sweep raises. */
    public static final String SWEEP = "system";
    /** Working days the zone has to answer a notice the sweep raised. */
    static final int SWEEP_NOTICE_DAYS = 2;
    /** Working days the zone has to answer a "三未" notice: time to find out why and plan the next step. */
    static final int STALL_NOTICE_DAYS = 5;

    @Inject
    private NoticeRepository notices;

    @Inject
    private ProjectRepository projects;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Deadlines deadlines;

    @Inject
    private Event<NoticeIssued> issued;

    @Inject
    private AuditTrail audit;

    @Inject
    private StallRepository stalls;

    @Inject
    private OpenTaskRepository openTasks;

    /**
     * A supervisor's notice.
     *
     * @throws NoSuchElementException when the project is not within the supervisor's scope
     * @throws InvalidInputException naming every wrong field; nothing is sent
     */
    public SupervisionNotice issue(Scope scope, long projectId, ReadCommand<NoticeOrder> input, String issuedBy) {
        Project project = projects.findWithin(scope, projectId);
        NoticeOrder order = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(order, refusals);
        if (order.addressee() != null && !refusals.refuses("addressee") && !worksIn(project, order.addressee())) {
            refusals.reject("addressee", "notice.addressee.notInZone", order.addressee());
        }
        LocalDate today = ChinaTime.today();
        if (order.deadline() != null && order.deadline().isBefore(today)) {
            refusals.rejectUnlessRefused("deadline", "notice.deadline.past", order.deadline().toString());
        }
        if (order.taskId() != null && openTasks.find(order.taskId())
                .filter(task -> task.project().id() == projectId).isEmpty()) {
            refusals.reject(NoticeOrder.TASK_ID, "notice.task.notOfProject", order.taskId());
        }
        refusals.finish();
        return send(new SupervisionNotice(project, NoticeSource.SUPERVISOR, order.taskId(), order.addressee(),
                order.requirement(), issuedBy, today, order.deadline()));
    }

    private boolean worksIn(Project project, String username) {
        return accounts.findByUsername(username)
                .filter(UserAccount::isEnabled)
                .filter(account -> account.role() == Role.OFFICER || account.role() == Role.MANAGER)
                .filter(account -> project.zone().equals(account.zone()))
                .isPresent();
    }

    /** @return the given tasks that have had no notice yet, in the order given */
    public List<String> withoutNotice(List<String> taskIds) {
        Set<String> noticed = notices.noticedOn(Set.copyOf(taskIds)).keySet();
        return taskIds.stream().filter(task -> !noticed.contains(task)).toList();
    }

    /** The day each of these tasks last had a notice, for those that had one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, LocalDate> noticedOn(Collection<String> taskIds) {
        return notices.noticedOn(Set.copyOf(taskIds));
    }

    /**
     * Raises a notice for each task past its deadline that has none yet, addressed to whoever holds the task.
     *
     * @return how many were raised
     */
    public int raiseForOverdueTasks(List<OverdueTask> overdue) {
        Set<String> noticed = notices.noticedOn(Set.copyOf(overdue.stream().map(OverdueTask::taskId).toList()))
                .keySet();
        LocalDate today = ChinaTime.today();
        LocalDate deadline = deadlines.calendar().plusWorkingDaysOrWeekdays(today, SWEEP_NOTICE_DAYS);
        List<OverdueTask> fresh = overdue.stream().filter(task -> !noticed.contains(task.taskId())).toList();
        fresh.forEach(task -> send(new SupervisionNotice(projects.find(task.projectId()).orElseThrow(),
                NoticeSource.OVERDUE_TASK, task.taskId(), task.assignee(),
                "「" + task.taskName() + "」已超过办理时限（" + task.due() + "），请尽快办理并说明原因。", SWEEP, today,
                deadline)));
        return fresh.size();
    }

    /**
     * Raises a notice to the zone's officers for each project stalled at its stage ("三未") that has had none about
     * that stall yet; it stays on the supervisors' lists until the project moves on.
     *
     * @param atMost how many to raise in this sweep; the rest wait for the next one
     * @return how many were raised
     */
    public int raiseForStalls(int atMost) {
        LocalDate today = ChinaTime.today();
        LocalDate deadline = deadlines.calendar().plusWorkingDaysOrWeekdays(today, STALL_NOTICE_DAYS);
        int raised = 0;
        for (StallKind kind : StallKind.values()) {
            List<StalledProject> fresh = stalls.withoutNotice(kind, stalls.monthsFor(kind), today, atMost - raised);
            fresh.forEach(stalled -> send(SupervisionNotice.aboutStall(projects.find(stalled.projectId()).orElseThrow(),
                    kind, stalled, SWEEP, today, deadline)));
            raised += fresh.size();
        }
        return raised;
    }

    /**
     * The sweep's notice to the zone about a project whose warning turned red: which planned date it missed and by
     * how long, to answer within five working days like a stall's.
     */
    public void raiseForRedWarning(Project project, String requirement) {
        LocalDate today = ChinaTime.today();
        send(new SupervisionNotice(project, NoticeSource.WARNING, null, null, requirement, SWEEP, today,
                deadlines.calendar().plusWorkingDaysOrWeekdays(today, STALL_NOTICE_DAYS)));
    }

    /** A task past its deadline, as the sweep found it. */
    public record OverdueTask(String taskId, String taskName, long projectId, String assignee, LocalDate due) {
    }

    private SupervisionNotice send(SupervisionNotice notice) {
        notices.add(notice);
        projects.flush();
        issued.fire(NoticeIssued.of(notice));
        audit.record(AuditEvent.success(AuditAction.NOTICE_ISSUED, OBJECT_TYPE, notice.project().code().value())
                .withDetail("notice " + notice.id() + " to " + (notice.addressee() == null ? "zone"
                        : notice.addressee()) + " by " + notice.deadline()));
        return notice;
    }

    /**
     * The zone's written answer.
     *
     * @throws InvalidInputException naming {@code answer} when it is missing or too long
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupervisionNotice answer(long noticeId, String text, String answeredBy) {
        InputReader reader = new InputReader();
        String checked = reader.text("answer", text, SupervisionNotice.TEXT_MAX_LENGTH, true);
        reader.finish();
        SupervisionNotice notice = notice(noticeId);
        notice.answer(checked, answeredBy, ChinaTime.today());
        audit.record(AuditEvent.success(AuditAction.NOTICE_ANSWERED, OBJECT_TYPE, notice.project().code().value())
                .withDetail("notice " + noticeId));
        return notice;
    }

    /** The deadline passed without an answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupervisionNotice escalate(long noticeId) {
        SupervisionNotice notice = notice(noticeId);
        notice.escalate();
        return notice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupervisionNotice notice(long noticeId) {
        return notices.find(noticeId).orElseThrow(() -> new NoSuchElementException("notice " + noticeId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupervisionNotice> within(Scope scope, int limit) {
        return notices.within(scope, limit);
    }
}

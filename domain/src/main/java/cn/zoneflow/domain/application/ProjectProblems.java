package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.calendar.CalendarYearMissingException;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentRepository;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.problem.ProblemActor;
import cn.zoneflow.domain.model.problem.ProblemAssignment;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProblemNote;
import cn.zoneflow.domain.model.problem.ProblemRaised;
import cn.zoneflow.domain.model.problem.ProblemReport;
import cn.zoneflow.domain.model.problem.ProblemRepository;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.problem.ReturnVisit;
import cn.zoneflow.domain.model.problem.ReturnVisitReport;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * 问题清单: problems raised for the projects a user sees, and each step of their way. Raising one starts its process
 * ({@link ProblemRaised}); the steps are done through the process's tasks, which call the step methods here.
 */
@ApplicationScoped
@Transactional
public class ProjectProblems {

    /** The field naming the problem itself when it cannot take what was asked. */
    public static final String PROBLEM = "problem";

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProblemRepository problems;

    @Inject
    private Deadlines deadlines;

    @Inject
    private DepartmentRepository departments;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private EnterpriseMessages enterpriseMessages;

    @Inject
    private Event<ProblemRaised> raised;

    public List<ProblemCategory> categories() {
        return problems.categories();
    }

    /**
     * @throws NoSuchElementException when the project does not exist for the actor
     * @throws RoleRequiredException for the administrators, who keep out of the projects' business
     * @throws InvalidInputException naming every wrong field, an unknown category among them; nothing is written
     */
    public ProjectProblem raise(UserAccount actor, long projectId, ReadCommand<ProblemReport> input) {
        Project project = projects.findFor(actor, projectId);
        requireRaiser(actor);
        ProblemReport report = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(report, refusals);
        ProblemCategory category = null;
        if (report.category() != null) {
            category = problems.category(report.category()).orElse(null);
            if (category == null) {
                refusals.rejectUnlessRefused(ProblemReport.CATEGORY, "problem.category.unknown", report.category());
            }
        }
        refusals.finish();
        return raised(new ProjectProblem(project, category, report.description(), ProblemActor.of(actor),
                ChinaTime.nowInChina()), actor);
    }

    /**
     * What the enterprise asked on a visit, raised as a problem of the category; the caller has recorded the visit
     * and checked the category.
     */
    public ProjectProblem raiseOnVisit(UserAccount actor, EnterpriseVisit visit, ProblemCategory category) {
        return raised(new ProjectProblem(visit.project(), category, visit.asked(), ProblemActor.of(actor),
                visit.recordedAt(), visit), actor);
    }

    /**
     * A 差评 the enterprise gave, sent to the zone as a problem of the category 服务整改: accepted within a working day,
     * verified, rectified and answered within the category's working days, and confirmed by the enterprise.
     */
    public ProjectProblem raiseRectification(UserAccount actor, Project project, String description) {
        ProblemCategory rectification = problems.category(ProblemCategory.RECTIFICATION).orElseThrow();
        return raised(new ProjectProblem(project, rectification, description, ProblemActor.of(actor),
                ChinaTime.nowInChina()), actor);
    }

    /** The category of the catalogue by its code, if there is one. */
    public Optional<ProblemCategory> category(String code) {
        return problems.category(code);
    }

    private ProjectProblem raised(ProjectProblem problem, UserAccount actor) {
        problems.add(problem);
        Project project = problem.project();
        audit.record(AuditEvent.success(AuditAction.PROBLEM_RAISED, "project", project.code().value())
                .withDetail(problem.category().name()));
        raised.fire(new ProblemRaised(problem.id(), project.id(), project.code().value(), project.zone().id(),
                actor.username()));
        return problem;
    }

    /**
     * One problem with every step of its way.
     *
     * @throws NoSuchElementException when it does not exist or its project is not the actor's to see
     */
    public ProjectProblem problem(UserAccount actor, long problemId) {
        ProjectProblem problem = problems.find(problemId).filter(found -> concerns(actor, found)).orElseThrow();
        projects.findFor(actor, problem.project().id());
        return problem;
    }

    /**
     * A project's problems, the open ones first; for an enterprise its own 诉求 only.
     *
     * @throws NoSuchElementException when the project does not exist for the actor
     */
    public List<ProjectProblem> ofProject(UserAccount actor, long projectId) {
        return problems.ofProject(projects.findFor(actor, projectId).id()).stream()
                .filter(problem -> concerns(actor, problem)).toList();
    }

    /**
     * Whether the reader of a project sees the problem: the administration sees every problem of the projects it
     * reads; an enterprise only its own 诉求, those raised on the portal, not what the zone notes about it.
     */
    private static boolean concerns(UserAccount actor, ProjectProblem problem) {
        return !actor.role().isOutsideParty() || problem.raiserRole() == actor.role();
    }

    /**
     * A progress note or a leader's comment on a problem of a project the actor sees.
     *
     * @throws NoSuchElementException when the problem is not the actor's to see
     * @throws RoleRequiredException for the administrators
     * @throws InvalidInputException naming {@code text}; nothing is written
     */
    public ProjectProblem note(UserAccount actor, long problemId, ReadCommand<ProblemNote> input) {
        ProjectProblem problem = problem(actor, problemId);
        requireRaiser(actor);
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(input.command(), refusals);
        refusals.finish();
        problem.note(input.command().text(), ProblemActor.of(actor), ChinaTime.nowInChina());
        audit.record(AuditEvent.success(AuditAction.PROBLEM_NOTED, "project", problem.project().code().value()));
        return problem;
    }

    /**
     * 回访: the zone went back to the enterprise whose 差评 the problem rectifies, on a day from the 差评 to today.
     *
     * @throws NoSuchElementException when the problem is not the actor's to see
     * @throws RoleRequiredException for anyone but the zone's officers and managers
     * @throws InvalidInputException naming every wrong field, and the problem when it rectifies no 差评; nothing is
     *     written
     */
    public ProjectProblem recordReturnVisit(UserAccount actor, long problemId, ReadCommand<ReturnVisitReport> input) {
        ProjectProblem problem = problem(actor, problemId);
        if (!actor.role().returnsVisits()) {
            throw new RoleRequiredException(actor, Role.OFFICER);
        }
        ReturnVisitReport report = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(report, refusals);
        if (!problem.category().rectifiesBadRatings()) {
            refusals.reject(PROBLEM, "problem.returnVisit.notRectification", problem.category().name());
        }
        LocalDateTime now = ChinaTime.nowInChina();
        LocalDate visitedOn = report.visitedOn();
        if (visitedOn != null && visitedOn.isAfter(now.toLocalDate())) {
            refusals.rejectUnlessRefused(ReturnVisitReport.VISITED_ON, "problem.returnVisit.future",
                    visitedOn.toString());
        } else if (visitedOn != null && visitedOn.isBefore(problem.raisedOn())) {
            refusals.rejectUnlessRefused(ReturnVisitReport.VISITED_ON, "problem.returnVisit.beforeRaised",
                    problem.raisedOn().toString());
        }
        refusals.finish();
        problem.recordReturnVisit(new ReturnVisit(visitedOn, report.way(), report.visited()), report.finding(),
                ProblemActor.of(actor), now);
        audit.record(AuditEvent.success(AuditAction.PROBLEM_RETURN_VISITED, "project",
                problem.project().code().value()).withDetail(report.way().name() + " " + visitedOn));
        return problem;
    }

    /** The process that carries the problem, started as it was raised. */
    public void carriedBy(long problemId, String caseId) {
        problems.find(problemId).orElseThrow().carriedBy(caseId);
    }

    /**
     * The departments the zone may give the problem to, which answer it themselves: its city's and its own, taking
     * part.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> departmentsFor(long problemId) {
        ProjectProblem problem = problems.find(problemId).orElseThrow();
        return departments.all().stream().filter(department -> department.serves(problem.project().zone())).toList();
    }

    /**
     * 受理交办, done in the zone's acceptance step: to a unit or person, or to a city department that answers it
     * itself; by the day given, or the same day for 马上办, or else the category's working days from today.
     *
     * @throws InvalidInputException naming each wrong field: a deadline before today, no unit and no department, a
     *     department that is not one of the city's taking part
     */
    public void accept(String username, long problemId, ReadCommand<ProblemAssignment> input) {
        ProjectProblem problem = problems.find(problemId).orElseThrow();
        ProblemAssignment assignment = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(assignment, refusals);
        LocalDateTime now = ChinaTime.nowInChina();
        LocalDate today = now.toLocalDate();
        if (assignment.deadline() != null && assignment.deadline().isBefore(today)) {
            refusals.rejectUnlessRefused(ProblemAssignment.DEADLINE, "problem.deadline.past",
                    assignment.deadline().toString());
        }
        Optional<Department> department = Optional.ofNullable(assignment.department()).flatMap(departments::find)
                .filter(found -> found.serves(problem.project().zone()));
        if (assignment.department() != null && department.isEmpty()) {
            refusals.rejectUnlessRefused(ProblemAssignment.DEPARTMENT, "problem.department.unknown",
                    assignment.department().toString());
        }
        if (assignment.department() == null && assignment.responsible() == null) {
            refusals.rejectUnlessRefused(ProblemAssignment.RESPONSIBLE, "field.required", "");
        }
        refusals.finish();
        LocalDate deadline = assignment.immediate() ? today
                : assignment.deadline() != null ? assignment.deadline() : defaultDeadline(problem, today);
        if (department.isPresent()) {
            problem.acceptFor(department.get(), assignment.responsible(), deadline, assignment.immediate(),
                    actor(username), now);
        } else {
            problem.accept(assignment.responsible(), deadline, assignment.immediate(), actor(username), now);
        }
    }

    /** The level solving the problem gives it to the one above, which has the category's working days from today. */
    public void escalate(String username, long problemId, String reason) {
        ProjectProblem problem = problems.find(problemId).orElseThrow();
        LocalDateTime now = ChinaTime.nowInChina();
        problem.escalate(reason, defaultDeadline(problem, now.toLocalDate()), actor(username), now);
    }

    /** The department gives the problem back to the zone, which accepts it again. */
    public void returnToZone(String username, long problemId, String reason) {
        problems.find(problemId).orElseThrow().returnToZone(reason, actor(username), ChinaTime.nowInChina());
    }

    /** The level solving it answers; an enterprise that raised it is told, on the portal and by e-mail. */
    public void answer(String username, long problemId, String answer) {
        ProjectProblem problem = problems.find(problemId).orElseThrow();
        LocalDateTime now = ChinaTime.nowInChina();
        problem.answer(answer, actor(username), now);
        if (problem.raiserRole() == Role.ENTERPRISE) {
            enterpriseMessages.tell(EnterpriseMessage.problemAnswered(problem, answer, now));
        }
    }

    /**
     * The raiser's confirmation: solved, or reopened with the reason.
     *
     * @throws InvalidInputException naming {@code decision} when someone else than the raiser confirms
     */
    public void confirm(String username, long problemId, boolean solved, String reason) {
        ProjectProblem problem = problems.find(problemId).orElseThrow();
        if (!problem.wasRaisedBy(username)) {
            throw InvalidInputException.of("decision", "problem.confirmation.notTheRaiser", username);
        }
        ProblemActor by = actor(username);
        if (solved) {
            LocalDateTime now = ChinaTime.nowInChina();
            problem.confirmSolved(by, now, solvingDays(problem.raisedOn(), now.toLocalDate()));
        } else {
            problem.reopen(reason, by, ChinaTime.nowInChina());
        }
    }

    /** A problem by id, for the steps of its process. */
    public ProjectProblem problem(long problemId) {
        return problems.find(problemId).orElseThrow();
    }

    private Integer solvingDays(LocalDate raisedOn, LocalDate solvedOn) {
        try {
            return deadlines.calendar().workingDaysBetween(raisedOn, solvedOn);
        } catch (CalendarYearMissingException e) {
            return null;
        }
    }

    private ProblemActor actor(String username) {
        return ProblemActor.of(accounts.findByUsername(username).orElseThrow());
    }

    /**
     * The category's working days from today. A problem must have its day when it is accepted, on the last days of
     * December too: where the days reach into a year whose holiday notice is not out yet, Monday to Friday count.
     */
    private LocalDate defaultDeadline(ProjectProblem problem, LocalDate today) {
        return deadlines.calendar().plusWorkingDaysOrWeekdays(today, problem.category().workingDays());
    }

    private static void requireRaiser(UserAccount actor) {
        if (!actor.role().raisesProblems()) {
            throw new RoleRequiredException(actor, Role.OFFICER);
        }
    }
}

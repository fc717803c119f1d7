package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.CommitmentService;
import cn.zoneflow.domain.application.EnterpriseVisits;
import cn.zoneflow.domain.application.EvaluationService;
import cn.zoneflow.domain.application.ProjectCorrection;
import cn.zoneflow.domain.application.StageMoveService;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.domain.model.document.DocumentRepository;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.evaluation.EvaluationFile;
import cn.zoneflow.domain.model.problem.OpenProblems;
import cn.zoneflow.domain.model.problem.ProblemRepository;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.project.FactsCorrection;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectFilter;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.project.ProjectSort;
import cn.zoneflow.domain.model.project.StageMoveRequest;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import cn.zoneflow.domain.model.visit.VisitRepository;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.ProjectWarning;
import cn.zoneflow.domain.model.warning.Warning;
import cn.zoneflow.domain.model.warning.WarningChange;
import cn.zoneflow.domain.model.warning.WarningRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** What the project screens read, as view models built inside one transaction. */
@ApplicationScoped
@Transactional
public class ProjectQueries {

    private static final OpenProblems NO_OPEN_PROBLEMS = new OpenProblems(0, null);

    /**
     * A project's page: its facts, its dated stage moves, the activities it was presented in, its 全代办, its
     * commitment, its 达效 evaluation and standard land, and its documents.
     */
    public record ProjectPage(ProjectSummary summary, List<StageMoveRow> stageMoves, List<RequestRound> requestRounds,
            List<PresentationRow> activities, List<InvestmentRow> investments, BigDecimal completedInvestmentYi,
            BigDecimal completedInvestmentWan, AgencyFile agency, CommitmentFile commitment, EvaluationFile evaluation,
            List<DocumentSummary> documents, List<CorrectionRow> corrections, List<Warning> warnings,
            List<WarningChange> warningHistory, ReserveFile reserve) {

        /** The project's worst light: green without a standing warning. */
        public Light light() {
            return Light.worstOf(warnings);
        }
    }

    /**
     * A project its leader in charge follows: its standing warnings, the day its next stage is planned for and the day
     * of its latest 入企服务 visit (none when not planned, not visited).
     */
    public record LedProject(ProjectSummary summary, List<Warning> warnings, LocalDate nextPlannedDate,
            LocalDate lastVisit, OpenProblems openProblems) {

        /** The project's worst light: green without a standing warning. */
        public Light light() {
            return Light.worstOf(warnings);
        }
    }

    /** One 入企服务 visit as listed: who recorded it, and the leader's name where a leader in charge did. */
    public record VisitRow(LocalDate visitedOn, String visitors, String met, String asked, String followUp,
            String recordedBy, String leader, List<String> problemsRaised) implements Serializable {

        /** @param problemsRaised the categories of the problems raised on the visit */
        static VisitRow of(EnterpriseVisit visit, List<String> problemsRaised) {
            return new VisitRow(visit.visitedOn(), visit.visitors(), visit.met(), visit.asked(), visit.followUp(),
                    visit.recordedBy(), visit.leader().map(UserAccount::displayName).orElse(null),
                    List.copyOf(problemsRaised));
        }
    }

    /** A leader's account as a manager picks it: by name, with where the leader leads. */
    public record LeaderChoice(String username, String label) implements Serializable {

        static LeaderChoice of(UserAccount leader) {
            String place = leader.zone() != null ? leader.zone().name()
                    : leader.city() != null ? leader.city().fullName() : Scope.PROVINCE_NAME;
            return new LeaderChoice(leader.username(), leader.displayName() + "（" + place + "）");
        }
    }

    /** 更正记录: who corrected which facts when and why, each fact as it read before and after. */
    public record CorrectionRow(LocalDateTime correctedAt, String correctedBy, String reason,
            List<ChangeRow> changes) {

        static CorrectionRow of(FactsCorrection correction) {
            return new CorrectionRow(correction.correctedAt(), correction.correctedBy(), correction.reason(),
                    correction.changes().stream()
                            .map(change -> new ChangeRow(change.field(), change.before(), change.after())).toList());
        }
    }

    /** One fact a correction changed, by its field name. */
    public record ChangeRow(String field, String before, String after) {
    }

    /**
     * A project with everything the import template holds of it: the days it reached each stage and the investment
     * completed so far (万元, none before any month was recorded), so that a list written out can be read back in.
     */
    public record ProjectRecord(ProjectSummary summary, Map<Stage, LocalDate> reachedOn,
            BigDecimal completedInvestmentWan) {
    }

    /** One month's completed investment, in 万元 as recorded. */
    public record InvestmentRow(YearMonth month, BigDecimal completedWan, String recordedBy) {
    }

    /** A stage reached: approved by the zone (and the city after it, where it had to) or imported with a list. */
    public record StageMoveRow(Stage stage, LocalDate on, String approvedBy, String cityApprovedBy, String evidence,
            boolean imported) {
    }

    /**
     * One round of asking for the next stage, as kept: who asked when with what evidence, who decided, and why it
     * was returned. Rounds carried over from before they were kept know only who returned them, when and why.
     */
    public record RequestRound(Stage requestedStage, String requestedBy, LocalDateTime requestedAt, String evidence,
            StageMoveRequest.Status status, boolean awaitsCity, String zoneDecidedBy, LocalDateTime zoneDecidedAt,
            String cityDecidedBy, LocalDateTime cityDecidedAt, String approvalComment, String returnReason) {

        static RequestRound of(StageMoveRequest round) {
            return new RequestRound(round.requestedStage(), round.requestedBy(), round.requestedAt(), round.evidence(),
                    round.status(), round.awaitsCity(), round.zoneDecidedBy(), round.zoneDecidedAt(),
                    round.cityDecidedBy(), round.cityDecidedAt(), round.approvalComment(), round.returnReason());
        }
    }

    public record PresentationRow(long activityId, String activity, LocalDate heldOn, Batch batch) {
    }

    @Inject
    private ProjectRepository projects;

    @Inject
    private ActivityRepository activities;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private DocumentRepository documents;

    @Inject
    private CommitmentService commitments;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private StageMoveService stageMoves;

    @Inject
    private ProjectCorrection corrections;

    @Inject
    private WarningRepository warnings;

    @Inject
    private VisitRepository visits;

    @Inject
    private ProblemRepository problems;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private EnterpriseVisits enterpriseVisits;

    /** The worst standing light of each project that has one; the projects were read within the user's scope. */
    public Map<Long, Light> lightsOf(Collection<Long> projectIds) {
        return warnings.worstOf(projectIds);
    }

    public Page<ProjectSummary> page(Scope scope, ProjectFilter filter, ProjectSort sort, boolean descending, int page,
            int size) {
        return projects.search(scope, filter, sort, descending, page, size).map(ProjectSummary::of);
    }

    /** A page of the list with each project's stage days and completed investment, for writing it out. */
    public Page<ProjectRecord> records(Scope scope, ProjectFilter filter, int page, int size) {
        return projects.search(scope, filter, ProjectSort.CODE, false, page, size).map(project -> {
            Map<Stage, LocalDate> reachedOn = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                project.reached(stage).ifPresent(day -> reachedOn.put(stage, day));
            }
            Amount completed = project.completedInvestment();
            return new ProjectRecord(ProjectSummary.of(project), reachedOn,
                    project.investments().isEmpty() ? null : completed.wan());
        });
    }

    /**
     * The project a task is about, whichever scope: the task was checked to be the user's.
     *
     * @throws NoSuchElementException when there is no such project
     */
    public ProjectSummary summaryOfTaskProject(long id) {
        return projects.find(id).map(ProjectSummary::of).orElseThrow();
    }

    /** @throws NoSuchElementException when there is no such project within the scope */
    public String codeWithin(Scope scope, long id) {
        return projects.findWithin(scope, id).code().value();
    }

    /** @throws NoSuchElementException when there is no such project within the scope */
    public ProjectPage project(Scope scope, long id) {
        return pageOf(projects.findWithin(scope, id));
    }

    /**
     * A project as the user may read it: within their scope, or for a leader in charge one they lead.
     *
     * @throws NoSuchElementException when there is no such project for the user
     */
    public ProjectPage project(UserAccount reader, long id) {
        return pageOf(projects.findFor(reader, id));
    }

    /** 我包联的项目: a page of the projects the leader is in charge of, each with its warnings and its last visit. */
    public Page<LedProject> ledBy(UserAccount leader, int page, int size) {
        Page<Project> led = projects.ledBy(leader, page, size);
        List<Long> ids = led.items().stream().map(Project::id).toList();
        Map<Long, List<ProjectWarning>> standing = warnings.standing(ids);
        Map<Long, LocalDate> lastVisits = visits.lastVisitOf(ids);
        Map<Long, OpenProblems> open = problems.openOf(ids);
        return led.map(project -> new LedProject(ProjectSummary.of(project),
                standing.getOrDefault(project.id(), List.of()).stream().map(ProjectWarning::warning)
                        .sorted(Comparator.comparing(Warning::kind)).toList(),
                project.nextPlannedDate().orElse(null), lastVisits.get(project.id()),
                open.getOrDefault(project.id(), NO_OPEN_PROBLEMS)));
    }

    /**
     * A project's 入企服务 visits, the latest first, for whoever may read the project.
     *
     * @throws NoSuchElementException when there is no such project for the user
     */
    public List<VisitRow> visitsOf(UserAccount reader, long projectId) {
        return rows(enterpriseVisits.of(reader, projectId));
    }

    /** A visit just recorded, with the problem raised on it. */
    public VisitRow visitRow(EnterpriseVisit visit) {
        return rows(List.of(visit)).get(0);
    }

    private List<VisitRow> rows(List<EnterpriseVisit> visits) {
        Map<Long, List<String>> raised = problems.raisedOnVisits(visits.stream().map(EnterpriseVisit::id).toList());
        return visits.stream().map(visit -> VisitRow.of(visit, raised.getOrDefault(visit.id(), List.of()))).toList();
    }

    /** The leaders' accounts in charge of some project in the scope, for narrowing the project list to one. */
    public List<LeaderChoice> leadersWithin(Scope scope) {
        return projects.leadersWithin(scope).stream().map(LeaderChoice::of).toList();
    }

    /** The leaders' accounts that may be put in charge of the project: the zone's, its city's and the province's. */
    public List<LeaderChoice> leadersOver(Scope scope, long projectId) {
        return accounts.leadersOver(projects.findWithin(scope, projectId).zone()).stream()
                .map(LeaderChoice::of).toList();
    }

    private ProjectPage pageOf(Project project) {
        long id = project.id();
        return new ProjectPage(ProjectSummary.of(project),
                project.stageMoves().stream()
                        .map(move -> new StageMoveRow(move.stage(), move.movedOn(), move.approvedBy(),
                                move.cityApprovedBy(), move.evidence(), move.imported()))
                        .toList(),
                requestRounds(id),
                activities.entriesOf(id).stream()
                        .map(entry -> new PresentationRow(entry.activity().id(), entry.activity().name(),
                                entry.activity().heldOn(), entry.batch()))
                        .toList(),
                project.investments().stream()
                        .map(month -> new InvestmentRow(month.month(), month.completed().wan(), month.recordedBy()))
                        .toList(),
                project.completedInvestment().inYi(),
                project.completedInvestment().wan(),
                agency(id),
                commitment(id),
                evaluation(id),
                documents.summariesOf(id),
                corrections.of(id).stream().map(CorrectionRow::of).toList(),
                warnings.standing(List.of(id)).getOrDefault(id, List.of()).stream().map(ProjectWarning::warning)
                        .sorted(Comparator.comparing(Warning::kind)).toList(),
                warnings.historyOf(id),
                ReserveFile.of(project));
    }

    /** The project's stage-move request rounds, oldest first; callers have checked its scope. */
    public List<RequestRound> requestRounds(long projectId) {
        return stageMoves.roundsOf(projectId).stream().map(RequestRound::of).toList();
    }

    /** The project's agreement and procedures; callers have checked the project is within the user's scope. */
    public AgencyFile agency(long projectId) {
        return AgencyFile.of(procedures.agreementOf(projectId), procedures.checklistOf(projectId));
    }

    /**
     * The project's 达效 evaluations and its standard-land parcel; callers have checked the project is within the
     * user's scope.
     */
    public EvaluationFile evaluation(long projectId) {
        return evaluations.file(projectId);
    }

    /** The project's commitment under 承诺制; callers have checked the project is within the user's scope. */
    public CommitmentFile commitment(long projectId) {
        return commitments.file(projectId);
    }
}

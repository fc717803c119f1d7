package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem (问题 / 诉求) that blocks a project, on its way from being raised to being solved: who raised it, what it
 * is, who solves it by when, at which level, and every step, answer, reopening and note on the way. Only whoever
 * raised it says it is solved; each answer they reject is a round kept with its reason.
 */
@Entity
@Table(name = "project_problem")
public class ProjectProblem {

    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int RESPONSIBLE_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "problemIds")
    @TableGenerator(name = "problemIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "project_problem", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    /** The project's zone, kept here so the figures of a zone, city or province count problems without projects. */
    @Column(name = "zone_id", nullable = false)
    private Long zoneId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_code", nullable = false)
    private ProblemCategory category;

    @Column(name = "description", nullable = false, length = TEXT_MAX_LENGTH)
    private String description;

    @Column(name = "raised_by", nullable = false, length = 60)
    private String raisedBy;

    @Column(name = "raiser_name", nullable = false, length = 100)
    private String raiserName;

    @Enumerated(EnumType.STRING)
    @Column(name = "raiser_role", nullable = false, length = 20)
    private Role raiserRole;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "immediate", nullable = false)
    private boolean immediate;

    @Column(name = "responsible", length = RESPONSIBLE_MAX_LENGTH)
    private String responsible;

    @Column(name = "deadline")
    private LocalDate deadline;

    /** The city department that answers it itself, when the zone gave it to one that works in ZoneFlow. */
    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    /** The process that carries it, whose steps' files are its own. */
    @Column(name = "case_id", length = 64)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "solving_level", nullable = false, length = 10)
    private ProblemLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ProblemStatus status;

    @Column(name = "rounds", nullable = false)
    private int rounds;

    @Column(name = "solved_on")
    private LocalDate solvedOn;

    /** The working days from the day it was raised to the day it was solved, as the calendar counted them then. */
    @Column(name = "solving_days")
    private Integer solvingDays;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private EnterpriseVisit visit;

    @OneToMany(mappedBy = "problem", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt, id")
    private List<ProblemEntry> entries = new ArrayList<>();

    protected ProjectProblem() {
    }

    /** A problem raised now for the project, waiting for its zone to accept it. */
    public ProjectProblem(Project project, ProblemCategory category, String description, ProblemActor raiser,
            LocalDateTime now) {
        this(project, category, description, raiser, now, null);
    }

    /**
     * A problem raised now for the project on a 入企服务 visit to its enterprise.
     *
     * @param visit the visit it was raised on, none when raised otherwise
     */
    public ProjectProblem(Project project, ProblemCategory category, String description, ProblemActor raiser,
            LocalDateTime now, EnterpriseVisit visit) {
        this.visit = visit;
        this.project = Objects.requireNonNull(project, "project");
        this.zoneId = project.zone().id();
        this.category = Objects.requireNonNull(category, "category");
        this.description = Objects.requireNonNull(description, "description");
        this.raisedBy = raiser.username();
        this.raiserName = raiser.displayName();
        this.raiserRole = raiser.role();
        this.raisedOn = now.toLocalDate();
        this.level = ProblemLevel.ZONE;
        this.status = ProblemStatus.RAISED;
        write(ProblemEntryKind.RAISED, raiser, now, description);
    }

    /** The process that carries it from now on. */
    public void carriedBy(String caseId) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
    }

    /**
     * The zone accepts the problem and gives it to a city department, which answers it itself (the department's name
     * stands for the responsible unit unless one is given), due on the given day.
     *
     * @throws IllegalStateException when it was accepted before
     */
    public void acceptFor(Department department, String responsible, LocalDate deadline, boolean immediate,
            ProblemActor by, LocalDateTime now) {
        accept(responsible == null ? department.name() : responsible, deadline, immediate, by, now);
        this.department = department;
    }

    /**
     * The zone accepts the problem and gives it to the responsible unit or person, due on the given day.
     *
     * @throws IllegalStateException when it was accepted before
     */
    public void accept(String responsible, LocalDate deadline, boolean immediate, ProblemActor by,
            LocalDateTime now) {
        requireStatus(ProblemStatus.RAISED);
        if (deadline.isBefore(now.toLocalDate())) {
            throw new IllegalArgumentException("deadline " + deadline + " before " + now);
        }
        this.responsible = Objects.requireNonNull(responsible, "responsible");
        this.deadline = deadline;
        this.immediate = immediate;
        this.status = ProblemStatus.IN_HAND;
        write(ProblemEntryKind.ACCEPTED, by, now, responsible + " · " + deadline);
    }

    /** The level solving the problem cannot, and gives it to the one above, which has until the given day. */
    public void escalate(String reason, LocalDate newDeadline, ProblemActor by, LocalDateTime now) {
        if (status == ProblemStatus.ANSWERED || status == ProblemStatus.SOLVED) {
            throw new IllegalStateException("problem " + id + " is " + status);
        }
        level = level.above();
        deadline = newDeadline;
        status = ProblemStatus.IN_HAND;
        write(ProblemEntryKind.ESCALATED, by, now, reason);
    }

    /** A dated progress note or a comment; it changes nothing else. */
    public void note(String text, ProblemActor by, LocalDateTime now) {
        write(ProblemEntryKind.NOTE, by, now, text);
    }

    /**
     * 回访: the zone went back to the enterprise whose 差评 the problem rectifies, and writes what it said; at any
     * time from the 差评 on, as often as it goes back.
     *
     * @throws IllegalStateException when the problem rectifies no 差评
     * @throws IllegalArgumentException when the visit is dated before the problem was raised
     */
    public void recordReturnVisit(ReturnVisit visit, String finding, ProblemActor by, LocalDateTime now) {
        if (!category.rectifiesBadRatings()) {
            throw new IllegalStateException("problem " + id + " rectifies no 差评");
        }
        if (visit.visitedOn().isBefore(raisedOn)) {
            throw new IllegalArgumentException("return visit on " + visit.visitedOn() + " before " + raisedOn);
        }
        entries.add(new ProblemEntry(this, visit, by, now, Objects.requireNonNull(finding, "finding")));
    }

    /** The day of the first 回访, none while the zone has not gone back to the enterprise. */
    public Optional<LocalDate> returnVisitedOn() {
        return entries.stream().flatMap(entry -> entry.returnVisit().stream()).map(ReturnVisit::visitedOn)
                .min(Comparator.naturalOrder());
    }

    /** The level solving it answers how it was solved, and the raiser is asked to confirm. */
    public void answer(String text, ProblemActor by, LocalDateTime now) {
        requireStatus(ProblemStatus.IN_HAND);
        status = ProblemStatus.ANSWERED;
        rounds++;
        write(ProblemEntryKind.ANSWERED, by, now, text);
    }

    /**
     * The raiser accepts the answer: the problem is solved.
     *
     * @param solvingDays the working days since it was raised; none when the calendar cannot count them
     * @throws IllegalArgumentException when someone else than its raiser confirms it
     */
    public void confirmSolved(ProblemActor by, LocalDateTime now, Integer solvingDays) {
        requireRaiser(by);
        requireStatus(ProblemStatus.ANSWERED);
        status = ProblemStatus.SOLVED;
        solvedOn = now.toLocalDate();
        this.solvingDays = solvingDays;
        write(ProblemEntryKind.SOLVED, by, now, null);
    }

    /** The raiser rejects the answer with the reason: the same level solves it again, the round kept. */
    public void reopen(String reason, ProblemActor by, LocalDateTime now) {
        requireRaiser(by);
        requireStatus(ProblemStatus.ANSWERED);
        status = ProblemStatus.IN_HAND;
        write(ProblemEntryKind.REOPENED, by, now, reason);
    }

    /**
     * The department the zone gave the problem to says it is not its own, and why: the problem waits for the zone to
     * accept and give it again, to a unit or to another department, the round kept.
     *
     * @throws IllegalStateException when it is not in a department's hands
     */
    public void returnToZone(String reason, ProblemActor by, LocalDateTime now) {
        requireStatus(ProblemStatus.IN_HAND);
        if (department == null || level != ProblemLevel.ZONE) {
            throw new IllegalStateException("problem " + id + " is not with a department");
        }
        department = null;
        status = ProblemStatus.RAISED;
        write(ProblemEntryKind.RETURNED, by, now, reason);
    }

    /** Whether the given user raised the problem, and so confirms its answers. */
    public boolean wasRaisedBy(String username) {
        return raisedBy.equals(username);
    }

    /** Whether it is still open after its deadline's day. */
    public boolean isOverdueOn(LocalDate day) {
        return status.isOpen() && deadline != null && deadline.isBefore(day);
    }

    private void requireRaiser(ProblemActor by) {
        if (!wasRaisedBy(by.username())) {
            throw new IllegalArgumentException(by.username() + " did not raise problem " + id);
        }
    }

    private void requireStatus(ProblemStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("problem " + id + " is " + status + ", not " + expected);
        }
    }

    private void write(ProblemEntryKind kind, ProblemActor by, LocalDateTime now, String text) {
        entries.add(new ProblemEntry(this, kind, by, now, text));
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Long zoneId() {
        return zoneId;
    }

    public ProblemCategory category() {
        return category;
    }

    public String description() {
        return description;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public String raiserName() {
        return raiserName;
    }

    public Role raiserRole() {
        return raiserRole;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    /** 马上办: due the working day it was accepted. */
    public boolean isImmediate() {
        return immediate;
    }

    /** The unit or person solving it; none before the zone accepts it. */
    public String responsible() {
        return responsible;
    }

    /** The city department answering it itself; none when the zone's officers see to it. */
    public Optional<Department> department() {
        return Optional.ofNullable(department);
    }

    /** Whether the files of the case are among this problem's: attached at one of its steps. */
    public boolean isCarriedBy(String caseId) {
        return this.caseId != null && this.caseId.equals(caseId);
    }

    /** The day it is due; none before the zone accepts it. */
    public LocalDate deadline() {
        return deadline;
    }

    public ProblemLevel level() {
        return level;
    }

    public ProblemStatus status() {
        return status;
    }

    /** How many answers it has had: more than one means its raiser reopened it. */
    public int rounds() {
        return rounds;
    }

    public LocalDate solvedOn() {
        return solvedOn;
    }

    /** The 入企服务 visit it was raised on. */
    public Optional<EnterpriseVisit> visit() {
        return Optional.ofNullable(visit);
    }

    public Integer solvingDays() {
        return solvingDays;
    }

    /** Every step and note, the first first. */
    public List<ProblemEntry> entries() {
        return Collections.unmodifiableList(entries);
    }
}

package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.plan.ProjectPlan;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An investment project in a zone, the aggregate everything else hangs on. It is registered when the
 * contract is signed (签约), then moves stage by stage — 开工, 投产, 达效 — each move approved by the zone's
 * managers and recorded with its date, approver and evidence — and records the investment it completes month by
 * month. Its national project code is its identity.
 */
@Entity
@Table(name = "project")
public class Project {

    public static final int LEADER_MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "projectIds")
    @TableGenerator(name = "projectIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "project", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 24)
    private ProjectCode code;

    @Column(name = "name", nullable = false, length = ProjectFacts.NAME_MAX_LENGTH)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @ManyToOne(optional = false)
    @JoinColumn(name = "zone_id", nullable = false)
    private Zone zone;

    @ManyToOne(optional = false)
    @JoinColumn(name = "industry_code", nullable = false)
    private Industry industry;

    @Column(name = "strategic_emerging", nullable = false)
    private boolean strategicEmerging;

    @Column(name = "industrial", nullable = false)
    private boolean industrial;

    @Column(name = "total_investment", nullable = false, precision = 18, scale = Amount.SCALE)
    private Amount totalInvestment;

    @Column(name = "expected_annual_output", nullable = false, precision = 18, scale = Amount.SCALE)
    private Amount expectedAnnualOutput;

    @Column(name = "planned_start_date")
    private LocalDate plannedStartDate;

    @Column(name = "planned_production_date")
    private LocalDate plannedProductionDate;

    @Column(name = "planned_effective_date")
    private LocalDate plannedEffectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private Stage stage;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("movedOn ASC, id ASC")
    private List<StageMove> stageMoves = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("monthStart ASC")
    private List<MonthlyInvestment> investments = new ArrayList<>();

    @Column(name = "under_commitment", nullable = false)
    private boolean underCommitment;

    @Column(name = "full_agency", nullable = false)
    private boolean fullAgency;

    @Column(name = "land_parcel_code", length = ProjectReforms.PARCEL_CODE_MAX_LENGTH)
    private String landParcelCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reserve_tier", length = 20)
    private ReserveTier reserveTier;

    @Column(name = "reserve_entered_on")
    private LocalDate reserveEnteredOn;

    @ElementCollection
    @CollectionTable(name = "reserve_criterion_met", joinColumns = @JoinColumn(name = "project_id"))
    private List<CriterionMet> criteriaMet = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "reserve_tier_move", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "move_order")
    private List<TierMove> tierMoves = new ArrayList<>();

    @Column(name = "leader_in_charge", length = LEADER_MAX_LENGTH)
    private String leaderInCharge;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_account_id")
    private UserAccount leader;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version")
    private long version;

    protected Project() {
    }

    private Project(ProjectFacts facts) {
        this.code = facts.code();
        apply(facts);
    }

    private void apply(ProjectFacts facts) {
        this.name = facts.name();
        this.enterprise = facts.enterprise();
        this.zone = facts.zone();
        this.industry = facts.industry();
        this.strategicEmerging = facts.strategicEmerging();
        this.industrial = facts.industrial();
        this.totalInvestment = facts.totalInvestment();
        this.expectedAnnualOutput = facts.expectedAnnualOutput();
        this.plannedStartDate = facts.plannedStartDate();
        this.plannedProductionDate = facts.plannedProductionDate();
    }

    /** A project whose contract was signed on the given day: it enters the pipeline at 签约. */
    public static Project signed(ProjectFacts facts, LocalDate signedOn, String registeredBy) {
        Project project = new Project(facts);
        project.stage = Stage.RESERVE;
        project.advanceTo(Stage.SIGNED, signedOn, registeredBy, null, null);
        return project;
    }

    /** A project not yet signed entering the zone's reserve library (入库) on the given day, ungraded. */
    public static Project reserved(ProjectFacts facts, LocalDate enteredOn) {
        Project project = new Project(facts);
        project.stage = Stage.RESERVE;
        project.reserveEnteredOn = enteredOn;
        return project;
    }

    /**
     * A project a zone already kept in its own list, entering ZoneFlow at the stage it has reached, with the day it
     * reached each stage (签约 and every later one up to its stage; for a project in reserve, the day it entered the
     * reserve here).
     *
     * @throws InvalidValueException when a day is missing, or comes before the previous stage's
     */
    public static Project imported(ProjectFacts facts, Stage stage, Map<Stage, LocalDate> reachedOn,
            String importedBy) {
        Project project = new Project(facts);
        project.stage = Stage.RESERVE;
        if (stage == Stage.RESERVE) {
            project.reserveEnteredOn = reachedOn.get(Stage.RESERVE);
        }
        for (Stage reached : Stage.values()) {
            if (reached != Stage.RESERVE && reached.compareTo(stage) <= 0) {
                project.move(reached, reachedOn.get(reached), importedBy, null, null, true);
            }
        }
        return project;
    }

    /**
     * Brings the recorded facts in line with a zone's corrected list; the code, the stage and its history stay.
     *
     * @return whether anything changed
     */
    public boolean revise(ProjectFacts facts, ProjectReforms reforms) {
        boolean changed = !facts.equals(facts()) || !reforms.equals(reforms());
        if (changed) {
            apply(facts);
            runUnder(reforms);
        }
        return changed;
    }

    public void runUnder(ProjectReforms reforms) {
        this.underCommitment = reforms.underCommitment();
        this.fullAgency = reforms.fullAgency();
        this.landParcelCode = reforms.landParcelCode();
    }

    /**
     * Who follows the project (包联领导): a leader's account, whose name the project then carries, or a name alone, as
     * written before leaders had accounts.
     *
     * @param leaderInCharge null or blank when nobody is named; not read when a leader's account is given
     * @param leader the account of the leader in charge, null when there is none
     * @throws InvalidValueException when the name is too long
     * @throws IllegalArgumentException when the account {@linkplain #mayBeLedBy may not lead} the project
     */
    public void assign(String leaderInCharge, UserAccount leader) {
        if (leader != null && !mayBeLedBy(leader)) {
            throw new IllegalArgumentException(leader.username() + " may not lead project " + code);
        }
        String name = leaderInCharge == null || leaderInCharge.isBlank() ? null : leaderInCharge.strip();
        if (leader == null && name != null && name.length() > LEADER_MAX_LENGTH) {
            throw new InvalidValueException("leaderInCharge.tooLong", name);
        }
        this.leader = leader;
        this.leaderInCharge = leader == null ? name : null;
    }

    /** Whether the account is an enabled leader's of a zone, city or province that holds the project. */
    public boolean mayBeLedBy(UserAccount account) {
        return account.role() == Role.LEADER && account.isEnabled() && account.scope().covers(zone);
    }

    /** Whether the account is the one assigned to lead the project. */
    public boolean isLedBy(UserAccount account) {
        return leader != null && leader.equals(account);
    }

    /**
     * Records what the zone has confirmed of the reserve criteria, as a whole: criteria newly named are dated today,
     * those named before keep their date, those left out are withdrawn.
     *
     * @return whether anything changed
     * @throws InvalidValueException when the project is no longer in reserve, or a criterion its tier needs would be
     *     withdrawn (the tier must come down first)
     */
    public boolean confirmCriteria(Set<ReserveCriterion> met, LocalDate on, String confirmedBy) {
        requireReserve();
        Set<ReserveCriterion> needed = neededByTier(met);
        if (!needed.isEmpty()) {
            throw new InvalidValueException("reserveCriteria.neededByTier", ReserveCriterion.listed(needed));
        }
        boolean withdrawn = criteriaMet.removeIf(confirmed -> !met.contains(confirmed.criterion()));
        Set<ReserveCriterion> already = criteriaMet();
        for (ReserveCriterion criterion : ReserveCriterion.values()) {
            if (met.contains(criterion) && !already.contains(criterion)) {
                criteriaMet.add(new CriterionMet(criterion, on, confirmedBy));
            }
        }
        return withdrawn || criteriaMet.size() != already.size();
    }

    /** What the project's tier needs that is not among the given criteria: empty when they may stand. */
    public Set<ReserveCriterion> neededByTier(Set<ReserveCriterion> met) {
        return reserveTier == null ? EnumSet.noneOf(ReserveCriterion.class) : reserveTier.missing(met);
    }

    /** What of a tier's criteria is not yet confirmed: empty when the project may enter it. */
    public Set<ReserveCriterion> missingFor(ReserveTier tier) {
        return tier.missing(criteriaMet());
    }

    /**
     * A zone manager moves the project within the reserve (up, down, or out of grading with null), keeping the move.
     *
     * @return whether the tier changed
     * @throws InvalidValueException when the project is no longer in reserve, or the tier's criteria are not all met
     */
    public boolean grade(ReserveTier tier, LocalDate on, String movedBy) {
        requireReserve();
        if (tier == reserveTier) {
            return false;
        }
        if (tier != null && !missingFor(tier).isEmpty()) {
            throw new InvalidValueException("reserveTier.criteriaMissing", ReserveCriterion.listed(missingFor(tier)));
        }
        tierMoves.add(new TierMove(reserveTier, tier, on, movedBy));
        this.reserveTier = tier;
        return true;
    }

    private void requireReserve() {
        if (stage != Stage.RESERVE) {
            throw new InvalidValueException("reserveTier.notInReserve", stage.chineseName());
        }
    }

    /** The reserve criteria confirmed, in the catalogue's order. */
    public Set<ReserveCriterion> criteriaMet() {
        Set<ReserveCriterion> met = EnumSet.noneOf(ReserveCriterion.class);
        criteriaMet.forEach(confirmed -> met.add(confirmed.criterion()));
        return met;
    }

    /** The reserve criteria confirmed with their dates; kept after signing as the project's history. */
    public List<CriterionMet> criteriaConfirmed() {
        return criteriaMet.stream().sorted(Comparator.comparing(CriterionMet::criterion)).toList();
    }

    /** Every move between tiers, oldest first; kept after signing as the project's history. */
    public List<TierMove> tierMoves() {
        return Collections.unmodifiableList(tierMoves);
    }

    /** The day the project entered the reserve library here; empty for one registered when signed. */
    public Optional<LocalDate> reserveEnteredOn() {
        return Optional.ofNullable(reserveEnteredOn);
    }

    /** The name of the leader in charge: their account's, or as written when no account is linked. */
    public String leaderInCharge() {
        return leader != null ? leader.displayName() : leaderInCharge;
    }

    public Optional<UserAccount> leader() {
        return Optional.ofNullable(leader);
    }

    /** The reserve tier, only ever while the project is in reserve. */
    public Optional<ReserveTier> reserveTier() {
        return stage == Stage.RESERVE ? Optional.ofNullable(reserveTier) : Optional.empty();
    }

    /** The version users edit against: a change made since they read it refuses theirs. */
    public long version() {
        return version;
    }

    public ProjectReforms reforms() {
        return new ProjectReforms(underCommitment, fullAgency, landParcelCode);
    }

    /** The facts as recorded, to compare with a revision. */
    public ProjectFacts facts() {
        return new ProjectFacts(code, name, enterprise, zone, industry, strategicEmerging, industrial, totalInvestment,
                expectedAnnualOutput, plannedStartDate, plannedProductionDate);
    }

    /**
     * Records the completed investment so far as a zone's list states it: the current month takes the difference
     * from what earlier months recorded.
     *
     * @return whether anything changed
     * @throws InvalidValueException when earlier months already add up to more than the total
     */
    public boolean recordCompletedTotal(Amount total, String recordedBy, YearMonth current) {
        if (total.equals(completedInvestment())) {
            return false;
        }
        Amount earlier = completedBefore(current);
        if (earlier.compareTo(total) > 0) {
            throw new InvalidValueException("investment.totalBelowRecorded", earlier.wan().toPlainString());
        }
        recordProgress(current, Amount.ofWan(total.wan().subtract(earlier.wan())), recordedBy, current);
        return true;
    }

    /** Marks a project invented for the demonstration data, so it is never mistaken for a real one. */
    public Project markedAsDemo() {
        this.demo = true;
        return this;
    }

    /**
     * Records the move to the next stage, approved by a manager on the given day.
     *
     * @param cityApprovedBy the city supervisor who approved after the manager, or null where the zone sufficed
     * @throws InvalidValueException when the stage is not the next one or the day comes before the last move
     */
    public StageMove advanceTo(Stage next, LocalDate on, String approvedBy, String evidence, String cityApprovedBy) {
        return move(next, on, approvedBy, evidence, cityApprovedBy, false);
    }

    private StageMove move(Stage next, LocalDate on, String approvedBy, String evidence, String cityApprovedBy,
            boolean imported) {
        if (on == null) {
            throw new InvalidValueException("stageMove.date.required", "");
        }
        if (stage.next().filter(next::equals).isEmpty()) {
            throw new InvalidValueException("stageMove.notNext", String.valueOf(next));
        }
        Optional<LocalDate> lastMove = lastMove().map(StageMove::movedOn);
        if (lastMove.filter(on::isBefore).isPresent()) {
            throw new InvalidValueException("stageMove.date.beforePrevious", on.toString());
        }
        StageMove move = new StageMove(this, next, on, approvedBy, evidence, cityApprovedBy, imported);
        stageMoves.add(move);
        stage = next;
        reserveTier = null;
        return move;
    }

    /**
     * Records the investment completed in a month; recording a month again corrects it.
     *
     * @throws InvalidValueException when the month is before the signing or after the current month
     */
    public MonthlyInvestment recordProgress(YearMonth month, Amount completed, String recordedBy, YearMonth current) {
        YearMonth signed = reached(Stage.SIGNED).map(YearMonth::from).orElse(month);
        if (month.isBefore(signed)) {
            throw new InvalidValueException("investment.month.beforeSigning", month.toString());
        }
        if (month.isAfter(current)) {
            throw new InvalidValueException("investment.month.future", month.toString());
        }
        Optional<MonthlyInvestment> recorded = investments.stream().filter(i -> i.month().equals(month)).findFirst();
        recorded.ifPresent(existing -> existing.correct(completed, recordedBy));
        return recorded.orElseGet(() -> {
            MonthlyInvestment added = new MonthlyInvestment(this, month, completed, recordedBy);
            investments.add(added);
            return added;
        });
    }

    /** The investment completed so far (累计完成投资), over every recorded month. */
    public Amount completedInvestment() {
        return investments.stream().map(MonthlyInvestment::completed).reduce(Amount.ZERO, Amount::plus);
    }

    /** The investment completed in the months before the given one. */
    public Amount completedBefore(YearMonth month) {
        return investments.stream().filter(i -> i.month().isBefore(month))
                .map(MonthlyInvestment::completed).reduce(Amount.ZERO, Amount::plus);
    }

    public List<MonthlyInvestment> investments() {
        return Collections.unmodifiableList(investments);
    }

    private Optional<StageMove> lastMove() {
        return stageMoves.isEmpty() ? Optional.empty() : Optional.of(stageMoves.get(stageMoves.size() - 1));
    }

    /** The day the project reached the given stage, if it has. */
    public Optional<LocalDate> reached(Stage wanted) {
        return stageMoves.stream().filter(m -> m.stage() == wanted).map(StageMove::movedOn).findFirst();
    }

    public Long id() {
        return id;
    }

    public ProjectCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public Zone zone() {
        return zone;
    }

    public Industry industry() {
        return industry;
    }

    public boolean isStrategicEmerging() {
        return strategicEmerging;
    }

    public boolean isIndustrial() {
        return industrial;
    }

    public Amount totalInvestment() {
        return totalInvestment;
    }

    public Amount expectedAnnualOutput() {
        return expectedAnnualOutput;
    }

    /** The day the next stage (开工, 投产 or 达效) is planned for; none in reserve, at 达效 or where it is not planned. */
    public Optional<LocalDate> nextPlannedDate() {
        return stage.next().map(next -> switch (next) {
            case STARTED -> plannedStartDate;
            case PRODUCING -> plannedProductionDate;
            case EFFECTIVE -> plannedEffectiveDate;
            case RESERVE, SIGNED -> null;
        });
    }

    public LocalDate plannedStartDate() {
        return plannedStartDate;
    }

    public LocalDate plannedProductionDate() {
        return plannedProductionDate;
    }

    public LocalDate plannedEffectiveDate() {
        return plannedEffectiveDate;
    }

    /** The planned dates of the project's current plan. */
    /** Its plan: the planned dates it carries, with the versions of the plan entered so far (none: empty). */
    public ProjectPlan plan(List<PlanVersion> versions) {
        return new ProjectPlan(id, reached(Stage.SIGNED).orElse(null), plannedDates(), versions);
    }

    public PlannedDates plannedDates() {
        return new PlannedDates(plannedStartDate, plannedProductionDate, plannedEffectiveDate);
    }

    /** Takes the dates of a plan that took effect (entered, or a change approved). */
    public void replan(PlannedDates dates) {
        this.plannedStartDate = dates.start();
        this.plannedProductionDate = dates.production();
        this.plannedEffectiveDate = dates.effective();
    }

    public Stage stage() {
        return stage;
    }

    public List<StageMove> stageMoves() {
        return Collections.unmodifiableList(stageMoves);
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}

package cn.zoneflow.domain.model.plan;

import cn.zoneflow.domain.model.shared.Refusals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A project's plan with its versions. Entering a plan that only fills what the approved plan left open (a date not
 * yet planned, a year without a monthly plan) takes effect at once; one that alters an approved value is a change
 * (调整计划) that needs a reason and waits for the zone manager, while the project is still judged by the plan before
 * it — so that editing a plan never hides a slip. The dates recorded at registration are the baseline until a first
 * version is entered, and become version 1 then.
 */
public final class ProjectPlan {

    private final long projectId;
    private final LocalDate signedOn;
    private final PlannedDates registered;
    private final List<PlanVersion> versions;

    /**
     * @param signedOn null for a project not signed yet
     * @param registered the planned dates the project carries, which the current version (if any) set
     */
    public ProjectPlan(long projectId, LocalDate signedOn, PlannedDates registered, List<PlanVersion> versions) {
        this.projectId = projectId;
        this.signedOn = signedOn;
        this.registered = registered;
        this.versions = versions.stream().sorted(Comparator.comparingInt(PlanVersion::number)).toList();
    }

    /** What a proposal wrote: the versions to keep, in order, and the one it entered. */
    public record Entered(List<PlanVersion> added, PlanVersion proposal) {

        public boolean takesEffect() {
            return proposal.state() == PlanState.APPROVED;
        }
    }

    /**
     * @throws PlanChangePendingException while an earlier change waits for its decision
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming each wrong field: a date before the
     *     signing or out of order, a year before the signing year or given twice, a change without a reason, a plan
     *     that changes nothing
     */
    public Entered enter(PlanProposal proposal, Refusals refusals, String by, LocalDateTime at) {
        Optional<PlanVersion> pending = pending();
        if (pending.isPresent()) {
            throw new PlanChangePendingException(projectId, pending.get().number());
        }
        proposal.dates().check(signedOn, refusals);
        Set<Year> given = new HashSet<>();
        for (YearPlan year : proposal.years()) {
            if (!given.add(year.year())) {
                refusals.rejectUnlessRefused("year", "plan.year.twice", year.year().toString());
            } else if (signedOn != null && year.year().getValue() < signedOn.getYear()) {
                refusals.rejectUnlessRefused("year", "plan.year.beforeSigning", year.year().toString());
            }
        }
        refusals.finish();
        List<YearPlan> years = merged(proposal.years());
        boolean alters = proposal.dates().alters(dates()) || proposal.years().stream()
                .anyMatch(year -> yearPlan(year.year()).filter(planned -> !planned.equals(year)).isPresent());
        if (proposal.dates().equals(dates()) && years.equals(years())) {
            refusals.reject("plan", "plan.unchanged", "");
        } else if (alters && proposal.reason() == null) {
            refusals.reject("reason", "plan.reason.required", "");
        }
        refusals.finish();

        List<PlanVersion> added = new ArrayList<>();
        int number = versions.size();
        if (versions.isEmpty() && !registered.equals(PlannedDates.NONE)) {
            PlanVersion baseline = new PlanVersion(projectId, ++number, registered, List.of(), null, null,
                    signedOn == null ? at : signedOn.atStartOfDay());
            baseline.approve(null, baseline.proposedAt());
            added.add(baseline);
        }
        PlanVersion entered = new PlanVersion(projectId, ++number, proposal.dates(), years, proposal.reason(), by, at);
        if (!alters) {
            current().ifPresent(PlanVersion::supersede);
            added.forEach(PlanVersion::supersede);
            entered.approve(by, at);
        }
        added.add(entered);
        return new Entered(added, entered);
    }

    /** The manager approves the waiting change: it becomes the plan the project is judged by. */
    public PlanVersion approve(String by, LocalDateTime at) {
        PlanVersion change = pending().orElseThrow();
        current().ifPresent(PlanVersion::supersede);
        change.approve(by, at);
        return change;
    }

    /** The manager returns the waiting change with the reason; the plan before it stays. */
    public PlanVersion returnChange(String note, String by, LocalDateTime at) {
        PlanVersion change = pending().orElseThrow();
        change.returnWith(note, by, at);
        return change;
    }

    private List<YearPlan> merged(List<YearPlan> proposed) {
        Map<Year, YearPlan> byYear = new TreeMap<>();
        years().forEach(year -> byYear.put(year.year(), year));
        proposed.forEach(year -> byYear.put(year.year(), year));
        return List.copyOf(byYear.values());
    }

    /** The approved version the project is judged by, once any was entered. */
    public Optional<PlanVersion> current() {
        return versions.stream().filter(PlanVersion::isCurrent).findFirst();
    }

    /** The first approved version, against which every later slip is seen. */
    public Optional<PlanVersion> baseline() {
        return versions.stream().filter(version -> version.state() == PlanState.APPROVED).findFirst();
    }

    public Optional<PlanVersion> pending() {
        return versions.stream().filter(version -> version.state() == PlanState.PROPOSED).findFirst();
    }

    public PlannedDates dates() {
        return current().map(PlanVersion::dates).orElse(registered);
    }

    public List<YearPlan> years() {
        return current().map(PlanVersion::years).orElse(List.of());
    }

    public Optional<YearPlan> yearPlan(Year year) {
        return years().stream().filter(plan -> plan.year().equals(year)).findFirst();
    }

    /** Every version, the first first. */
    public List<PlanVersion> versions() {
        return versions;
    }
}

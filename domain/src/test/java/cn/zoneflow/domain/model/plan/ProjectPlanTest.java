package cn.zoneflow.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.Refusals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectPlanTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 10);
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final LocalDate PRODUCTION = LocalDate.of(2027, 6, 30);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    private final List<PlanVersion> kept = new ArrayList<>();

    private ProjectPlan plan(PlannedDates registered) {
        return new ProjectPlan(7L, SIGNED, registered, kept);
    }

    private ProjectPlan.Entered enter(ProjectPlan plan, PlanProposal proposal) {
        ProjectPlan.Entered entered = plan.enter(proposal, new Refusals(), "officer", NOW);
        kept.addAll(entered.added());
        return entered;
    }

    private static YearPlan evenly(int year, String perMonth) {
        return new YearPlan(Year.of(year), Collections.nCopies(12, Amount.ofWan(perMonth)));
    }

    private static List<FieldError> refusalsOf(Runnable entering) {
        List<FieldError> errors = new ArrayList<>();
        assertThatThrownBy(entering::run).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> errors.addAll(refused.errors()));
        return errors;
    }

    @Test
    void fillingWhatThePlanLeftOpenTakesEffectAtOnceAfterTheRegisteredBaseline() {
        ProjectPlan.Entered entered = enter(plan(new PlannedDates(START, null, null)),
                new PlanProposal(START, PRODUCTION, null, List.of(evenly(2026, "100")), null));

        assertThat(entered.takesEffect()).isTrue();
        assertThat(entered.added()).extracting(PlanVersion::number).containsExactly(1, 2);
        assertThat(entered.added().get(0).proposedBy()).as("the registered dates are version 1").isEmpty();
        ProjectPlan plan = plan(new PlannedDates(START, PRODUCTION, null));
        assertThat(plan.current()).containsSame(entered.proposal());
        assertThat(plan.baseline()).containsSame(entered.added().get(0));
        assertThat(plan.yearPlan(Year.of(2026)).orElseThrow().total()).isEqualTo(Amount.ofWan("1200"));
    }

    @Test
    void changingAnApprovedDateWaitsForTheManagerWithTheReasonAndTheOldPlanStillCounts() {
        enter(plan(PlannedDates.NONE), new PlanProposal(START, PRODUCTION, null, List.of(), null));
        PlannedDates baseline = new PlannedDates(START, PRODUCTION, null);

        List<FieldError> withoutReason = refusalsOf(() -> plan(baseline).enter(
                new PlanProposal(START.plusMonths(4), PRODUCTION, null, List.of(), null), new Refusals(), "o", NOW));
        assertThat(withoutReason).extracting(FieldError::field).containsExactly("reason");

        ProjectPlan.Entered change = enter(plan(baseline),
                new PlanProposal(START.plusMonths(4), PRODUCTION, null, List.of(), "土地交付推迟"));
        assertThat(change.takesEffect()).isFalse();
        assertThat(plan(baseline).dates()).as("a slip is judged against the approved plan").isEqualTo(baseline);
        assertThat(plan(baseline).pending()).containsSame(change.proposal());
        assertThatThrownBy(() -> plan(baseline).enter(new PlanProposal(START, PRODUCTION, LocalDate.of(2028, 1, 1),
                List.of(), null), new Refusals(), "o", NOW)).isInstanceOf(PlanChangePendingException.class);

        PlanVersion approved = plan(baseline).approve("manager", NOW);
        assertThat(plan(baseline).dates().start()).isEqualTo(START.plusMonths(4));
        assertThat(plan(baseline).baseline().orElseThrow().dates()).as("the baseline stays").isEqualTo(baseline);
        assertThat(approved.decidedBy()).contains("manager");
    }

    @Test
    void aReturnedChangeKeepsThePlanBeforeItAndItsReason() {
        enter(plan(PlannedDates.NONE), new PlanProposal(START, null, null, List.of(evenly(2026, "100")), null));
        PlannedDates baseline = new PlannedDates(START, null, null);
        enter(plan(baseline), new PlanProposal(START, null, null, List.of(evenly(2026, "50")), "资金未到位"));

        PlanVersion returned = plan(baseline).returnChange("理由不充分", "manager", NOW);

        assertThat(returned.state()).isEqualTo(PlanState.RETURNED);
        assertThat(returned.decisionNote()).isEqualTo("理由不充分");
        assertThat(plan(baseline).pending()).isEmpty();
        assertThat(plan(baseline).yearPlan(Year.of(2026)).orElseThrow().total()).isEqualTo(Amount.ofWan("1200"));
        assertThat(plan(baseline).versions()).extracting(PlanVersion::state)
                .containsExactly(PlanState.APPROVED, PlanState.RETURNED);
    }

    @Test
    void datesBeforeSigningOrOutOfOrderAndYearsBeforeSigningOrTwiceAreRefused() {
        List<FieldError> errors = refusalsOf(() -> plan(PlannedDates.NONE).enter(new PlanProposal(
                SIGNED.minusDays(1), SIGNED.minusDays(2), SIGNED.minusDays(3),
                List.of(evenly(2025, "1"), evenly(2027, "1"), evenly(2027, "2")), null), new Refusals(), "o", NOW));

        assertThat(errors).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("plannedStartDate", "project.plannedStartDate.beforeSigning"),
                tuple("plannedProductionDate",
                        "project.plannedProductionDate.beforeStart"),
                tuple("plannedEffectiveDate", "plan.effective.beforeProduction"),
                tuple("year", "plan.year.beforeSigning"));
        assertThat(kept).as("nothing written").isEmpty();
    }

    @Test
    void aPlanThatChangesNothingIsRefused() {
        assertThat(refusalsOf(() -> plan(new PlannedDates(START, null, null)).enter(
                new PlanProposal(START, null, null, List.of(), null), new Refusals(), "o", NOW)))
                .extracting(FieldError::messageKey).containsExactly("plan.unchanged");
    }

    @Test
    void theMonthsMustAddUpToTheYear() {
        Refusals refusals = new Refusals();
        List<Amount> months = new ArrayList<>(Collections.nCopies(12, Amount.ofWan("100")));
        months.set(11, null);

        assertThat(YearPlan.entered(Year.of(2026), Amount.ofWan("1200"), months, refusals)).isNull();
        assertThat(refusals.errors()).extracting(FieldError::field, FieldError::rejectedValue)
                .containsExactly(tuple("total", "1100.0000"));
        YearPlan plan = YearPlan.entered(Year.of(2026), Amount.ofWan("1100"), months, new Refusals());
        assertThat(plan.month(12)).as("an empty month plans nothing").isEqualTo(Amount.ZERO);
        assertThat(plan.plannedBefore(YearMonth.of(2026, 3))).isEqualTo(Amount.ofWan("200"));
    }
}

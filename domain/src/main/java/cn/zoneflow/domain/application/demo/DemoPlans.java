package cn.zoneflow.domain.application.demo;

import cn.zoneflow.domain.model.annualtarget.AnnualTarget;
import cn.zoneflow.domain.model.annualtarget.TargetIndicator;
import cn.zoneflow.domain.model.annualtarget.TargetRepository;
import cn.zoneflow.domain.model.plan.PlanProposal;
import cn.zoneflow.domain.model.plan.PlanVersionRepository;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.plan.ProjectPlan;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.project.MonthlyInvestment;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demonstration's plans and targets, so that its screens show what a running province would: each project under
 * construction plans this year's investment a quarter (every third one 60 %) above what it completes, so that some
 * fall behind 序时进度; producing projects plan their 达效 a year after production (as planned, or as made when later); every demo zone and city gets this
 * year's targets a little above what its projects reach, and rates from practice (开工率 35 %, 办结率 90 %).
 */
final class DemoPlans {

    private static final String BY = "demo";
    private static final BigDecimal AHEAD = new BigDecimal("1.25");
    private static final BigDecimal FAR_AHEAD = new BigDecimal("1.6");

    private final PlanVersionRepository versions;
    private final TargetRepository targets;

    DemoPlans(PlanVersionRepository versions, TargetRepository targets) {
        this.versions = versions;
        this.targets = targets;
    }

    void plan(Collection<Project> projects, LocalDate today) {
        LocalDateTime now = today.atTime(8, 0);
        int serial = 0;
        for (Project project : projects) {
            serial++;
            PlannedDates dates = project.plannedDates();
            List<YearPlan> years = List.of();
            if (project.stage() == Stage.STARTED) {
                years = yearPlan(project, today, serial % 3 == 0 ? FAR_AHEAD : AHEAD);
            } else if (project.stage() == Stage.PRODUCING) {
                LocalDate producing = project.reached(Stage.PRODUCING).orElseThrow();
                LocalDate planned = dates.production() == null || dates.production().isBefore(producing) ? producing
                        : dates.production();
                dates = new PlannedDates(dates.start(), dates.production(), planned.plusYears(1));
            }
            if (!years.isEmpty() || !dates.equals(project.plannedDates())) {
                ProjectPlan.Entered entered = project.plan(List.of()).enter(PlanProposal.of(dates, years, null),
                        new Refusals(), BY, now);
                entered.added().forEach(versions::add);
                project.replan(entered.proposal().dates());
            }
        }
    }

    /** This year's plan: each month from the start the month's completed investment times the factor. */
    private static List<YearPlan> yearPlan(Project project, LocalDate today, BigDecimal factor) {
        Year year = Year.from(today);
        List<Amount> months = new ArrayList<>();
        BigDecimal monthly = project.investments().stream().map(MonthlyInvestment::completed).findFirst()
                .map(Amount::wan).orElse(BigDecimal.ZERO).multiply(factor).setScale(0, RoundingMode.HALF_UP);
        YearMonth started = YearMonth.from(project.reached(Stage.STARTED).orElseThrow());
        for (int month = 1; month <= YearPlan.MONTHS; month++) {
            months.add(year.atMonth(month).isBefore(started) ? Amount.ZERO : Amount.ofWan(monthly));
        }
        YearPlan plan = new YearPlan(year, months);
        return plan.total().wan().signum() == 0 ? List.of() : List.of(plan);
    }

    void setTargets(Collection<Project> projects, LocalDate today) {
        LocalDateTime now = today.atTime(8, 0);
        int year = today.getYear();
        Map<Scope, Map<TargetIndicator, BigDecimal>> reached = new LinkedHashMap<>();
        for (Project project : projects) {
            for (Scope place : List.of(Scope.ofZone(project.zone().id()),
                    Scope.ofCity(project.zone().city().divisionCode()))) {
                Map<TargetIndicator, BigDecimal> figures = reached.computeIfAbsent(place,
                        key -> new EnumMap<>(TargetIndicator.class));
                project.reached(Stage.SIGNED).filter(day -> day.getYear() == year).ifPresent(day -> {
                    figures.merge(TargetIndicator.SIGNED_PROJECTS, BigDecimal.ONE, BigDecimal::add);
                    figures.merge(TargetIndicator.SIGNED_INVESTMENT, project.totalInvestment().wan(), BigDecimal::add);
                });
                project.reached(Stage.STARTED).filter(day -> day.getYear() == year).ifPresent(day ->
                        figures.merge(TargetIndicator.STARTED_PROJECTS, BigDecimal.ONE, BigDecimal::add));
            }
        }
        reached.forEach((place, figures) -> {
            figures.forEach((indicator, value) -> targets.add(new AnnualTarget(year, place, indicator,
                    value.multiply(new BigDecimal("1.2")).setScale(0, RoundingMode.UP), BY, now)));
            targets.add(new AnnualTarget(year, place, TargetIndicator.SIGNED_TO_STARTED, new BigDecimal("35"), BY,
                    now));
            targets.add(new AnnualTarget(year, place, TargetIndicator.CLOSURE_RATE, new BigDecimal("90"), BY, now));
        });
    }
}

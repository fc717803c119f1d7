package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.PlansImported;
import cn.zoneflow.domain.model.plan.PlanVersionRepository;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.project.MonthlyInvestment;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.warning.InvestmentRule;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.ProjectWarning;
import cn.zoneflow.domain.model.warning.ScheduleWarnings;
import cn.zoneflow.domain.model.warning.Warning;
import cn.zoneflow.domain.model.warning.WarningChange;
import cn.zoneflow.domain.model.warning.WarningKind;
import cn.zoneflow.domain.model.warning.WarningRepository.Planned;
import cn.zoneflow.domain.model.warning.WarningRepository;
import cn.zoneflow.domain.model.warning.WarningRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps every project's warning lights (红黄绿灯) in step with its plan — its planned dates and the year's
 * investment against 序时进度: all of them each hour (the sweep), one of them when it moves on, its plan changes or
 * it reports its investment. A light that changes colour is kept as history; one that
 * turns red under a rule that says so sends the zone a 督办 notice.
 */
@ApplicationScoped
@Transactional
public class ProjectWarnings {

    /** Projects the sweep judges at a time before it writes their lights and forgets them. */
    static final int SHARE = 1_000;

    @Inject
    private WarningRepository warnings;

    @Inject
    private ProjectRepository projects;

    @Inject
    private PlanVersionRepository plans;

    @Inject
    private SupervisionService supervision;

    /**
     * Judges every project in the pipeline, and puts out the lights of those that left it, a share at a time: each
     * share is written and then forgotten, so that a province whose lights all change at once (its first sweep, a rule
     * changed) does not hold hundreds of thousands of lights in memory until the end.
     *
     * @return how many lights changed colour
     */
    public int recountAll(LocalDate today) {
        Rules rules = rules();
        Map<Long, YearPlan> yearPlans = plans.currentYearPlans(Year.from(today));
        Map<Long, Amount> completed = warnings.completedBefore(YearMonth.from(today));
        Map<Long, Planned> pipeline = warnings.pipeline().stream()
                .collect(Collectors.toMap(Planned::projectId, Function.identity()));
        Set<Long> judged = new LinkedHashSet<>(pipeline.keySet());
        judged.addAll(warnings.warnedProjects());
        List<Long> ids = List.copyOf(judged);
        int changed = 0;
        for (int first = 0; first < ids.size(); first += SHARE) {
            changed += judge(ids.subList(first, Math.min(first + SHARE, ids.size())), rules, pipeline, yearPlans,
                    completed, today);
            warnings.writeAndForget();
        }
        return changed;
    }

    /**
     * One share of the sweep: each project judged against what it planned (none for one no longer in the pipeline,
     * whose lights go out).
     *
     * @return how many lights changed colour
     */
    private int judge(List<Long> share, Rules rules, Map<Long, Planned> pipeline, Map<Long, YearPlan> yearPlans,
            Map<Long, Amount> completed, LocalDate today) {
        Map<Long, List<ProjectWarning>> standing = warnings.standing(share);
        int changed = 0;
        for (long id : share) {
            Planned project = pipeline.get(id);
            List<Warning> judged = project == null ? List.of() : rules.judge(project.stage(), project.dates(),
                    yearPlans.get(id), completed.getOrDefault(id, Amount.ZERO), today);
            changed += follow(id, judged, standing.getOrDefault(id, List.of()), rules, today);
        }
        return changed;
    }

    /** Judges one project again, as after it moved on, its plan changed or it reported its investment. */
    public void recount(long projectId, LocalDate today) {
        Project project = projects.find(projectId).orElseThrow();
        Map<WarningKind, LocalDate> planned = new EnumMap<>(WarningKind.class);
        PlannedDates dates = project.plannedDates();
        Optional.ofNullable(dates.start()).ifPresent(date -> planned.put(WarningKind.START, date));
        Optional.ofNullable(dates.production()).ifPresent(date -> planned.put(WarningKind.PRODUCTION, date));
        Optional.ofNullable(dates.effective()).ifPresent(date -> planned.put(WarningKind.EFFECTIVE, date));
        Year year = Year.from(today);
        YearPlan yearPlan = plans.of(projectId).stream().filter(PlanVersion::isCurrent).findFirst()
                .flatMap(current -> current.year(year)).orElse(null);
        YearMonth month = YearMonth.from(today);
        Amount completed = project.investments().stream()
                .filter(investment -> investment.month().getYear() == year.getValue()
                        && investment.month().isBefore(month))
                .map(MonthlyInvestment::completed).reduce(Amount.ZERO, Amount::plus);
        Rules rules = rules();
        follow(projectId, rules.judge(project.stage(), planned, yearPlan, completed, today),
                warnings.standing(List.of(projectId)).getOrDefault(projectId, List.of()), rules, today);
    }

    /** Judges the projects an import gave plans, before the import is confirmed. */
    void recount(@Observes PlansImported imported) {
        LocalDate today = ChinaTime.today();
        imported.projectIds().forEach(projectId -> recount(projectId, today));
    }

    /** The rules of the day, for planned dates and for the investment plan. */
    private record Rules(Map<WarningKind, WarningRule> dates, InvestmentRule investment) {

        List<Warning> judge(Stage stage, Map<WarningKind, LocalDate> planned, YearPlan yearPlan, Amount completed,
                LocalDate today) {
            List<Warning> judged = new ArrayList<>(ScheduleWarnings.judge(stage, planned, dates, today));
            if (yearPlan != null && WarningKind.INVESTMENT.pendingAt(stage)) {
                investment.judge(yearPlan, completed, today).ifPresent(judged::add);
            }
            return judged;
        }

        boolean noticeOnRed(WarningKind kind) {
            return kind.isPlannedDate() ? dates.get(kind).noticeOnRed() : investment.noticeOnRed();
        }
    }

    private Rules rules() {
        return new Rules(warnings.rules().stream().collect(Collectors.toMap(WarningRule::kind, Function.identity())),
                warnings.investmentRule());
    }

    private int follow(long projectId, List<Warning> judged, List<ProjectWarning> standing, Rules rules,
            LocalDate today) {
        Map<WarningKind, Warning> now = judged.stream().collect(Collectors.toMap(Warning::kind, Function.identity()));
        Map<WarningKind, ProjectWarning> before = standing.stream()
                .collect(Collectors.toMap(ProjectWarning::kind, Function.identity()));
        int changed = 0;
        for (WarningKind kind : WarningKind.values()) {
            Warning warning = now.get(kind);
            ProjectWarning kept = before.get(kind);
            Light was = kept == null ? Light.GREEN : kept.light();
            Light is = warning == null ? Light.GREEN : warning.light();
            if (warning != null && kept == null) {
                warnings.add(new ProjectWarning(projects.find(projectId)
                        .orElseThrow(() -> new NoSuchElementException("project " + projectId)), warning, today));
            } else if (warning != null) {
                kept.follow(warning, today);
            } else if (kept != null) {
                warnings.remove(kept);
            }
            if (was != is) {
                warnings.add(new WarningChange(projectId, kind, was, is,
                        warning != null ? warning.planned() : kept.warning().planned(), today));
                changed++;
                if (is == Light.RED && rules.noticeOnRed(kind)) {
                    supervision.raiseForRedWarning(projects.find(projectId).orElseThrow(), requirement(warning));
                }
            }
        }
        return changed;
    }

    /** What the zone is asked when a warning turns red, in the words of a notice. */
    static String requirement(Warning warning) {
        if (warning.pace() != null) {
            return "进度预警（红灯）：项目" + warning.planned().getYear() + "年投资完成" + warning.pace().completed()
                    + "%，落后序时进度（" + warning.pace().scheduled() + "%）" + warning.pace().pointsBehind()
                    + "个百分点。请说明原因并报整改计划。";
        }
        String stage = warning.kind().milestone().chineseName();
        return "进度预警（红灯）：项目计划于" + warning.planned() + stage + "，已逾期" + warning.monthsLate() + "个月仍未"
                + stage + "。请说明原因并报整改计划。";
    }
}

package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
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
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps every project's warning lights (红黄绿灯) in step with its planned dates: all of them each hour (the sweep),
 * one of them when it moves on or its dates are corrected. A light that changes colour is kept as history; one that
 * turns red under a rule that says so sends the zone a 督办 notice.
 */
@ApplicationScoped
@Transactional
public class ProjectWarnings {

    @Inject
    private WarningRepository warnings;

    @Inject
    private ProjectRepository projects;

    @Inject
    private SupervisionService supervision;

    /** @return how many lights changed colour */
    public int recountAll(LocalDate today) {
        Map<WarningKind, WarningRule> rules = rules();
        Map<Long, List<ProjectWarning>> standing = warnings.standing(null);
        Set<Long> judged = new HashSet<>();
        int changed = 0;
        for (Planned project : warnings.pipeline()) {
            changed += follow(project.projectId(), ScheduleWarnings.judge(project.stage(), project.dates(), rules,
                    today), standing.getOrDefault(project.projectId(), List.of()), rules, today);
            judged.add(project.projectId());
        }
        for (Map.Entry<Long, List<ProjectWarning>> left : standing.entrySet()) {
            if (!judged.contains(left.getKey())) {
                changed += follow(left.getKey(), List.of(), left.getValue(), rules, today);
            }
        }
        return changed;
    }

    /** Judges one project again, as after it moved on or its planned dates were corrected. */
    public void recount(long projectId, LocalDate today) {
        Project project = projects.find(projectId).orElseThrow();
        Map<WarningKind, LocalDate> planned = new EnumMap<>(WarningKind.class);
        Optional.ofNullable(project.plannedStartDate()).ifPresent(date -> planned.put(WarningKind.START, date));
        Optional.ofNullable(project.plannedProductionDate())
                .ifPresent(date -> planned.put(WarningKind.PRODUCTION, date));
        Map<WarningKind, WarningRule> rules = rules();
        follow(projectId, ScheduleWarnings.judge(project.stage(), planned, rules, today),
                warnings.standing(List.of(projectId)).getOrDefault(projectId, List.of()), rules, today);
    }

    private Map<WarningKind, WarningRule> rules() {
        return warnings.rules().stream().collect(Collectors.toMap(WarningRule::kind, Function.identity()));
    }

    private int follow(long projectId, List<Warning> judged, List<ProjectWarning> standing,
            Map<WarningKind, WarningRule> rules, LocalDate today) {
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
                warnings.add(new ProjectWarning(projects.find(projectId).orElseThrow(), warning, today));
            } else if (warning != null) {
                kept.follow(warning, today);
            } else if (kept != null) {
                warnings.remove(kept);
            }
            if (was != is) {
                warnings.add(new WarningChange(projectId, kind, was, is,
                        warning != null ? warning.planned() : kept.warning().planned(), today));
                changed++;
                if (is == Light.RED && rules.get(kind).noticeOnRed()) {
                    supervision.raiseForRedWarning(projects.find(projectId).orElseThrow(), requirement(warning));
                }
            }
        }
        return changed;
    }

    /** What the zone is asked when a warning turns red, in the words of a notice. */
    static String requirement(Warning warning) {
        String stage = warning.kind().milestone().chineseName();
        return "进度预警（红灯）：项目计划于" + warning.planned() + stage + "，已逾期" + warning.monthsLate() + "个月仍未"
                + stage + "。请说明原因并报整改计划。";
    }
}

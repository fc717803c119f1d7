package cn.zoneflow.domain.model.warning;

import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The warnings of one project on a day: each planned date whose stage it has not reached, judged by that kind's
 * rule. A project without a planned date for a milestone has no warning for it.
 */
public final class ScheduleWarnings {

    private ScheduleWarnings() {
    }

    public static List<Warning> judge(Stage stage, Map<WarningKind, LocalDate> planned,
            Map<WarningKind, WarningRule> rules, LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        for (WarningKind kind : WarningKind.values()) {
            LocalDate date = planned.get(kind);
            WarningRule rule = rules.get(kind);
            if (kind.isPlannedDate() && date != null && rule != null && kind.pendingAt(stage)) {
                rule.judge(date, today).ifPresent(warnings::add);
            }
        }
        return warnings;
    }
}

package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.ProjectWarning;
import cn.zoneflow.domain.model.warning.WarningKind;
import java.time.LocalDate;

/**
 * A project's standing warning: which planned date, how many whole months late, since when it has had its colour,
 * and the reason in the caller's language.
 */
public record WarningJson(long projectId, String projectCode, String projectName, String zone, WarningKind kind,
        Light light, LocalDate planned, int monthsLate, LocalDate since, String reason) {

    static WarningJson of(ProjectWarning warning, String reason) {
        return new WarningJson(warning.project().id(), warning.project().code().value(), warning.project().name(),
                warning.project().zone().name(), warning.kind(), warning.light(), warning.warning().planned(),
                warning.warning().monthsLate(), warning.since(), reason);
    }
}

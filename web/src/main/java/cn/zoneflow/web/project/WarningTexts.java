package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.warning.Warning;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A warning in the reader's words, as the project page, 项目库 and the API say it: "计划2026-06-15开工，已逾期3个月",
 * "…，已过计划日期" before a whole month has passed, "…，本月到期" while the planned day is still ahead; for the
 * investment plan "2026年投资完成35%，落后序时进度（58.33%）23.33个百分点".
 */
@Named
@RequestScoped
public class WarningTexts {

    @Inject
    private Messages messages;

    public String reason(Warning warning) {
        if (warning.pace() != null) {
            return messages.get("warning.reason.investment", warning.planned().getYear(),
                    warning.pace().completed().toPlainString(), warning.pace().scheduled().toPlainString(),
                    warning.pace().pointsBehind().toPlainString());
        }
        String stage = messages.get("Stage." + warning.kind().milestone().name());
        if (warning.monthsLate() > 0) {
            return messages.get("warning.reason.late", warning.planned().toString(), stage, warning.monthsLate());
        }
        return messages.get(ChinaTime.today().isAfter(warning.planned()) ? "warning.reason.passed"
                : "warning.reason.due", warning.planned().toString(), stage);
    }
}

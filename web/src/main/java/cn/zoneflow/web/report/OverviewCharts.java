package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.ActivityRates;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.Overview;
import cn.zoneflow.domain.model.report.ZoneSupervision;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The overview's charts: the stage funnel, the rates over successive activities and the zones most overdue. */
@RequestScoped
public class OverviewCharts {

    /** Enough zones for a supervisor to act on; the full list is the overdue board's. */
    static final int MOST_OVERDUE_ZONES = 15;

    @Inject
    private Messages messages;

    public String funnel(Overview overview) {
        List<Stage> stages = Arrays.asList(Stage.values());
        return ChartJs.config("bar", messages.get("report_overview.chart.funnel.title"),
                messages.get("report_overview.chart.funnel.axis"),
                stages.stream().map(stage -> messages.get("Stage." + stage.name())).toList(),
                List.of(ChartJs.dataset(messages.get("report_overview.chart.funnel.dataset"), ChartJs.COLOURS[0],
                        stages.stream().map(stage -> overview.total().stages().at(stage).projects()).toList())),
                true);
    }

    public String trend(Overview overview) {
        List<JsonObjectBuilder> datasets = new ArrayList<>();
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            datasets.add(ChartJs.dataset(messages.get("report_rates.chart.dataset",
                            messages.get("FollowUpRateKind." + kind.name())), ChartJs.COLOURS[kind.ordinal()],
                    overview.trend().stream().map(activity -> activity.rate(kind).byInvestment().percent())
                            .toList()));
        }
        return ChartJs.config("line", messages.get("report_overview.chart.trend.title"),
                messages.get("report_rates.chart.axis"), overview.trend().stream().map(OverviewCharts::label)
                        .toList(), datasets, false);
    }

    public String overdue(Overview overview) {
        List<ZoneSupervision> zones = overview.mostOverdue(MOST_OVERDUE_ZONES);
        return ChartJs.config("bar", messages.get("report_overview.chart.overdue.title", MOST_OVERDUE_ZONES),
                messages.get("report_overview.chart.overdue.axis"), zones.stream().map(ZoneSupervision::zone).toList(),
                List.of(ChartJs.dataset(messages.get("report_overview.chart.overdue.dataset"), ChartJs.COLOURS[3],
                        zones.stream().map(zone -> zone.figures().tasksOverdue()).toList())), true);
    }

    private static String label(ActivityRates activity) {
        return activity.heldOn() + " " + activity.activity();
    }
}

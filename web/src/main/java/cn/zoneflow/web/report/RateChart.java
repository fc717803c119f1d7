package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/** The rates-by-place bar chart: one bar per rate (by investment, as the bulletins rank) for each city or zone. */
@RequestScoped
public class RateChart {

    @Inject
    private Messages messages;

    public String config(FollowUpReport report) {
        List<JsonObjectBuilder> datasets = new ArrayList<>();
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            datasets.add(ChartJs.dataset(messages.get("report_rates.chart.dataset",
                            messages.get("FollowUpRateKind." + kind.name())), ChartJs.COLOURS[kind.ordinal()],
                    report.places().stream().map(place -> place.rate(kind).byInvestment().percent()).toList()));
        }
        return ChartJs.config("bar", messages.get("report_rates.chart.title"), messages.get("report_rates.chart.axis"),
                report.places().stream().map(PlaceRates::name).toList(), datasets, false);
    }
}

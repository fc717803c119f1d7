package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;

/**
 * The Chart.js configuration of the rates-by-place bar chart that PrimeFaces' chart draws: one bar per rate (by
 * investment, as the bulletins rank) for each city or zone. PrimeFaces writes it into an inline script, so every
 * {@code <} is escaped: a place named {@code </script>} stays a name.
 */
@RequestScoped
public class RateChart {

    private static final String[] COLOURS = {"#2563eb", "#16a34a", "#d97706"};

    @Inject
    private Messages messages;

    public String config(FollowUpReport report) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        report.places().forEach(place -> labels.add(place.name()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (PlaceRates place : report.places()) {
                BigDecimal percent = place.rate(kind).byInvestment().percent();
                if (percent == null) {
                    values.addNull();
                } else {
                    values.add(percent);
                }
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", messages.get("report_rates.chart.dataset", messages.get("FollowUpRateKind." + kind.name())))
                    .add("backgroundColor", COLOURS[kind.ordinal()])
                    .add("data", values));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                        .add("beginAtZero", true)
                        .add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", messages.get("report_rates.chart.axis")))))
                .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                        .add("display", true).add("text", messages.get("report_rates.chart.title"))));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString().replace("<", "\\u003c");
    }
}

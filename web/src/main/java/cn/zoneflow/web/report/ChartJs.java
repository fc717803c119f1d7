package cn.zoneflow.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Chart.js configuration that PrimeFaces' chart draws. PrimeFaces writes it into an inline script, so every
 * {@code <} is escaped: a place named {@code </script>} stays a name.
 */
final class ChartJs {

    static final String[] COLOURS = {"#2563eb", "#16a34a", "#d97706", "#dc2626", "#7c3aed"};

    private ChartJs() {
    }

    /** One series; a value absent (nothing to divide by) is drawn as a gap, never as zero. */
    static JsonObjectBuilder dataset(String label, String colour, List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number value : values) {
            if (value == null) {
                data.addNull();
            } else if (value instanceof BigDecimal decimal) {
                data.add(decimal);
            } else {
                data.add(value.longValue());
            }
        }
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour)
                .add("borderColor", colour).add("data", data);
    }

    /**
     * @param horizontal bars along the x axis, one row per label (long lists of zone names read better so)
     */
    static String config(String type, String title, String valueAxis, List<String> labels,
            List<JsonObjectBuilder> datasets, boolean horizontal) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasetArray = Json.createArrayBuilder();
        datasets.forEach(datasetArray::add);
        JsonObjectBuilder valueScale = Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", valueAxis));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueScale))
                .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                        .add("display", true).add("text", title)));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasetArray))
                .add("options", options)
                .build().toString().replace("<", "\\u003c");
    }
}

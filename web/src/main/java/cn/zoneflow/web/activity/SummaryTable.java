package cn.zoneflow.web.activity;

import cn.zoneflow.domain.model.activity.ActivitySummary;
import cn.zoneflow.domain.model.activity.CityFigures;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * An activity's summary laid out as the bulletins print it: for the province each city's three batches and its
 * total, then the province's batches and grand total; for a city or a zone only its own batches and total, named
 * for it (a city's figures are no province's). The page and the workbook show the same rows.
 */
@RequestScoped
public class SummaryTable {

    @Inject
    private Messages messages;

    public List<SummaryRow> rowsOf(ActivitySummary summary, Scope scope, String scopeName) {
        List<SummaryRow> table = new ArrayList<>();
        boolean wholeProvince = scope.match(() -> true, city -> false, zone -> false);
        for (CityFigures city : wholeProvince ? summary.cities() : List.<CityFigures>of()) {
            String place = city.cityName() + messages.get("activity_view.city.suffix");
            city.batches().forEach(figures -> table.add(new SummaryRow(place, figures.batch().chineseName(),
                    figures, false)));
            table.add(new SummaryRow(place, messages.get("activity_view.total"), city.total(), true));
        }
        summary.totals().forEach(figures -> table.add(new SummaryRow(scopeName, figures.batch().chineseName(),
                figures, true)));
        table.add(new SummaryRow(scopeName, messages.get("activity_view.total"), summary.grandTotal(), true));
        return table;
    }
}

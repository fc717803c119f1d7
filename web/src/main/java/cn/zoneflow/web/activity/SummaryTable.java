package cn.zoneflow.web.activity;

import cn.zoneflow.domain.model.activity.ActivitySummary;
import cn.zoneflow.domain.model.activity.CityFigures;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * An activity's summary laid out as the bulletins print it: each city's three batches and its total, then the
 * province's batches and grand total. The page and the workbook show the same rows.
 */
@RequestScoped
public class SummaryTable {

    @Inject
    private Messages messages;

    public List<SummaryRow> rowsOf(ActivitySummary summary) {
        List<SummaryRow> table = new ArrayList<>();
        for (CityFigures city : summary.cities()) {
            String place = city.cityName() + messages.get("activity_view.city.suffix");
            city.batches().forEach(figures -> table.add(new SummaryRow(place, figures.batch().chineseName(),
                    figures, false)));
            table.add(new SummaryRow(place, messages.get("activity_view.total"), city.total(), true));
        }
        String province = messages.get("activity_view.province");
        summary.totals().forEach(figures -> table.add(new SummaryRow(province, figures.batch().chineseName(),
                figures, true)));
        table.add(new SummaryRow(province, messages.get("activity_view.total"), summary.grandTotal(), true));
        return table;
    }
}

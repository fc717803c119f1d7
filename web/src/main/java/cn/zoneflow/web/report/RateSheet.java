package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.FollowUpRate;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.report.Ratio;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up rates as a table, as 月通报 and 跟踪率 write them: the scope, then each place below it, each rate by
 * count and by investment (亿元) with its numerator, denominator and percent.
 */
@RequestScoped
public class RateSheet {

    static final List<String> COLUMNS = List.of("place", "rate", "basis", "numerator", "denominator", "percent");

    @Inject
    private Messages messages;

    public List<String> headers() {
        return COLUMNS.stream().map(column -> messages.get("monthly_export.column." + column)).toList();
    }

    public void write(SheetWriter sheet, FollowUpReport rates) {
        List<PlaceRates> places = new ArrayList<>();
        places.add(rates.total());
        places.addAll(rates.places());
        for (PlaceRates place : places) {
            for (FollowUpRateKind kind : FollowUpRateKind.values()) {
                FollowUpRate rate = place.rate(kind);
                sheet.newLine().text(place.name()).text(kind.chineseName())
                        .text(messages.get("monthly_export.basis.count"))
                        .number(rate.byCount().numerator().longValueExact())
                        .number(rate.byCount().denominator().longValueExact())
                        .amount(rate.byCount().percent());
                Ratio invested = rate.byInvestment();
                sheet.newLine().text(place.name()).text(kind.chineseName())
                        .text(messages.get("monthly_export.basis.investment"))
                        .amount(Amount.ofWan(invested.numerator()).inYi())
                        .amount(Amount.ofWan(invested.denominator()).inYi())
                        .amount(invested.percent());
            }
        }
    }
}

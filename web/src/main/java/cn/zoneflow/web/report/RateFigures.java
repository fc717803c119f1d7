package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.Ratio;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What a rate was computed from, printed beside it so that a reader can check it: "102 / 115 个",
 * "192.30 / 223.70 亿元".
 */
@Named
@RequestScoped
public class RateFigures {

    @Inject
    private Messages messages;

    public String counts(Ratio ratio) {
        return messages.get("rate_figures.counts", ratio.numerator().toPlainString(),
                ratio.denominator().toPlainString());
    }

    public String investments(Ratio ratio) {
        return messages.get("rate_figures.investments", Amount.ofWan(ratio.numerator()).inYi().toPlainString(),
                Amount.ofWan(ratio.denominator()).inYi().toPlainString());
    }
}

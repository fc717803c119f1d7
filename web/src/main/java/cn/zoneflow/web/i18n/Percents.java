package cn.zoneflow.web.i18n;

import cn.zoneflow.domain.model.report.Ratio;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** A percent as the pages print it: as computed (two decimals) with a %, or a dash where nothing was divided. */
@Named
@RequestScoped
public class Percents {

    @Inject
    private Messages messages;

    public String percent(BigDecimal percent) {
        return percent == null ? messages.get("percent.none") : percent.toPlainString() + "%";
    }

    public String ratio(Ratio ratio) {
        return percent(ratio.percent());
    }
}

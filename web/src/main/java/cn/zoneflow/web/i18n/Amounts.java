package cn.zoneflow.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * An amount in 亿元 as a sentence carries it: "0.23 亿元" in Chinese; in English in millions ("CNY 23 million"),
 * since "0.23 100 million yuan" reads as two numbers.
 */
@Named
@RequestScoped
public class Amounts {

    @Inject
    private Messages messages;

    public String yi(BigDecimal yi) {
        if (yi == null) {
            return "";
        }
        return messages.get("amount.yi", yi.toPlainString(), yi.movePointRight(2).stripTrailingZeros().toPlainString());
    }
}

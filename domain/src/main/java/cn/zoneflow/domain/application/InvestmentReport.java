package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.constraint.Required;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** 填报月度完成投资: the investment a project completed in one month (万元). */
public record InvestmentReport(@Required YearMonth month, @Required Amount completed) {

    public static final String MONTH = "month";
    public static final String COMPLETED = "completed";

    /**
     * The month and the amount as a form or a JSON body writes them ({@code 2026-10}, {@code 1200.5}): the one
     * reading both the API and the monthly report's task form use.
     */
    public static ReadCommand<InvestmentReport> read(String month, String completed) {
        InputReader reader = new InputReader();
        InvestmentReport command = new InvestmentReport(
                reader.optional(MONTH, month, InvestmentReport::parseMonth).orElse(null),
                reader.optional(COMPLETED, completed, Amount::ofWan).orElse(null));
        return ReadCommand.of(command, reader);
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month.format", text);
        }
    }
}

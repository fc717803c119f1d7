package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.MonthlyNotice;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.report.ZoneRanking;
import cn.zoneflow.domain.model.report.ZoneSupervision;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Compiles the monthly notice of a scope from grouped queries: the rates of the activities held from the first
 * of January to the month's end, and for each zone its procedures, overdue tasks, open notices and "三未" counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonthlyNotices {

    @Inject
    private FollowUpReports followUpReports;

    @Inject
    private ZoneSupervisions zoneSupervisions;

    /**
     * @throws InvalidInputException when the month has not begun yet
     */
    public MonthlyNotice notice(Scope scope, YearMonth month, LocalDate today) {
        if (month.isAfter(YearMonth.from(today))) {
            throw InvalidInputException.of("month", "month.future", month.toString());
        }
        LocalDate asOf = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        FollowUpReport rates = followUpReports.report(scope,
                new RatePeriod(month.atDay(1).withDayOfYear(1), month.atEndOfMonth(), asOf));
        List<ZoneSupervision> zoneFigures = List.copyOf(zoneSupervisions.on(scope, asOf).values());
        return new MonthlyNotice(rates.total().name(), month, asOf, rates, ZoneRanking.rank(zoneFigures));
    }
}

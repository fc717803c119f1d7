package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.MonthlyNotices;
import cn.zoneflow.domain.application.ProblemStatistics;
import cn.zoneflow.domain.application.ServiceRatings;
import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.rating.RatingBoard;
import cn.zoneflow.domain.model.report.MonthlyNotice;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The monthly notice the signed-in reader asks for: a scope as {@link ReportScopes} reads it and a month. */
@RequestScoped
public class MonthlyNoticeRequest {

    @Inject
    private MonthlyNotices notices;

    @Inject
    private ReportScopes scopes;

    @Inject
    private ProblemStatistics problemStatistics;

    @Inject
    private ServiceRatings serviceRatings;

    @Inject
    private CurrentUser currentUser;

    /**
     * @param month {@code YYYY-MM}; the current month when absent
     * @throws InvalidInputException naming the scope or the month written wrongly, or a month not begun
     * @throws cn.zoneflow.domain.model.user.OutsideScopeException when the scope reaches beyond the reader's
     */
    public MonthlyNotice read(String scope, String month) {
        return notices.notice(scopeOf(scope), monthOf(month),
                ChinaTime.today());
    }

    /** The ratings given in the notice's scope during its month, as its 好差评 sheet reports them. */
    public RatingBoard ratingsOf(String scope, MonthlyNotice notice) {
        return serviceRatings.board(scopeOf(scope), new RatePeriod(notice.month().atDay(1),
                notice.month().atEndOfMonth(), notice.asOf()));
    }

    /** The problems raised in the notice's scope during its month, as its 问题办理 sheet reports them. */
    public ProblemBoard problemsOf(String scope, MonthlyNotice notice) {
        return problemStatistics.board(scopeOf(scope), new RatePeriod(notice.month().atDay(1),
                notice.month().atEndOfMonth(), notice.asOf()));
    }

    /**
     * The scope a notice of the written scope covers.
     *
     * @throws cn.zoneflow.domain.model.user.OutsideScopeException when the scope reaches beyond the reader's
     */
    public Scope scopeOf(String scope) {
        return scopes.resolve(scope, currentUser.required().scope());
    }

    public static YearMonth monthOf(String written) {
        if (written == null || written.isBlank()) {
            return ChinaTime.thisMonth();
        }
        try {
            return YearMonth.parse(written.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "month.format", written);
        }
    }
}

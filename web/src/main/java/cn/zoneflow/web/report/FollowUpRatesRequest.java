package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.FollowUpReports;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The follow-up rates the signed-in reader asks for, as the API and the screen take the question: all as text. */
@RequestScoped
public class FollowUpRatesRequest {

    @Inject
    private FollowUpReports reports;

    @Inject
    private ReportScopes scopes;

    @Inject
    private CurrentUser currentUser;

    /**
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming the scope or a date written wrongly
     * @throws cn.zoneflow.domain.model.user.OutsideScopeException when the scope reaches beyond the reader's
     */
    public FollowUpReport read(String scope, String from, String to, String asOf) {
        return reports.report(scopes.resolve(scope, currentUser.required().scope()),
                RatePeriod.read(from, to, asOf, ChinaTime.today()));
    }
}

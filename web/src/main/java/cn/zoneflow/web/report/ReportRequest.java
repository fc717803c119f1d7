package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.FollowUpReports;
import cn.zoneflow.domain.application.Overviews;
import cn.zoneflow.domain.application.ProblemStatistics;
import cn.zoneflow.domain.application.ReserveLibrary;
import cn.zoneflow.domain.application.ServiceRatings;
import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.problem.ProblemListing;
import cn.zoneflow.domain.model.problem.ProblemState;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.rating.RatingBoard;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.Overview;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.reserve.ReserveBook;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The figures of a scope and period the signed-in reader asks for, as the API and the screens take the question: all
 * as text. Each method throws {@link cn.zoneflow.domain.model.shared.InvalidInputException} naming the scope or a
 * date written wrongly, and {@link cn.zoneflow.domain.model.user.OutsideScopeException} when the scope reaches
 * beyond the reader's.
 */
@RequestScoped
public class ReportRequest {

    /** The address parameter naming which of a figure's problems to list. */
    public static final String PROBLEM_STATE = "state";

    @Inject
    private FollowUpReports reports;

    @Inject
    private Overviews overviews;

    @Inject
    private ReserveLibrary reserveLibrary;

    @Inject
    private ProblemStatistics problemStatistics;

    @Inject
    private ReportScopes scopes;

    @Inject
    private ServiceRatings serviceRatings;

    @Inject
    private CurrentUser currentUser;

    public FollowUpReport rates(String scope, String from, String to, String asOf) {
        return reports.report(resolve(scope), RatePeriod.read(from, to, asOf, ChinaTime.today()));
    }

    public Overview overview(String scope, String from, String to, String asOf) {
        return overviews.overview(resolve(scope), RatePeriod.read(from, to, asOf, ChinaTime.today()));
    }

    public ReserveBook reserve(String scope, String from, String to, String asOf) {
        return reserveLibrary.book(resolve(scope), RatePeriod.read(from, to, asOf, ChinaTime.today()));
    }

    public ProblemBoard problems(String scope, String from, String to, String asOf) {
        return problemStatistics.board(resolve(scope), RatePeriod.read(from, to, asOf, ChinaTime.today()));
    }

    /**
     * The problems behind one figure of 问题办理: of the scope and period, of one category or all, in the state the
     * figure counts ({@code raised} when none is given).
     */
    public ProblemListing problemList(String scope, String from, String to, String asOf, String category,
            String state, int page, int size) {
        InputReader reader = new InputReader();
        ProblemState selected = reader.optional(PROBLEM_STATE, state, ProblemState::parse).orElse(ProblemState.RAISED);
        // an address can carry any page: refused here by name, like the period, not deep in the query
        reader.convert("page", page, chosen -> {
            Page.check(chosen, 1);
            return chosen;
        });
        reader.convert("size", size, chosen -> {
            Page.check(0, chosen);
            return chosen;
        });
        Scope place = resolve(scope);
        RatePeriod period = RatePeriod.read(from, to, asOf, ChinaTime.today());
        reader.finish();
        return problemStatistics.selected(place, period, category == null || category.isBlank() ? null : category,
                selected, page, size);
    }

    /** 好差评 of the scope over the period: 满意率, 差评 and 整改率. */
    public RatingBoard ratings(String scope, String from, String to, String asOf) {
        return serviceRatings.board(resolve(scope), RatePeriod.read(from, to, asOf, ChinaTime.today()));
    }

    /** 问题台账 of the board's scope and period, which the board has checked. */
    public List<ProjectProblem> problemLedger(ProblemBoard board) {
        return problemStatistics.ledger(board.total().scope(), board.period());
    }

    private Scope resolve(String scope) {
        return scopes.resolve(scope, currentUser.required().scope());
    }
}

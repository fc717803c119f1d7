package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.problem.ProblemListing;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The problems behind one figure of 问题办理 or 总览 (how many were raised, solved, are open or overdue, of a place and
 * perhaps one category), each with its project, unit, deadline and state, fifty to a page; the address is the
 * figure's own, so it can be bookmarked and sent.
 */
@Named
@RequestScoped
public class ProblemListView {

    static final int PAGE_SIZE = 50;

    @Inject
    private ReportRequest request;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private PageAccess pageAccess;

    private final ReportAddress address = new ReportAddress();
    private String category;
    private String state;
    private int page;
    private ProblemListing listing;

    public void load() throws IOException {
        try {
            listing = request.problemList(address.getScope(), address.getFrom(), address.getTo(), address.getAsOf(),
                    category, state, page, PAGE_SIZE);
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("report_period.field.", e);
        } catch (OutsideScopeException e) {
            pageAccess.deny();
        }
    }

    /** The address of another page of the same problems, from its query on. */
    public String pageQuery(int otherPage) {
        return "page=" + otherPage + ReportLinks.parameter(ReportScopes.PARAMETER, address.getScope())
                + ReportLinks.parameter("category", category)
                + ReportLinks.parameter(ReportRequest.PROBLEM_STATE, listing.selection().state().written())
                + ReportLinks.parameter("from", listing.selection().from())
                + ReportLinks.parameter("to", listing.selection().to())
                + ReportLinks.parameter("asOf", listing.selection().asOf());
    }

    public ProblemListing getListing() {
        return listing;
    }

    public boolean isFirstPage() {
        return page == 0;
    }

    public boolean isLastPage() {
        return listing == null || (long) (page + 1) * PAGE_SIZE >= listing.problems().total();
    }

    public ReportAddress getAddress() {
        return address;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}

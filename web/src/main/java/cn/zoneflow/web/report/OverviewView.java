package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.Targets;
import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.rating.RatingBoard;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.Overview;
import cn.zoneflow.domain.model.report.PlaceOverview;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.place.ZoneItem;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 总览: the reader's scope on one page — where its projects stand, the follow-up rates and how successive
 * activities fared, procedures, reforms and supervision — for the province, a city or a zone, each place a link one
 * level down and each count a link to the projects or the work behind it. Everything is in the address.
 */
@Named
@RequestScoped
public class OverviewView {

    private static final String PAGE = "/report/overview.xhtml";

    @Inject
    private ReportRequest request;

    @Inject
    private OverviewExport export;

    @Inject
    private OverviewCharts charts;

    @Inject
    private RateChart rateChart;

    @Inject
    private ReportScopes scopes;

    @Inject
    private ReferenceLists referenceLists;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private PageAccess pageAccess;

    @Inject
    private Targets targets;

    private final ReportAddress address = new ReportAddress();
    private ReportPeriodInput period = new ReportPeriodInput();
    private Overview overview;
    private ProblemBoard problems;
    private RatingBoard ratings;
    private List<Crumb> crumbs;
    private Map<Scope, Light> targetLights;

    /** A step of the way from the reader's own scope down to the one shown. */
    public record Crumb(String name, String scope) {
    }

    public void load() throws IOException {
        try {
            overview = request.overview(address.getScope(), address.getFrom(), address.getTo(),
                    address.getAsOf());
            period = ReportPeriodInput.of(overview.period());
            problems = request.problems(address.getScope(), address.getFrom(), address.getTo(), address.getAsOf());
            ratings = request.ratings(address.getScope(), address.getFrom(), address.getTo(), address.getAsOf());
            FacesContext faces = FacesContext.getCurrentInstance();
            if (WorkbookDownload.asked(faces)) {
                WorkbookDownload.instead(faces, OverviewExport.fileName(overview), export.workbook(overview));
            }
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("report_period.field.", e);
        } catch (OutsideScopeException e) {
            pageAccess.deny();
        }
    }

    /** Opens the figures for the chosen days, keeping the place, as a bookmarkable address. */
    public String search() {
        return PAGE + "?faces-redirect=true" + ReportLinks.parameter(ReportScopes.PARAMETER, address.getScope())
                + period.query();
    }

    /** The way from the widest scope the reader sees down to the place shown: 山西省 › 晋中市 › 晋中开发区. */
    public List<Crumb> getCrumbs() {
        if (crumbs == null) {
            crumbs = crumbsTo(overview.total().scope());
        }
        return crumbs;
    }

    private List<Crumb> crumbsTo(Scope shown) {
        Scope reader = currentUser.required().scope();
        List<Crumb> way = new ArrayList<>();
        if (scopes.includes(reader, Scope.PROVINCE)) {
            way.add(new Crumb(Scope.PROVINCE_NAME, ReportScopes.written(Scope.PROVINCE_NAME, Scope.PROVINCE)));
        }
        ZoneItem zone = shown.match(() -> null, city -> null, id -> referenceLists.zone(id).orElse(null));
        String cityCode = zone != null ? zone.cityCode()
                : shown.match(() -> null, city -> city, id -> null);
        if (cityCode != null && scopes.includes(reader, Scope.ofCity(cityCode))) {
            referenceLists.cities().stream().filter(city -> city.divisionCode().equals(cityCode)).findFirst()
                    .ifPresent(city -> way.add(new Crumb(city.fullName(),
                            ReportScopes.written(city.fullName(), Scope.ofCity(cityCode)))));
        }
        if (zone != null) {
            way.add(new Crumb(zone.name(), ReportScopes.written(zone.name(), shown)));
        }
        return way;
    }

    /** Opens a place below this one. */
    /**
     * A place's light against its year's targets (目标任务) as of the overview's day, the worst of its indicators;
     * none where it has no targets.
     */
    public Light targetLight(PlaceOverview place) {
        if (targetLights == null) {
            LocalDate asOf = overview.period().asOf();
            targetLights = new HashMap<>();
            targets.board(overview.total().scope(), asOf.getYear(), asOf).places().stream()
                    .filter(progress -> progress.light() != null)
                    .forEach(progress -> targetLights.put(progress.scope(), progress.light()));
        }
        return targetLights.get(place.scope());
    }

    public String scopeOf(PlaceOverview place) {
        return ReportScopes.written(place.name(), place.scope());
    }

    /** The project list of the place at a stage, e.g. {@code /project/list.xhtml?zone=12&stage=STARTED}. */
    public String projectsAt(PlaceOverview place, Stage stage) {
        return ProjectListLinks.of(place.scope(), "stage", stage.name());
    }

    /** The project list of the place narrowed to the projects at a light, e.g. {@code ?zone=12&light=RED}. */
    public String projectsAt(PlaceOverview place, String light) {
        return ProjectListLinks.of(place.scope(), "light", light);
    }

    /** The project list of the place narrowed by one of its reform flags, e.g. {@code underCommitment}. */
    /** 好差评 of the scope over the same days. */
    public RatingBoard getRatings() {
        return ratings;
    }

    /** The scope's problems over the same days, which 问题办理 opens place by place and category by category. */
    public ProblemBoard getProblems() {
        return problems;
    }

    /** The scope as 问题办理 is asked for it. */
    public String getProblemsScope() {
        return ReportScopes.written(problems.total().name(), problems.total().scope());
    }

    public String projectsUnder(PlaceOverview place, String flag) {
        return ProjectListLinks.of(place.scope(), flag, "true");
    }

    public BigDecimal yi(Amount amount) {
        return amount.inYi();
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public List<FollowUpRateKind> getKinds() {
        return List.of(FollowUpRateKind.values());
    }

    public List<StallKind> getStallKinds() {
        return List.of(StallKind.values());
    }

    public String getFunnelChart() {
        return charts.funnel(overview);
    }

    public String getTrendChart() {
        return charts.trend(overview);
    }

    public String getOverdueChart() {
        return charts.overdue(overview);
    }

    public String getRateChart() {
        return rateChart.config(overview.rates());
    }

    public Overview getOverview() {
        return overview;
    }

    public ReportPeriodInput getPeriod() {
        return period;
    }

    public ReportAddress getAddress() {
        return address;
    }
}

package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.project.ProjectFilter;
import cn.zoneflow.domain.model.project.ProjectSort;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.place.CityItem;
import cn.zoneflow.web.place.IndustryItem;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.place.ZoneItem;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * 项目库: the projects within the user's scope, filtered and paged in the database. Zones to choose from are those
 * the user may see; amounts are entered in 亿元 as the bulletins use them.
 */
@Named
@ViewScoped
public class ProjectListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);
    /** The view parameters of list.xhtml. */
    private static final Set<String> LINKED_FILTERS = Set.of("city", "zone", "stage", "underCommitment",
            "fullAgency", "onStandardLand", "q", "light");

    @Inject
    private transient ProjectQueries queries;

    @Inject
    private transient ReferenceLists referenceLists;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient ProjectListExport export;

    @Inject
    private ProjectListMemory memory;

    private String cityCode;
    private Long zoneId;
    private Stage stage;
    private String industryCode;
    private Boolean strategicEmerging;
    private BigDecimal minInvestmentYi;
    private BigDecimal maxInvestmentYi;
    private Boolean underCommitment;
    private Boolean fullAgency;
    private Boolean onStandardLand;
    private Keyword keyword;
    private Light light;
    private Boolean openProblems;
    private String leader;
    private List<ProjectQueries.LeaderChoice> leaders;
    private Map<Long, Light> lights = Map.of();
    private List<ZoneItem> zones;
    private List<CityItem> cities;
    private List<IndustryItem> industries;
    private LazyDataModel<ProjectSummary> model;

    @PostConstruct
    void init() {
        if (!namesItsOwnFilters()) {
            memory.last().ifPresent(this::restore);
        }
        zones = referenceLists.zonesWithin(currentUser.required().scope());
        cities = referenceLists.citiesWatchedWhole(currentUser.required().scope());
        leaders = queries.leadersWithin(currentUser.required().scope());
        industries = referenceLists.industries();
        model = new ProjectModel();
    }

    /** Whether the page was opened with filters in its address, which a report's figure links with. */
    private static boolean namesItsOwnFilters() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().keySet().stream()
                .anyMatch(LINKED_FILTERS::contains);
    }

    private void restore(ProjectListMemory.Criteria criteria) {
        keyword = criteria.keyword();
        cityCode = criteria.cityCode();
        zoneId = criteria.zoneId();
        stage = criteria.stage();
        industryCode = criteria.industryCode();
        strategicEmerging = criteria.strategicEmerging();
        minInvestmentYi = criteria.minInvestmentYi();
        maxInvestmentYi = criteria.maxInvestmentYi();
        underCommitment = criteria.underCommitment();
        fullAgency = criteria.fullAgency();
        onStandardLand = criteria.onStandardLand();
        light = criteria.light();
        openProblems = criteria.openProblems();
        leader = criteria.leader();
    }

    /** The list as filtered now, remembered for when the user comes back to it. */
    private ProjectFilter filter() {
        memory.keep(new ProjectListMemory.Criteria(keyword, cityCode, zoneId, stage, industryCode, strategicEmerging,
                minInvestmentYi, maxInvestmentYi, underCommitment, fullAgency, onStandardLand, light, openProblems,
                leader));
        return new ProjectFilter(cityCode, zoneId, stage, industryCode, strategicEmerging, null, inWan(minInvestmentYi),
                inWan(maxInvestmentYi), underCommitment, fullAgency, onStandardLand, keyword, light, openProblems,
                leader);
    }

    private static Amount inWan(BigDecimal yi) {
        return yi == null ? null : Amount.ofWan(yi.multiply(WAN_PER_YI));
    }

    /** Pages through the projects in the database; the table asks for one page and the count. */
    private final class ProjectModel extends LazyDataModel<ProjectSummary> {

        private static final long serialVersionUID = 1L;
        private static final Map<String, ProjectSort> SORTS = Map.of("code", ProjectSort.CODE, "name", ProjectSort.NAME,
                "totalInvestmentYi", ProjectSort.TOTAL_INVESTMENT, "stage", ProjectSort.STAGE);

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(query(0, 1, Map.of()).total());
        }

        @Override
        public List<ProjectSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<ProjectSummary> page = query(first / pageSize, pageSize, sortBy);
            setRowCount(Math.toIntExact(page.total()));
            lights = queries.lightsOf(page.items().stream().map(ProjectSummary::id).toList());
            return page.items();
        }

        private Page<ProjectSummary> query(int page, int size, Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            ProjectSort order = sort == null ? ProjectSort.CODE : SORTS.getOrDefault(sort.getField(), ProjectSort.CODE);
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            return queries.page(currentUser.required().scope(), filter(), order, descending, page, size);
        }

        @Override
        public String getRowKey(ProjectSummary project) {
            return String.valueOf(project.id());
        }
    }

    /** The list as filtered on screen, every page of it, as an Excel workbook. */
    public StreamedContent getExport() {
        byte[] workbook = export.workbook(currentUser.required().scope(), currentUser.getScopeName(), filter());
        return WorkbookDownload.forScreen("项目库-" + currentUser.getScopeName() + "-" + ChinaTime.today() + ".xlsx",
                workbook);
    }

    public LazyDataModel<ProjectSummary> getModel() {
        return model;
    }

    public List<ZoneItem> getZones() {
        return zones;
    }

    public List<IndustryItem> getIndustries() {
        return industries;
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    /** The project's worst warning on the page shown; green without one. */
    public Light lightOf(ProjectSummary project) {
        return lights.getOrDefault(project.id(), Light.GREEN);
    }

    public Boolean getOpenProblems() {
        return openProblems;
    }

    public void setOpenProblems(Boolean openProblems) {
        this.openProblems = openProblems;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    /** The leaders in charge of some project the user sees. */
    public List<ProjectQueries.LeaderChoice> getLeaders() {
        return leaders;
    }

    public Light[] getLights() {
        return Light.values();
    }

    public Light getLight() {
        return light;
    }

    public void setLight(Light light) {
        this.light = light;
    }

    /** The cities a province user may narrow the list to; none for those who see one city or zone. */
    public List<CityItem> getCities() {
        return cities;
    }

    public String getCityCode() {
        return cityCode;
    }

    public void setCityCode(String cityCode) {
        this.cityCode = cityCode == null || cityCode.isBlank() ? null : cityCode;
    }

    public Long getZoneId() {
        return zoneId;
    }

    public void setZoneId(Long zoneId) {
        this.zoneId = zoneId;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    public Boolean getStrategicEmerging() {
        return strategicEmerging;
    }

    public void setStrategicEmerging(Boolean strategicEmerging) {
        this.strategicEmerging = strategicEmerging;
    }

    public BigDecimal getMinInvestmentYi() {
        return minInvestmentYi;
    }

    public void setMinInvestmentYi(BigDecimal minInvestmentYi) {
        this.minInvestmentYi = minInvestmentYi;
    }

    public BigDecimal getMaxInvestmentYi() {
        return maxInvestmentYi;
    }

    public void setMaxInvestmentYi(BigDecimal maxInvestmentYi) {
        this.maxInvestmentYi = maxInvestmentYi;
    }

    public Boolean getUnderCommitment() {
        return underCommitment;
    }

    public void setUnderCommitment(Boolean underCommitment) {
        this.underCommitment = underCommitment;
    }

    public Boolean getFullAgency() {
        return fullAgency;
    }

    public void setFullAgency(Boolean fullAgency) {
        this.fullAgency = fullAgency;
    }

    /** What the user searches for in the projects' code, name or enterprise. */
    public Keyword getKeyword() {
        return keyword;
    }

    public void setKeyword(Keyword keyword) {
        this.keyword = keyword;
    }

    public Boolean getOnStandardLand() {
        return onStandardLand;
    }

    public void setOnStandardLand(Boolean onStandardLand) {
        this.onStandardLand = onStandardLand;
    }
}

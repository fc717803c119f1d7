package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.Assessments;
import cn.zoneflow.domain.application.Assessments.Assessment;
import cn.zoneflow.domain.model.assessment.AssessmentIndicator;
import cn.zoneflow.domain.model.assessment.AssessmentResult;
import cn.zoneflow.domain.model.assessment.Weights;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.form.KeyedInput;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * 分类考核: the zones of each category ranked for a quarter or a year ({@code ?period=2026Q3}, bookmarkable), each
 * score opening into its parts, exported to Excel; the province's supervisor sets the weights.
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/report/assessment.xhtml";

    @Inject
    private transient AssessmentRequest request;

    @Inject
    private transient Assessments assessments;

    @Inject
    private transient AssessmentExport export;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private String period;
    private Assessment assessment;
    private final List<KeyedInput<AssessmentIndicator, BigDecimal>> weights = new ArrayList<>();

    /** A category's zones in rank order. */
    public record CategoryRanking(ZoneCategory category, List<AssessmentResult> zones) implements Serializable {
    }

    public void load() {
        try {
            assessment = request.read(period);
            period = assessment.period().toString();
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("report_assessment.field.", e);
        }
        weights.clear();
        assessments.weights().asMap().forEach((indicator, weight) -> weights.add(new KeyedInput<>(indicator,
                BigDecimal.valueOf(weight))));
    }

    /** Opens the chosen period as a bookmarkable address. */
    public String search() {
        return PAGE + "?faces-redirect=true" + ReportLinks.parameter("period", period);
    }

    public boolean isSettingWeights() {
        return currentUser.hasRole(Role.SUPERVISOR.roleName()) && currentUser.required().scope().equals(Scope.PROVINCE);
    }

    /** Sets the weights; a period already kept keeps its scores, the running one is scored by them at once. */
    public void saveWeights() {
        Map<AssessmentIndicator, Integer> entered = new EnumMap<>(AssessmentIndicator.class);
        weights.stream().filter(input -> input.getValue() != null)
                .forEach(input -> entered.put(input.getKey(), input.getValue().intValue()));
        try {
            assessments.changeWeights(currentUser.required(), Weights.entered(entered));
            messages.tell(FacesMessage.SEVERITY_INFO, "report_assessment.message.weightsSaved");
            assessment = request.read(period);
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("AssessmentIndicator.", e);
        }
    }

    public List<CategoryRanking> getCategories() {
        List<CategoryRanking> categories = new ArrayList<>();
        if (assessment != null) {
            for (ZoneCategory category : ZoneCategory.values()) {
                List<AssessmentResult> zones = assessment.results().stream()
                        .filter(result -> result.category() == category).toList();
                if (!zones.isEmpty()) {
                    categories.add(new CategoryRanking(category, zones));
                }
            }
        }
        return categories;
    }

    public StreamedContent getWorkbook() {
        Assessment asked = request.read(period);
        return WorkbookDownload.forScreen(AssessmentExport.fileName(asked), export.workbook(asked));
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public List<KeyedInput<AssessmentIndicator, BigDecimal>> getWeights() {
        return weights;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}

package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.Assessments;
import cn.zoneflow.domain.application.Assessments.Assessment;
import cn.zoneflow.domain.model.assessment.AssessmentIndicator;
import cn.zoneflow.domain.model.assessment.Weights;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.report.AssessmentExport;
import cn.zoneflow.web.report.AssessmentRequest;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 分类考核 over the API: the ranking of a period, as JSON or a workbook, and the weights the province sets. */
@Tag(name = "分类考核", description = "Zones ranked within their category by weighted indicators")
@BusinessData
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class AssessmentResource {

    @Inject
    private Assessments assessments;

    @Inject
    private AssessmentRequest request;

    @Inject
    private AssessmentExport export;

    @Inject
    private CurrentUser currentUser;

    /** The ranking of {@code period} ({@code 2026Q3} or {@code 2026}; this quarter by default). */
    @Operation(operationId = "getAssessment", summary = "分类考核排名")
    @GET
    public AssessmentJson assessment(@QueryParam("period") String period) {
        return AssessmentJson.of(request.read(period), assessments.weights().asMap());
    }

    /** The same ranking as a workbook, every indicator's figure and points beside the score. */
    @Operation(operationId = "downloadAssessmentWorkbook", summary = "下载分类考核（xlsx）")
    @GET
    @Path("workbook")
    @Produces(SheetWriter.CONTENT_TYPE)
    public Response workbook(@QueryParam("period") String period) {
        Assessment assessment = request.read(period);
        return WorkbookDownload.forApi(AssessmentExport.fileName(assessment), export.workbook(assessment));
    }

    /**
     * The province's supervisor sets the weights, every indicator's whole per cent, adding up to 100:
     * {@code {"TARGET_COMPLETION": 30, "SIGNED_TO_STARTED": 10, …}}. Periods already kept keep their scores.
     */
    @Operation(operationId = "setAssessmentWeights", summary = "设定分类考核权重")
    @PUT
    @Path("weights")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<AssessmentIndicator, Integer> setWeights(JsonObject body) {
        InputReader reader = new InputReader();
        Map<AssessmentIndicator, Integer> entered = new EnumMap<>(AssessmentIndicator.class);
        for (AssessmentIndicator indicator : AssessmentIndicator.values()) {
            reader.optional(indicator.name(), JsonFields.text(body, indicator.name()), AssessmentResource::weight)
                    .ifPresent(weight -> entered.put(indicator, weight));
        }
        reader.finish();
        return assessments.changeWeights(currentUser.required(), Weights.entered(entered)).asMap();
    }

    private static Integer weight(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("assessment.weight.range", text);
        }
    }
}

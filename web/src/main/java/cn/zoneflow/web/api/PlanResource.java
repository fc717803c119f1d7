package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ProjectPlans;
import cn.zoneflow.domain.model.plan.PlanProposal;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.project.PlanSheet;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 项目计划 over the API: a project's plan with every version, and the zone entering it — what only fills the plan's
 * gaps takes effect at once, a change to what is in force waits for the zone manager (as the task
 * {@code approvePlanChange}, decided through {@code POST /api/tasks/{id}/complete}).
 */
@Tag(name = "项目计划", description = "Project plans: planned dates, monthly investment, versions and changes")
@BusinessData
@Path("projects/{id}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PlanResource {


    @Inject
    private ProjectPlans plans;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "getProjectPlan", summary = "项目计划及其各版本")
    @GET
    public PlanJson plan(@PathParam("id") long id) {
        return PlanJson.of(id, PlanSheet.of(plans.planOf(currentUser.required().scope(), id)));
    }

    /**
     * Enters the plan: {@code {"plannedStartDate": "2027-03-01", "plannedProductionDate": "2028-06-30",
     * "plannedEffectiveDate": "2029-06-30", "years": [{"year": 2027, "total": 1200, "months": [100, 100, …]}],
     * "reason": "土地交付推迟"}} — the dates as they should read (empty or null for none; a date left out stays), the
     * years whose twelve months it sets (a year left out stays), and the reason whenever a value in force changes. While a change waits, another
     * is refused with 409. The answer is the plan, {@code pending} holding the change when it waits.
     */
    @Operation(operationId = "enterProjectPlan", summary = "录入或调整项目计划")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanJson enter(@PathParam("id") long id, JsonObject body) {
        currentUser.requireZoneWork();
        InputReader reader = new InputReader();
        PlannedDates inForce = plans.planOf(currentUser.required().scope(), id).dates();
        PlanProposal proposal = new PlanProposal(
                date(body, "plannedStartDate", inForce.start(), reader),
                date(body, "plannedProductionDate", inForce.production(), reader),
                date(body, "plannedEffectiveDate", inForce.effective(), reader),
                years(body.get("years"), reader), JsonFields.text(body, "reason"));
        plans.enter(currentUser.required().scope(), id, ReadCommand.of(proposal, reader),
                currentUser.required().username());
        return plan(id);
    }

    /** A date the body names (empty or null for none), or the one in force when the body leaves it out. */
    private static LocalDate date(JsonObject body, String field, LocalDate inForce, InputReader reader) {
        return body.containsKey(field) ? reader.date(field, JsonFields.text(body, field), false) : inForce;
    }

    private static List<YearPlan> years(JsonValue given, InputReader reader) {
        List<YearPlan> years = new ArrayList<>();
        if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
            return years;
        }
        if (!(given instanceof JsonArray array)) {
            reader.reject("years", "plan.years.format", JsonFields.text(given));
            return years;
        }
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonObject year)) {
                reader.reject("years", "plan.years.format", JsonFields.text(entry));
                continue;
            }
            Year planned = reader.required("year", JsonFields.text(year, "year"), YearPlan::parseYear);
            Amount total = reader.optional("total", JsonFields.text(year, "total"), Amount::ofWan).orElse(null);
            List<Amount> months = new ArrayList<>();
            if (year.get("months") instanceof JsonArray given12) {
                given12.forEach(month -> months.add(
                        reader.optional("months", JsonFields.text(month), Amount::ofWan).orElse(null)));
            } else if (year.containsKey("months")) {
                reader.reject("months", "plan.years.format", JsonFields.text(year, "months"));
            }
            if (planned != null) {
                YearPlan plan = YearPlan.entered(planned, total, months, reader);
                if (plan != null) {
                    years.add(plan);
                }
            }
        }
        return years;
    }
}

package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ProcedureAdministration;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureTermsInput;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The procedure catalogue for the system administrator: every entry with its version, and a change of an entry's
 * terms against the version read ({@code 409} when someone changed it meanwhile), answered with the entry as
 * stored.
 */
@Tag(name = "手续目录", description = "The procedure catalogue, for the system administrator")
@Path("procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureCatalogueResource {

    @Inject
    private ProcedureAdministration administration;

    @Inject
    private CurrentUser currentUser;

    public record ProcedureJson(String code, String name, String department, int statutoryDays,
            String requiredBefore, boolean commitmentEligible, boolean coveredByRegionalAssessment, long version) {
        static ProcedureJson of(Procedure entry) {
            return new ProcedureJson(entry.code(), entry.name(), entry.department(), entry.statutoryDays(),
                    entry.requiredBefore().name(), entry.isCommitmentEligible(), entry.isCoveredByRegionalAssessment(),
                    entry.version());
        }
    }

    @Operation(operationId = "listProcedures", summary = "审批手续目录")
    @GET
    public List<ProcedureJson> catalogue() {
        return administration.catalogue(currentUser.required()).stream().map(ProcedureJson::of).toList();
    }

    /**
     * New terms from {@code {"name", "department", "statutoryDays", "commitmentEligible",
     * "coveredByRegionalAssessment", "version"}}, {@code version} as read.
     */
    @Operation(operationId = "changeProcedure", summary = "修改审批手续")
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureJson change(@PathParam("code") String code, JsonObject body) {
        if (body == null || !(body.get("version") instanceof JsonNumber version)) {
            throw InvalidInputException.of("version", "field.required", "");
        }
        administration.change(currentUser.required(), code, version.longValue(), new ProcedureTermsInput(
                JsonFields.text(body, "name"), JsonFields.text(body, "department"),
                JsonFields.text(body, "statutoryDays"), JsonFields.text(body, "commitmentEligible"),
                JsonFields.text(body, "coveredByRegionalAssessment")));
        return catalogue().stream().filter(entry -> entry.code().equals(code)).findFirst().orElseThrow();
    }
}

package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.Targets;
import cn.zoneflow.domain.model.annualtarget.TargetIndicator;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.report.ReportScopes;
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
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 年度目标责任书 over the API: the progress of a scope and the places below it against the year's targets and 序时进度,
 * and a supervisor setting one target of a city or zone below them.
 */
@Tag(name = "目标任务", description = "Annual targets of cities and zones, and progress against 序时进度")
@BusinessData
@Path("targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class TargetResource {

    @Inject
    private Targets targets;

    @Inject
    private ReportScopes scopes;

    @Inject
    private CurrentUser currentUser;

    /** The year's progress ({@code year}, this year by default) of the scope ({@code scope}, the reader's own). */
    @Operation(operationId = "getTargetBoard", summary = "目标完成情况")
    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetBoardJson board(@QueryParam("year") String year, @QueryParam("scope") String scope) {
        InputReader reader = new InputReader();
        Integer asked = reader.optional("year", year, TargetResource::year).orElse(ChinaTime.today().getYear());
        reader.finish();
        return TargetBoardJson.of(targets.board(scopes.resolve(scope, currentUser.required().scope()), asked,
                ChinaTime.today()));
    }

    /**
     * Sets a target: {@code {"year": 2027, "place": "zone:晋中开发区", "indicator": "SIGNED_PROJECTS", "target": 12,
     * "version": 0}} — the version as last read, none for a target not yet set (409 when it changed meanwhile). Only
     * a supervisor, and only for a city or zone below their scope (403 otherwise). The answer is the place's board.
     */
    @Operation(operationId = "setTarget", summary = "设定年度目标")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public TargetBoardJson set(JsonObject body) {
        InputReader reader = new InputReader();
        Integer year = reader.required("year", JsonFields.text(body, "year"), TargetResource::year);
        TargetIndicator indicator = reader.required("indicator", JsonFields.text(body, "indicator"),
                TargetIndicator::parse);
        BigDecimal value = reader.required("target", JsonFields.text(body, "target"), TargetResource::number);
        Long version = reader.optional("version", JsonFields.text(body, "version"), JsonFields::version)
                .orElse(null);
        String place = JsonFields.text(body, "place");
        if (place == null || place.isBlank()) {
            reader.reject("place", "field.required", "");
        }
        reader.finish();
        Scope resolved = scopes.resolve(place, currentUser.required().scope());
        targets.set(currentUser.required(), year, resolved, indicator, value, version);
        return TargetBoardJson.of(targets.board(resolved, year, ChinaTime.today()));
    }

    private static Integer year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            if (!Targets.keepsYear(year, ChinaTime.today())) {
                throw new InvalidValueException("target.year", text);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("target.year", text);
        }
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount.notANumber", text);
        }
    }

}

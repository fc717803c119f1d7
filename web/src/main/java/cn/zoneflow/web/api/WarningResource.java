package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.WarningKind;
import cn.zoneflow.domain.model.warning.WarningRepository;
import cn.zoneflow.web.project.WarningTexts;
import cn.zoneflow.web.report.ReportScopes;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 进度预警: the standing yellow and red warnings of the projects in the caller's scope or a part of it
 * ({@code scope=city:晋中市}), optionally of one colour ({@code level=RED}) and kind ({@code kind=START}), the reddest
 * and longest-standing first.
 */
@Tag(name = "预警", description = "Schedule warnings of projects")
@BusinessData
@Path("warnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WarningResource {

    @Inject
    private WarningRepository warnings;

    @Inject
    private ReportScopes scopes;

    @Inject
    private WarningTexts texts;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listWarnings", summary = "进度预警清单")
    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageJson<WarningJson> list(@QueryParam("scope") String scope, @QueryParam("level") String level,
            @QueryParam("kind") String kind, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        InputReader reader = new InputReader();
        Light light = reader.optional("level", level, Light::parse).orElse(null);
        WarningKind watched = reader.optional("kind", kind, WarningKind::parse).orElse(null);
        reader.finish();
        Page.check(page, size);
        return PageJson.of(warnings.within(scopes.resolve(scope, currentUser.required().scope()), light, watched, page,
                size).map(warning -> WarningJson.of(warning, texts.reason(warning.warning()))));
    }
}

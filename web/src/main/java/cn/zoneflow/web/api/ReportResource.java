package cn.zoneflow.web.api;

import cn.zoneflow.web.report.FollowUpRatesRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The province's figures, computed from the recorded facts; every reader sees their own scope or a part of it. */
@Tag(name = "报表", description = "Follow-up rates")
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    private FollowUpRatesRequest request;

    /**
     * 签约项目开工率, 开工项目投产率 and 投产项目达效率 of the projects presented in the activities held from {@code from}
     * to {@code to}, judged by their stage today or on {@code asOf}.
     */
    @GET
    @Path("rates")
    public RatesJson rates(@QueryParam("scope") String scope, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("asOf") String asOf) {
        return RatesJson.of(request.read(scope, from, to, asOf));
    }
}

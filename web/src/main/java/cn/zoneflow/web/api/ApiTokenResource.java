package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ApiSignIns;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.ApiToken;
import cn.zoneflow.domain.model.user.BearerToken;
import cn.zoneflow.web.security.ApiCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An API client signs in once with its password (HTTP Basic) and gets a token for {@code Authorization: Bearer …},
 * answered as an OAuth 2.0 token response (RFC 6749, 5.1) so that clients' libraries read it as they are; it signs out
 * by deleting the token it presents. Every account reaches these calls, the enterprise's too.
 */
@Tag(name = "登录令牌", description = "Sign in once, then present a short-lived token instead of the password")
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiTokenResource {

    @Inject
    private ApiSignIns signIns;

    @Context
    private HttpServletRequest request;

    @Context
    private SecurityContext security;

    /**
     * A token for the caller, whose password this very request carried.
     *
     * @throws InvalidValueException when the caller signed in otherwise: a token is never renewed by itself
     */
    @Operation(operationId = "signIn", summary = "凭用户名和密码（HTTP Basic）换取登录令牌，有效30分钟")
    @POST
    public Response signIn() {
        if (!ApiCredentials.isPasswordChecked(request)) {
            throw new InvalidValueException("token.passwordRequired", "");
        }
        BearerToken token = signIns.issue(security.getUserPrincipal().getName());
        JsonObject answer = Json.createObjectBuilder()
                .add("access_token", token.value())
                .add("token_type", "Bearer")
                .add("expires_in", ApiToken.LIFETIME.toSeconds())
                .build();
        return Response.ok(answer).header("Cache-Control", "no-store").build();
    }

    /** The client signs out: the token it presents opens nothing any more. */
    @Operation(operationId = "signOut", summary = "注销本次请求所出示的登录令牌")
    @DELETE
    @Path("current")
    public Response signOut() {
        BearerToken token = ApiCredentials.token(request)
                .orElseThrow(() -> new InvalidValueException("token.none", ""));
        signIns.signOut(token);
        return Response.noContent().build();
    }
}

package cn.zoneflow.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "ZoneFlow API 开发区项目全周期服务平台", version = "1",
        description = "Projects, reference data and tasks of Shanxi's development zones. Every call needs a signed-in"
                + " user: HTTP Basic with a ZoneFlow account, a token that POST /api/tokens exchanged for it once, or the"
                + " session of a signed-in screen."),
        security = {@SecurityRequirement(name = ZoneflowApi.SIGN_IN), @SecurityRequirement(name = ZoneflowApi.TOKEN)})
@SecurityScheme(securitySchemeName = ZoneflowApi.SIGN_IN, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A ZoneFlow account's user name and password")
@SecurityScheme(securitySchemeName = ZoneflowApi.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/tokens, valid 30 minutes, until signed out, or until its account's"
                + " password, role or standing changes")
public class ZoneflowApi extends Application {

    static final String SIGN_IN = "zoneflowAccount";
    static final String TOKEN = "zoneflowToken";

    /** The OpenAPI document describes the API; a WADL would only tell a prober which framework answers. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

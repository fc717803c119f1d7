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
                + " user: HTTP Basic with a ZoneFlow account, or the session of a signed-in screen."),
        security = @SecurityRequirement(name = ZoneflowApi.SIGN_IN))
@SecurityScheme(securitySchemeName = ZoneflowApi.SIGN_IN, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A ZoneFlow account's user name and password")
public class ZoneflowApi extends Application {

    static final String SIGN_IN = "zoneflowAccount";

    /** The OpenAPI document describes the API; a WADL would only tell a prober which framework answers. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

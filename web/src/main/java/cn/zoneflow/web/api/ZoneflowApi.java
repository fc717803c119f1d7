package cn.zoneflow.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "ZoneFlow API 开发区项目全周期服务平台", version = "1",
        description = "Projects, reference data and tasks of Shanxi's development zones. HTTP Basic authentication."))
public class ZoneflowApi extends Application {

    /** The OpenAPI document describes the API; a WADL would only tell a prober which framework answers. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

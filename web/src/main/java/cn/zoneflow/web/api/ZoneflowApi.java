package cn.zoneflow.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "ZoneFlow API 开发区项目全周期服务平台", version = "1",
        description = "Projects, reference data and tasks of Shanxi's development zones. HTTP Basic authentication."))
public class ZoneflowApi extends Application {
}

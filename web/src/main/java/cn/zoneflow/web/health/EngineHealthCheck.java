package cn.zoneflow.web.health;

import cn.zoneflow.processes.ProjectLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The process engine is registered, its job executor runs and the lifecycle process is deployed. */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        List<ProcessEngine> engines = BpmPlatform.getProcessEngineService().getProcessEngines();
        if (engines.isEmpty()) {
            return HealthCheckResponse.named("process-engine").down().build();
        }
        ProcessEngine engine = engines.get(0);
        boolean jobExecutorActive = ((ProcessEngineImpl) engine)
                .getProcessEngineConfiguration().getJobExecutor().isActive();
        long lifecycleVersions = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProjectLifecycle.PROCESS_KEY).count();
        return HealthCheckResponse.named("process-engine")
                .status(jobExecutorActive && lifecycleVersions > 0)
                .withData("engine", engine.getName())
                .withData("jobExecutor", jobExecutorActive)
                .withData("lifecycleVersions", lifecycleVersions)
                .build();
    }
}

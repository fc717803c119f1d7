package cn.zoneflow.workflow.projectimport;

import cn.zoneflow.domain.application.projectimport.ImportedBatch;
import cn.zoneflow.processes.ImportedProjectsStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts one 导入项目启动流程 per batch of a large import's projects, in the import's transaction: if the import is
 * undone, so is what it left to start; once it is kept, the engine's job executor starts each batch.
 */
@ApplicationScoped
public class ImportedBatchStarter {

    @Inject
    private RuntimeService runtimeService;

    void start(@Observes ImportedBatch batch) {
        runtimeService.startProcessInstanceByKey(ImportedProjectsStart.PROCESS_KEY, Map.of(
                ImportedProjectsStart.Variables.PROJECT_IDS,
                batch.projectIds().stream().map(String::valueOf).collect(Collectors.joining(","))));
    }
}

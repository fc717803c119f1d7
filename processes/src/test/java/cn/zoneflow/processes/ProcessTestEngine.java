package cn.zoneflow.processes;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The in-memory engine the process tests share: H2 in memory, full history (also reported to
 * {@link ProcessCoverage}), no job executor (tests run jobs themselves) and an expression manager that resolves the
 * delegates each test registers with {@code Mocks}.
 */
final class ProcessTestEngine {

    private static ProcessEngine engine;

    private ProcessTestEngine() {
    }

    static synchronized ProcessEngineExtension extension() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setJdbcUrl("jdbc:h2:mem:zoneflow-processes;DB_CLOSE_DELAY=1000");
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setProcessEngineName("zoneflow-process-tests");
            configuration.setCustomHistoryEventHandlers(List.of(ProcessCoverage.RECORDER));
            engine = configuration.buildProcessEngine();
        }
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }
}

package cn.zoneflow.workflow.engine;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * How long the engine's history is kept, and when it is cleared. Each process and decision names its own time to
 * live in its file: ten years for a project's processes and decisions (a project's life from 签约 to 达效 and its
 * audit after), thirty days for the hourly sweep and for starting a large import's batches of workflows, which
 * leave nothing to look back on. A finished instance's
 * history is removed that long after it ended, by the engine's own cleanup job, which runs at night while few people
 * work, one job at a time beside the day's timers. ZoneFlow's business history — stage moves, plans, problems, the
 * audit trail — is its own data and is not touched.
 */
final class HistoryRetention {

    static final String WINDOW_START = "01:00";
    static final String WINDOW_END = "05:00";

    private HistoryRetention() {
    }

    static void applyTo(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
        configuration.setHistoryCleanupBatchWindowStartTime(WINDOW_START);
        configuration.setHistoryCleanupBatchWindowEndTime(WINDOW_END);
        configuration.setHistoryCleanupDegreeOfParallelism(1);
    }
}

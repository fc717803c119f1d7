package cn.zoneflow.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The history ZoneFlow keeps: who could and who did complete a task, each variable's last value; not every value a
 * variable had, nor the engine's operation log. A database an earlier ZoneFlow kept full history in starts with it.
 */
class ZoneflowHistoryLevelTest {

    private final JdbcDataSource database = new JdbcDataSource();

    @Test
    void anEarlierFullHistoryDatabaseStartsAndKeepsCandidatesAndLastValuesOnly() {
        database.setURL("jdbc:h2:mem:zoneflow-history-level;DB_CLOSE_DELAY=-1");
        engine(ProcessEngineConfiguration.HISTORY_FULL).close();

        ZoneflowHistoryLevel.adoptIn(database);
        ProcessEngine engine = engine(ZoneflowHistoryLevel.NAME);
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("stage-move.bpmn",
                    Bpmn.createExecutableProcess("stageMove").camundaHistoryTimeToLive(30).startEvent()
                            .userTask("approve").camundaCandidateGroups("manager:zone-22").endEvent().done())
                    .deploy();
            String instance = engine.getRuntimeService().startProcessInstanceByKey("stageMove",
                    Map.of("evidence", "施工许可证")).getId();
            engine.getRuntimeService().setVariable(instance, "evidence", "施工许可证及现场照片");
            Task approval = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            engine.getIdentityService().setAuthenticatedUserId("manager.jinzhong");
            engine.getTaskService().claim(approval.getId(), "manager.jinzhong");
            engine.getTaskService().complete(approval.getId());

            assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(approval.getId())
                    .type(IdentityLinkType.CANDIDATE).list()).extracting(HistoricIdentityLinkLog::getGroupId)
                    .containsExactly("manager:zone-22");
            assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(approval.getId())
                    .singleResult().getAssignee()).isEqualTo("manager.jinzhong");
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .variableName("evidence").singleResult().getValue()).isEqualTo("施工许可证及现场照片");
            assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).count())
                    .as("the variable's earlier values").isZero();
            assertThat(engine.getHistoryService().createUserOperationLogQuery().count())
                    .as("the engine's operation log").isZero();
        } finally {
            engine.getIdentityService().clearAuthentication();
            engine.close();
        }
    }

    private ProcessEngine engine(String history) {
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(database);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("zoneflow-history-level-" + history);
        configuration.setCustomHistoryLevels(List.of(ZoneflowHistoryLevel.INSTANCE));
        configuration.setHistory(history);
        return configuration.buildProcessEngine();
    }
}

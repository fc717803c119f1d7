package cn.zoneflow.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Engine work done as a user: who did it is known to the engine while it runs, and a lost race is ZoneFlow's. */
class EngineIdentityTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:zoneflow-workflow-identity;DB_CLOSE_DELAY=1000");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("zoneflow-workflow-identity");
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    private final EngineIdentity identity = new EngineIdentity(engine.getIdentityService());
    private final Actor officer = new Actor("jz_officer", List.of("officer"));

    @Test
    void theEngineKnowsTheActorWhileTheWorkRunsAndForgetsThemAfter() {
        String[] seen = new String[1];

        identity.as(officer, () -> seen[0] = engine.getIdentityService().getCurrentAuthentication().getUserId());

        assertThat(seen[0]).isEqualTo("jz_officer");
        assertThat(engine.getIdentityService().getCurrentAuthentication()).isNull();
    }

    @Test
    void aChangeSomeoneElseMadeFirstIsToldAsZoneFlowsOwnAndTheActorIsForgotten() {
        OptimisticLockingException refusal = new OptimisticLockingException("TaskEntity[42] was updated by another");

        assertThatThrownBy(() -> identity.as(officer, () -> {
            throw refusal;
        })).isInstanceOf(TaskChangedMeanwhileException.class).hasCause(refusal);
        Authentication after = engine.getIdentityService().getCurrentAuthentication();
        assertThat(after).isNull();
    }
}

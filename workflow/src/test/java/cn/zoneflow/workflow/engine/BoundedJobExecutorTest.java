package cn.zoneflow.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.junit.jupiter.api.Test;

class BoundedJobExecutorTest {

    private final List<Runnable> handedToTheContainer = new ArrayList<>();
    private final List<List<String>> handedBack = new ArrayList<>();
    private final BoundedJobExecutor jobExecutor = new BoundedJobExecutor((ManagedExecutorService) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> {
                if (!method.getName().equals("execute")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                handedToTheContainer.add((Runnable) arguments[0]);
                return null;
            })) {

        /** The engine's own runnable needs an engine; the batch here fails as a job may. */
        @Override
        public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl engine) {
            return () -> {
                throw new IllegalStateException("the job failed");
            };
        }
    };

    BoundedJobExecutorTest() {
        jobExecutor.setRejectedJobsHandler((jobIds, engine, executor) -> handedBack.add(jobIds));
    }

    @Test
    void aBurstOfDueJobsRunsAFewBatchesAtOnceAndHandsTheRestBackToTheEnginesAcquisition() {
        for (int batch = 0; batch < BoundedJobExecutor.BATCHES_AT_ONCE + 2; batch++) {
            jobExecutor.executeJobs(List.of("job-" + batch), null);
        }

        assertThat(handedToTheContainer).hasSize(BoundedJobExecutor.BATCHES_AT_ONCE);
        assertThat(handedBack).containsExactly(List.of("job-" + BoundedJobExecutor.BATCHES_AT_ONCE),
                List.of("job-" + (BoundedJobExecutor.BATCHES_AT_ONCE + 1)));
    }

    @Test
    void aBatchThatEndsMakesRoomForTheNextEvenWhenItFailed() {
        for (int batch = 0; batch < BoundedJobExecutor.BATCHES_AT_ONCE; batch++) {
            jobExecutor.executeJobs(List.of("job-" + batch), null);
        }
        assertThatThrownBy(handedToTheContainer.get(0)::run).hasMessage("the job failed");

        jobExecutor.executeJobs(List.of("next"), null);

        assertThat(handedToTheContainer).hasSize(BoundedJobExecutor.BATCHES_AT_ONCE + 1);
        assertThat(handedBack).isEmpty();
    }
}

package cn.zoneflow.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;

/**
 * The engine's job executor on the container's managed threads, running at most {@link #BATCHES_AT_ONCE} batches of
 * jobs at a time. The container's executor would start up to 200 at once; each running job holds a connection of the
 * pool (32) and may ask for a second one, in a transaction of its own, for the engine's next block of ids — with the
 * id generator's lock held. A burst of due jobs (a large import's batches, a morning's timers) took every connection
 * and waited for the lock whose holder waited for a connection. A batch over the bound is handed back to the engine's
 * acquisition (its rejected-jobs handler), which runs it again once a batch has finished and backs off meanwhile: the
 * jobs stay locked to this node, none is lost or run twice.
 */
public class BoundedJobExecutor extends ManagedJobExecutor {

    /** Batches of up to three jobs each; on two cores more would only wait for the processor. */
    public static final int BATCHES_AT_ONCE = 4;

    private final ManagedExecutorService executor;
    private final Semaphore running = new Semaphore(BATCHES_AT_ONCE);

    public BoundedJobExecutor(ManagedExecutorService executor) {
        super(executor);
        this.executor = executor;
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl engine) {
        if (!running.tryAcquire()) {
            rejected(jobIds, engine);
            return;
        }
        Runnable jobs = getExecuteJobsRunnable(jobIds, engine);
        try {
            executor.execute(() -> {
                try {
                    jobs.run();
                } finally {
                    running.release();
                }
            });
        } catch (RejectedExecutionException e) {
            running.release();
            rejected(jobIds, engine);
        }
    }

    private void rejected(List<String> jobIds, ProcessEngineImpl engine) {
        logRejectedExecution(engine, jobIds.size());
        rejectedJobsHandler.jobsRejected(jobIds, engine, this);
    }
}

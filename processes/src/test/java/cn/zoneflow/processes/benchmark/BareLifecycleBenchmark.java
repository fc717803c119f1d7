package cn.zoneflow.processes.benchmark;

import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.processes.StageMoveApprovals;
import java.sql.Connection;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The lifecycle of {@code n} projects from 签约 to 达效 on a bare engine — the same BPMN and decision, the same
 * task completions as ZoneFlow makes (request and approve 开工, then 投产, then the 达效 evaluation and its
 * approval), with no domain work: the record step only tells the process which stage it reached, a task's deadline
 * is a fixed date. Prints projects per minute, time and SQL statements per stage move.
 *
 * <pre>
 * mvn -pl processes test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cn.zoneflow.processes.benchmark.BareLifecycleBenchmark \
 *   -Dexec.args="1000 jdbc:h2:mem:bare;DB_CLOSE_DELAY=-1"      (or a MySQL URL and root)
 * </pre>
 * A MySQL database must exist and be empty; the engine creates its tables. Its URL needs
 * {@code nullCatalogMeansCurrent=true}, or the engine finds the tables of other databases on the server and
 * creates none: {@code jdbc:mysql://127.0.0.1:3306/zoneflow_bare?nullCatalogMeansCurrent=true}.
 */
public final class BareLifecycleBenchmark {

    private static final int MOVES_PER_PROJECT = 3;
    private static final Date DUE = Date.from(Instant.parse("2027-01-15T15:59:59Z"));

    private BareLifecycleBenchmark() {
    }

    public static void main(String[] arguments) {
        int projects = Integer.parseInt(arguments[0]);
        String url = arguments[1];
        String user = arguments.length > 2 ? arguments[2] : "sa";
        String password = arguments.length > 3 ? arguments[3] : "";
        CountingDataSource counter = new CountingDataSource();
        ProcessEngine engine = engine(counter, url, user, password);
        try {
            Mocks.register("recordStageMoveDelegate", (JavaDelegate) execution -> {
                String reached = (String) execution.getVariable(StageMoveApprovals.Inputs.REQUESTED_STAGE);
                execution.setVariable(Variables.REACHED_STAGE, reached);
                execution.setVariable(Variables.PRODUCING, reached.equals("PRODUCING"));
                execution.setVariable(Variables.EFFECTIVE, reached.equals("EFFECTIVE"));
            });
            Mocks.register("assignDeadlineListener", (TaskListener) task -> task.setDueDate(DUE));
            // ZoneFlow starts and stops other processes here; the bare engine does nothing in their place
            Stream.of("startPreProductionAgencyDelegate", "startMonthlyReportingDelegate",
                    "stopMonthlyReportingDelegate").forEach(name -> Mocks.register(name, (JavaDelegate) e -> { }));
            run(engine, Math.max(1, projects / 10));
            long statementsBefore = counter.statements();
            long started = System.nanoTime();
            run(engine, projects);
            double seconds = (System.nanoTime() - started) / 1e9;
            long statements = counter.statements() - statementsBefore;
            int moves = projects * MOVES_PER_PROJECT;
            System.out.printf(Locale.ROOT, "bare engine on %s: %d projects 签约→达效 in %.1f s = %.1f projects/min;"
                    + " %.2f ms and %.1f SQL statements per stage move%n", url, projects, seconds,
                    projects / seconds * 60, seconds * 1000 / moves, (double) statements / moves);
        } finally {
            Mocks.reset();
            engine.close();
        }
    }

    /** Carries the given number of projects from 签约 to 达效, one after the other. */
    private static void run(ProcessEngine engine, int projects) {
        TaskService tasks = engine.getTaskService();
        for (int project = 0; project < projects; project++) {
            String instance = engine.getRuntimeService().startProcessInstanceByKey(ProjectLifecycle.PROCESS_KEY,
                    "bench-" + System.nanoTime(), Map.of(Variables.PROJECT_ID, (long) project,
                            Variables.OFFICER_GROUP, "officer:zone-22", Variables.MANAGER_GROUP, "manager:zone-22",
                            Variables.CITY_GROUP, "supervisor:city-140700", Variables.PRODUCING, false))
                    .getId();
            for (String stage : new String[] {"STARTED", "PRODUCING", "EFFECTIVE"}) {
                complete(tasks, instance, Map.of(Variables.EVIDENCE, "佐证材料"));
                complete(tasks, instance, Map.of(Variables.APPROVED, true, Variables.APPROVER, "manager.jinzhong",
                        StageMoveApprovals.Inputs.REQUESTED_STAGE, stage,
                        StageMoveApprovals.Inputs.TOTAL_INVESTMENT, 20000.0,
                        StageMoveApprovals.Inputs.STRATEGIC_EMERGING, false));
            }
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
                throw new IllegalStateException("project " + project + " did not reach 达效");
            }
        }
    }

    private static void complete(TaskService tasks, String instance, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), variables);
    }

    private static ProcessEngine engine(CountingDataSource counter, String url, String user, String password) {
        String driver = url.startsWith("jdbc:mysql:") ? "com.mysql.cj.jdbc.Driver" : "org.h2.Driver";
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        PooledDataSource pool = new PooledDataSource(driver, url, user, password);
        // as ZoneFlow's own pool does: the engine refuses MySQL's default REPEATABLE READ
        pool.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
        configuration.setDataSource(counter.wrap(pool));
        // the check reads the server's default, not the level the pool sets on each connection
        configuration.setSkipIsolationLevelCheck(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setProcessEngineName("zoneflow-bare-benchmark");
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addClasspathResource(ProjectLifecycle.RESOURCE)
                .addClasspathResource(StageMoveApprovals.RESOURCE)
                .deploy();
        return engine;
    }
}

package cn.zoneflow.workflow.engine;

import cn.zoneflow.domain.infrastructure.persistence.ConfiguredDataSource;
import cn.zoneflow.domain.infrastructure.persistence.DatabaseKind;
import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.CommitmentProcess;
import cn.zoneflow.processes.ImportedProjectsStart;
import cn.zoneflow.processes.MonthlyProgress;
import cn.zoneflow.processes.OverdueSweep;
import cn.zoneflow.processes.PlanChangeProcess;
import cn.zoneflow.processes.ProblemProcess;
import cn.zoneflow.processes.ProcedureHandling;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.RequiredProcedures;
import cn.zoneflow.processes.StageMoveApprovals;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import cn.zoneflow.workflow.task.OpenTaskIndex;
import cn.zoneflow.workflow.task.TaskMessages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Builds the process engine inside the container. It shares the application's pooled data source and JTA
 * transactions with JPA — a domain write and a task completion commit or roll back together — keeps the history
 * ZoneFlow reads ({@link ZoneflowHistoryLevel}), and runs timers and asynchronous steps on container-managed threads,
 * where CDI beans and persistence contexts are available to delegates.
 */
@ApplicationScoped
public class ProcessEngineBootstrap {

    static final String ENGINE_NAME = "default";
    static final String DEPLOYMENT_NAME = "zoneflow-processes";
    /** Payara's transaction manager; the standard name {@code java:comp/TransactionManager} is not bound there. */
    private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";
    /** The BPMN and DMN files ZoneFlow deploys. */
    public static final List<String> PROCESS_RESOURCES = List.of(ProjectLifecycle.RESOURCE, AgencyProcess.RESOURCE,
            ProcedureHandling.RESOURCE, RequiredProcedures.RESOURCE, StageMoveApprovals.RESOURCE,
            SupervisionNoticeProcess.RESOURCE, OverdueSweep.RESOURCE, MonthlyProgress.RESOURCE,
            CommitmentProcess.RESOURCE, PlanChangeProcess.RESOURCE, ProblemProcess.RESOURCE,
            ImportedProjectsStart.RESOURCE);
    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = ConfiguredDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private OpenTaskIndex openTaskIndex;

    @Inject
    private TaskMessages taskMessages;

    private ProcessEngine engine;

    public synchronized ProcessEngine start(DatabaseKind databaseKind) {
        if (engine != null) {
            return engine;
        }
        EngineClock.followChinaTime();
        CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseType(databaseKind.engineDatabaseType());
        configuration.setTransactionManager(lookupTransactionManager());
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setCustomHistoryLevels(List.of(ZoneflowHistoryLevel.INSTANCE));
        configuration.setHistory(ZoneflowHistoryLevel.NAME);
        ZoneflowHistoryLevel.adoptIn(dataSource);
        HistoryRetention.applyTo(configuration);
        configuration.setJobExecutor(new BoundedJobExecutor(executor));
        // started below, once the processes are deployed and upgraded and the open-task index is complete:
        // a timer firing meanwhile would create tasks the index's rebuild counts a second time
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        // the engine adds its own listeners to this list
        configuration.setCustomPostBPMNParseListeners(
                new ArrayList<>(List.of(new UserTaskParseListener(openTaskIndex, taskMessages))));
        engine = configuration.buildProcessEngine();
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
        deployProcesses();
        new ProcessVersions(engine.getRepositoryService(), engine.getRuntimeService()).upgradeRunningInstances();
        openTaskIndex.rebuildIfIncomplete();
        configuration.getJobExecutor().start();
        return engine;
    }

    /** Deploys the BPMN and DMN files; an unchanged file is not deployed again (duplicate filtering). */
    private void deployProcesses() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        PROCESS_RESOURCES.forEach(deployment::addClasspathResource);
        Deployment deployed = deployment.deploy();
        LOG.info(() -> "Processes deployed: " + deployed.getId() + " at " + deployed.getDeploymentTime());
    }

    public synchronized void stop() {
        if (engine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
            engine.close();
            engine = null;
        }
    }

    private static TransactionManager lookupTransactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup(TRANSACTION_MANAGER);
        } catch (NamingException e) {
            throw new IllegalStateException("No JTA transaction manager at " + TRANSACTION_MANAGER, e);
        }
    }
}

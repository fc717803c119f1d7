package cn.zoneflow.workflow.engine;

import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Moves the running instances of older versions of every process onto its newest version after a deployment, so
 * a changed BPMN applies to the projects already under way, not only to those registered afterwards. Each
 * instance keeps the steps it waits in (mapped by their ids) with their tasks, deadlines and timers. A version
 * whose instances cannot be mapped is left to run as it is, and the log says why.
 */
public final class ProcessVersions {

    /** Instances moved in one transaction. */
    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(ProcessVersions.class.getName());

    private final RepositoryService repository;
    private final RuntimeService runtime;

    public ProcessVersions(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** @return how many instances were moved to their process's newest version */
    public int upgradeRunningInstances() {
        int moved = 0;
        for (ProcessDefinition newest : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (ProcessDefinition older : repository.createProcessDefinitionQuery()
                    .processDefinitionKey(newest.getKey()).orderByProcessDefinitionVersion().asc().list()) {
                if (older.getVersion() < newest.getVersion()) {
                    moved += upgrade(older, newest);
                }
            }
        }
        return moved;
    }

    private int upgrade(ProcessDefinition older, ProcessDefinition newest) {
        if (runningOn(older).isEmpty()) {
            return 0;
        }
        int moved = 0;
        try {
            MigrationPlan plan = runtime.createMigrationPlan(older.getId(), newest.getId())
                    .mapEqualActivities()
                    .build();
            for (List<String> chunk = runningOn(older); !chunk.isEmpty(); chunk = runningOn(older)) {
                runtime.newMigration(plan).processInstanceIds(chunk).execute();
                moved += chunk.size();
            }
        } catch (ProcessEngineException unmappable) {
            LOG.warning(() -> "Instances of " + older.getKey() + " version " + older.getVersion()
                    + " stay on it; they cannot move to version " + newest.getVersion() + ": "
                    + unmappable.getMessage());
        }
        int total = moved;
        if (total > 0) {
            LOG.info(() -> total + " instances of " + older.getKey() + " moved from version " + older.getVersion()
                    + " to " + newest.getVersion());
        }
        return moved;
    }

    private List<String> runningOn(ProcessDefinition definition) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).listPage(0, CHUNK)
                .stream().map(ProcessInstance::getId).toList();
    }
}

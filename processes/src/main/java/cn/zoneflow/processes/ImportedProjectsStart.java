package cn.zoneflow.processes;

/**
 * Ids of starting a batch of imported projects' workflows ({@code bpmn/imported-projects-start.bpmn}, 导入项目启动流程):
 * a large import writes its projects and one such process per batch of them; the batch's workflows then start in a
 * job of their own, retried by the engine and shown to the administrator as an incident if they keep failing.
 */
public final class ImportedProjectsStart {

    public static final String PROCESS_KEY = "importedProjectsStart";
    public static final String RESOURCE = "bpmn/imported-projects-start.bpmn";

    public static final class Activities {
        public static final String IMPORTED = "imported";
        public static final String START_WORKFLOWS = "startImportedWorkflows";
        public static final String WORKFLOWS_STARTED = "importedWorkflowsStarted";

        private Activities() {
        }
    }

    public static final class Variables {
        /** The batch's project ids, comma-separated (String, within the engine's 4,000 characters for a string). */
        public static final String PROJECT_IDS = "projectIds";

        private Variables() {
        }
    }

    private ImportedProjectsStart() {
    }
}

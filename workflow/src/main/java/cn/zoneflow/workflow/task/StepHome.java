package cn.zoneflow.workflow.task;

import java.util.List;
import java.util.Map;

/**
 * The one place a kind of human step is declared and done: its forms (task key, page, fields) and how it completes
 * from the fields a screen or an API client sends. The inbox, the task API and {@link TaskCompletion} find every
 * step here; adding a kind of step is a new home (or a form in one), its BPMN, its page and its bundle keys.
 */
public interface StepHome {

    /**
     * The steps at home here.
     *
     * @param orderInProject where a project meets these steps among all others: smaller first
     * @param forms the steps, in the order a project meets them
     */
    record Steps(int orderInProject, List<StepForm> forms) {

        public Steps {
            forms = List.copyOf(forms);
        }
    }

    Steps steps();

    /**
     * Completes one of the steps at home here.
     *
     * @param taskKey one of {@link #steps()}' task keys
     */
    void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields);
}

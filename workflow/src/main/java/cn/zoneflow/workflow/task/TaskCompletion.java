package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes any kind of task from the fields a form or an API client sends, in the step's own home, which checks
 * them exactly as the screens do. Also tells a client which fields each step needs and the screens which page
 * works on it.
 */
@ApplicationScoped
public class TaskCompletion {

    @Inject
    @Any
    private Instance<StepHome> homes;

    @Inject
    private TaskInbox inbox;

    /** Every kind of step by its task key, in the order a project meets them. */
    private Map<String, StepHome> homeByStep;
    private Map<String, StepForm> formByStep;

    @PostConstruct
    void findHomes() {
        homeByStep = new LinkedHashMap<>();
        formByStep = new LinkedHashMap<>();
        homes.stream().sorted(Comparator.comparingInt(home -> home.steps().orderInProject()))
                .forEach(home -> home.steps().forms().forEach(form -> {
                    if (homeByStep.put(form.taskKey(), home) != null) {
                        throw new IllegalStateException("two homes for the step " + form.taskKey());
                    }
                    formByStep.put(form.taskKey(), form);
                }));
    }

    /** The fields the step takes; none for a step ZoneFlow does not know. */
    public List<StepForm.Field> fieldsOf(String step) {
        return form(step).map(StepForm::fields).orElse(List.of());
    }

    /** The page that works on the step. */
    public Optional<String> pageOf(String step) {
        return form(step).map(StepForm::page);
    }

    /** The task keys of every kind of step, in the order a project meets them. */
    public List<String> steps() {
        return List.copyOf(formByStep.keySet());
    }

    private Optional<StepForm> form(String step) {
        return Optional.ofNullable(formByStep.get(step));
    }

    /**
     * @throws TaskAlreadyCompletedException when someone completed it first, also when both had started at once and
     *     the other's completion committed while this one was on its way
     */
    public void complete(Actor actor, String taskId, Map<String, String> fields) {
        String step = inbox.visibleTask(actor, taskId).getTaskDefinitionKey();
        StepHome home = homeByStep.get(step);
        if (home == null) {
            throw new TaskInputException("task", "task.wrongStep");
        }
        try {
            home.complete(actor, taskId, step, fields);
        } catch (RuntimeException failure) {
            // wrong input is the user's to correct, whoever completed the task; only other failures can be a lost race
            boolean wrongInput = failure instanceof TaskInputException || failure instanceof InvalidInputException;
            if (!wrongInput && inbox.wasTheirsAndIsCompleted(actor, taskId)) {
                TaskAlreadyCompletedException completed = new TaskAlreadyCompletedException(taskId);
                completed.initCause(failure);
                throw completed;
            }
            throw failure;
        }
    }
}

package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.workflow.task.TaskSummary;
import java.util.Set;

/**
 * What a task is about, in the reader's language: its kind, and for a stage move the move itself (审批阶段变更：开工 →
 * 投产), for a procedure step the procedure (收集申报材料：环境影响评价审批) — so a list of many reads without opening
 * each.
 */
public final class TaskTitles {

    private static final String KIND = "task_inbox.type.";
    /** Where the engine's name of a procedure step puts the procedure (ProcedureTaskListener). */
    private static final String SEPARATOR = "：";
    private static final Set<String> STAGE_MOVES = Set.of(Activities.REQUEST_STAGE_MOVE,
            Activities.APPROVE_STAGE_MOVE, Activities.APPROVE_STAGE_MOVE_AT_CITY);

    private TaskTitles() {
    }

    public static String of(Messages messages, TaskSummary task) {
        String kind = messages.get(KIND + task.taskType());
        if (kind.equals(KIND + task.taskType())) {
            return task.name();
        }
        if (STAGE_MOVES.contains(task.taskType())) {
            Stage from = task.projectStage();
            return from.next().map(to -> messages.get("task.title.stageMove", kind, stageName(messages, from),
                    stageName(messages, to))).orElse(kind);
        }
        int separator = task.name().indexOf(SEPARATOR);
        return separator < 0 ? kind
                : messages.get("task.title.about", kind, task.name().substring(separator + SEPARATOR.length()));
    }

    private static String stageName(Messages messages, Stage stage) {
        return messages.get("Stage." + stage.name());
    }
}

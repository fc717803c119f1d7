package cn.zoneflow.workflow.lifecycle;

import cn.zoneflow.workflow.task.TaskSummary;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a stage-move step needs on one screen: the task, the evidence the officer gave (for the manager; for the
 * officer, when the request came back {@code returned}, the evidence to complete) and every earlier round that was
 * returned, with its reason.
 */
public record StageMoveFile(TaskSummary task, String evidence, boolean returned, List<ReturnedRound> returnedRounds) {

    /** A request a manager sent back: who, when and why. */
    public record ReturnedRound(String returnedBy, LocalDateTime returnedAt, String reason) {
    }
}

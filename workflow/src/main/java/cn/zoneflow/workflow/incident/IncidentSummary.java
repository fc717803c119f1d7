package cn.zoneflow.workflow.incident;

import java.time.LocalDateTime;

/**
 * One open incident as the system administrator reads it: which project's process stopped where, why, and since
 * when (Beijing time); {@code retryable} when it is a failed job the engine can run again.
 */
public record IncidentSummary(String id, String projectCode, String process, String step, String message,
        LocalDateTime since, boolean retryable) {
}

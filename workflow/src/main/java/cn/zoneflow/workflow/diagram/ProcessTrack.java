package cn.zoneflow.workflow.diagram;

import java.time.Instant;

/**
 * One process a project went or goes through: its lifecycle, its 全代办 service, one procedure handled on its
 * behalf, its commitment, its monthly reporting. {@code subject} names what the process is about when the
 * process name alone does not (the procedure a procedure-handling process handles); otherwise null.
 */
public record ProcessTrack(String instanceId, String processKey, String processName, String subject,
        Instant startedAt, Instant endedAt) {

    public boolean running() {
        return endedAt == null;
    }
}

package cn.zoneflow.domain.model.plan;

/** A project has at most one plan change waiting for approval: the next waits for its decision. */
public class PlanChangePendingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int pendingVersion;

    public PlanChangePendingException(long projectId, int pendingVersion) {
        super("project " + projectId + " has plan version " + pendingVersion + " waiting for approval");
        this.pendingVersion = pendingVersion;
    }

    public int pendingVersion() {
        return pendingVersion;
    }
}

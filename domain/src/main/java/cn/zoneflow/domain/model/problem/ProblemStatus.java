package cn.zoneflow.domain.model.problem;

/** Where a problem stands: waiting to be accepted, being solved, answered and waiting for its raiser, solved. */
public enum ProblemStatus {
    RAISED,
    IN_HAND,
    ANSWERED,
    SOLVED;

    public boolean isOpen() {
        return this != SOLVED;
    }
}

package cn.zoneflow.domain.model.commitment;

/** Where a project's commitment stands. */
public enum CommitmentStatus {
    /** 履约中: signed, the committed procedures are being completed until the promised date. */
    SIGNED,
    /** 已履行: verified, every committed procedure was completed. */
    FULFILLED,
    /** 整改中: not kept at the promised date; the enterprise rectifies by the set date. */
    RECTIFYING,
    /** 整改到位: kept after rectification. */
    RECTIFIED,
    /** 失信: still not kept after rectification; a credit record stands against the enterprise. */
    BREACHED;

    /** Whether the verification is over, one way or the other. */
    public boolean isSettled() {
        return this == FULFILLED || this == RECTIFIED || this == BREACHED;
    }
}

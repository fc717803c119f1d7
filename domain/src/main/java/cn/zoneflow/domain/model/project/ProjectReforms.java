package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.InvalidValueException;

/**
 * The reforms a project runs under: 承诺制 (the enterprise starts on commitments, the approvals follow), 全代办
 * (zone officers handle every procedure for it) and the standard-land parcel (标准地) it stands on, if any.
 */
public record ProjectReforms(boolean underCommitment, boolean fullAgency, String landParcelCode) {

    public static final ProjectReforms NONE = new ProjectReforms(false, false, null);
    public static final int PARCEL_CODE_MAX_LENGTH = 40;

    public ProjectReforms {
        landParcelCode = landParcelCode == null || landParcelCode.isBlank() ? null : landParcelCode.strip();
        if (landParcelCode != null && landParcelCode.length() > PARCEL_CODE_MAX_LENGTH) {
            throw new InvalidValueException("landParcel.tooLong", landParcelCode);
        }
    }
}

-- "三未" notices: the sweep sends one notice per project and kind of stall.
ALTER TABLE supervision_notice ADD COLUMN stall_kind VARCHAR(30);
CREATE UNIQUE INDEX uk_supervision_notice_stall ON supervision_notice (project_id, stall_kind);

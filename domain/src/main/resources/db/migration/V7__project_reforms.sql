-- Which reforms a project runs under: 承诺制 (commitments instead of prior approvals), 全代办 (the zone handles
-- every procedure) and the standard-land parcel (标准地) it was built on, as zones record them on import.
ALTER TABLE project ADD COLUMN under_commitment BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE project ADD COLUMN full_agency BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE project ADD COLUMN land_parcel_code VARCHAR(40);

-- The zone's signature of a commitment on line lapses when the enterprise declines to countersign it (with its
-- reason) or has not by the promised day; it is kept, and the zone may sign a new text, so a project may hold more
-- than one signature of the zone: the unique key gives way to a plain index (which the foreign key needs first).
ALTER TABLE commitment_signature ADD COLUMN lapsed_at TIMESTAMP NULL;
ALTER TABLE commitment_signature ADD COLUMN lapse VARCHAR(10);
ALTER TABLE commitment_signature ADD COLUMN decline_reason VARCHAR(500);
CREATE INDEX ix_commitment_signature_project ON commitment_signature (project_id);
ALTER TABLE commitment_signature DROP CONSTRAINT uq_commitment_signature_party;

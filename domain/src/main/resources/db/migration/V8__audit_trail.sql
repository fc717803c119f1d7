-- The audit trail: append-only, each entry numbered without gaps and chained to the one before by a SHA-256
-- hash, so that a changed, removed or inserted row is found by recomputing the chain. audit_chain holds the
-- last number and hash; appending locks its one row, so entries are chained in one line whatever runs at once.
CREATE TABLE audit_entry (
    sequence_number BIGINT NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(60) NOT NULL,
    action VARCHAR(40) NOT NULL,
    object_type VARCHAR(40),
    object_id VARCHAR(100),
    address VARCHAR(64),
    result VARCHAR(20) NOT NULL,
    detail VARCHAR(500),
    previous_hash CHAR(64) NOT NULL,
    entry_hash CHAR(64) NOT NULL
) ${tableOptions};

CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);

CREATE TABLE audit_chain (
    id INT NOT NULL PRIMARY KEY,
    last_sequence_number BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL
) ${tableOptions};

INSERT INTO audit_chain (id, last_sequence_number, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

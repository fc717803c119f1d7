-- 承诺制: a project's dual commitment (the enterprise's credit commitment and the zone's service commitment) that
-- lets it start before its committed procedures are approved, verified at the promised date; a commitment still
-- broken after rectification becomes a credit record (失信记录) against the enterprise.
CREATE TABLE commitment (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    credit_committed_on DATE NOT NULL,
    service_committed_on DATE NOT NULL,
    promised_on DATE NOT NULL,
    signed_by VARCHAR(60) NOT NULL,
    status VARCHAR(20) NOT NULL,
    verified_on DATE,
    verified_by VARCHAR(60),
    verification_note VARCHAR(1000),
    rectification_due DATE,
    rectified_on DATE,
    rectification_note VARCHAR(1000),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_commitment_project UNIQUE (project_id),
    CONSTRAINT fk_commitment_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_commitment_status ON commitment (status);

CREATE TABLE credit_record (
    id BIGINT NOT NULL PRIMARY KEY,
    enterprise_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    recorded_on DATE NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    handled_by VARCHAR(60),
    handled_on DATE,
    handling VARCHAR(1000),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_credit_record_project UNIQUE (project_id),
    CONSTRAINT fk_credit_record_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_credit_record_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

INSERT INTO id_sequence (seq_name, next_val) VALUES ('commitment', 0), ('credit_record', 0);

INSERT INTO deadline_rule (task_type, working_days) VALUES
    ('signCommitments', 3),
    ('verifyCommitment', 5),
    ('reviewBreach', 5);

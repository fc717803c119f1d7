-- The enterprise's contact on the portal: an account bound to its enterprise (by the enterprise's row, whose credit
-- code is unique), made by accepting the zone's one-time invitation, of which only the code's hash is kept.
ALTER TABLE user_account ADD COLUMN enterprise_id BIGINT;
ALTER TABLE user_account ADD CONSTRAINT fk_user_account_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);

CREATE TABLE enterprise_invitation (
    id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    enterprise_id BIGINT NOT NULL,
    contact_name VARCHAR(40) NOT NULL,
    code_hash VARCHAR(64) NOT NULL,
    issued_by VARCHAR(60) NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP NULL,
    account_username VARCHAR(60),
    revoked_at TIMESTAMP NULL,
    revoked_by VARCHAR(60),
    version BIGINT NOT NULL,
    CONSTRAINT pk_enterprise_invitation PRIMARY KEY (id),
    CONSTRAINT uk_enterprise_invitation_code UNIQUE (code_hash),
    CONSTRAINT fk_enterprise_invitation_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_enterprise_invitation_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
) ${tableOptions};

CREATE INDEX ix_enterprise_invitation_project ON enterprise_invitation (project_id, issued_at);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('enterprise_invitation', 0);

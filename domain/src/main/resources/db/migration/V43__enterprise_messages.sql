-- The enterprise's messages: each change on its projects told once (about names what it tells of), shown on the
-- portal and mailed to the addresses its accounts gave; what came after an account last looked is new to it.
CREATE TABLE enterprise_message (
    id BIGINT NOT NULL,
    enterprise_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    about VARCHAR(80) NOT NULL,
    subject VARCHAR(255),
    detail VARCHAR(1000),
    due_on DATE,
    created_at TIMESTAMP NOT NULL,
    mailed_at TIMESTAMP NULL,
    mailed_to VARCHAR(1000),
    CONSTRAINT pk_enterprise_message PRIMARY KEY (id),
    CONSTRAINT uq_enterprise_message_about UNIQUE (enterprise_id, kind, about),
    CONSTRAINT fk_enterprise_message_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_enterprise_message_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

-- the portal lists one enterprise's newest first; the mail retry reads the few not mailed yet
CREATE INDEX ix_enterprise_message_list ON enterprise_message (enterprise_id, created_at);
CREATE INDEX ix_enterprise_message_unmailed ON enterprise_message (mailed_at, created_at);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('enterprise_message', 0);

ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN messages_seen_at TIMESTAMP NULL;

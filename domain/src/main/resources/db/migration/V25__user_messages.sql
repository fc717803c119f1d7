-- 消息: what changed for a user since they last looked, one row per user and change, kept after it is read.

CREATE TABLE user_message (
    id BIGINT NOT NULL PRIMARY KEY,
    recipient VARCHAR(60) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    project_id BIGINT NOT NULL,
    task_id VARCHAR(64),
    task_name VARCHAR(255),
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP NULL,
    CONSTRAINT fk_user_message_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

-- the list and the unread count read one recipient's rows newest first; "told already?" reads one task's
CREATE INDEX ix_user_message_recipient ON user_message (recipient, created_at);
CREATE INDEX ix_user_message_task ON user_message (task_id, recipient);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('user_message', 0);

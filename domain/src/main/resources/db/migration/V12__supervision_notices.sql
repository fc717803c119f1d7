-- 督办: notices about a project sent to its zone, answered in writing, escalated while unanswered past the deadline.
-- task_id is unique where set: the overdue sweep raises one notice per overdue task.
CREATE TABLE supervision_notice (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    source VARCHAR(20) NOT NULL,
    task_id VARCHAR(64),
    addressee VARCHAR(60),
    requirement VARCHAR(1000) NOT NULL,
    issued_by VARCHAR(60) NOT NULL,
    issued_on DATE NOT NULL,
    deadline DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    answer VARCHAR(1000),
    answered_by VARCHAR(60),
    answered_on DATE,
    escalations INT NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_supervision_notice_task UNIQUE (task_id),
    CONSTRAINT fk_supervision_notice_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_supervision_notice_status ON supervision_notice (status, deadline);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('supervision_notice', 0);

-- 包联领导 as users: a project's leader in charge may be a leader's account (the name written before stays where
-- none is linked); 入企服务: the visits made to a project's enterprise.
ALTER TABLE project ADD COLUMN leader_account_id BIGINT;
ALTER TABLE project ADD CONSTRAINT fk_project_leader_account FOREIGN KEY (leader_account_id) REFERENCES user_account (id);
CREATE INDEX ix_project_leader_account ON project (leader_account_id);

CREATE TABLE enterprise_visit (
    id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    visited_on DATE NOT NULL,
    visitors VARCHAR(200) NOT NULL,
    met VARCHAR(100) NOT NULL,
    asked VARCHAR(2000) NOT NULL,
    follow_up VARCHAR(2000),
    leader_account_id BIGINT,
    recorded_by VARCHAR(60) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_enterprise_visit PRIMARY KEY (id),
    CONSTRAINT fk_enterprise_visit_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_enterprise_visit_leader FOREIGN KEY (leader_account_id) REFERENCES user_account (id)
) ${tableOptions};

CREATE INDEX ix_enterprise_visit_project ON enterprise_visit (project_id, visited_on);
CREATE INDEX ix_enterprise_visit_day ON enterprise_visit (visited_on);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('enterprise_visit', 0);

-- 更正项目信息: who corrected which facts of a project, when and why, each fact as it read before and after.

CREATE TABLE project_correction (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    corrected_by VARCHAR(60) NOT NULL,
    corrected_at TIMESTAMP NOT NULL,
    reason VARCHAR(500) NOT NULL,
    CONSTRAINT fk_project_correction_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_project_correction_project ON project_correction (project_id, corrected_at);

CREATE TABLE project_correction_change (
    correction_id BIGINT NOT NULL,
    change_order INT NOT NULL,
    fact VARCHAR(40) NOT NULL,
    value_before VARCHAR(255),
    value_after VARCHAR(255),
    PRIMARY KEY (correction_id, change_order),
    CONSTRAINT fk_project_correction_change FOREIGN KEY (correction_id) REFERENCES project_correction (id)
) ${tableOptions};

INSERT INTO id_sequence (seq_name, next_val) VALUES ('project_correction', 0);

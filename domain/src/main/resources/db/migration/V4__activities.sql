-- "三个一批" activities and the projects presented in each batch (签约一批 / 开工一批 / 投产一批).

CREATE TABLE activity (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    held_on DATE NOT NULL,
    venue VARCHAR(200),
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_activity_name UNIQUE (name)
) ${tableOptions};

CREATE TABLE activity_entry (
    id BIGINT NOT NULL PRIMARY KEY,
    activity_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    batch VARCHAR(20) NOT NULL,
    CONSTRAINT uk_activity_entry_project UNIQUE (activity_id, project_id),
    CONSTRAINT fk_activity_entry_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_activity_entry_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_activity_entry_project ON activity_entry (project_id);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('activity', 0), ('activity_entry', 0);

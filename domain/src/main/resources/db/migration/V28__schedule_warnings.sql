-- 进度预警 (红黄绿灯): the rules a planned date is judged by (defaults from practice in Chinese cities: a start planned
-- this month and not made is yellow, three months past the planned date red; a production date passed is yellow,
-- three months past it red; no notice by itself), each project's standing yellow or red warning of a kind, and every
-- change of colour with its day.
CREATE TABLE warning_rule (
    kind VARCHAR(20) NOT NULL PRIMARY KEY,
    yellow_from VARCHAR(20) NOT NULL,
    red_after_months INT NOT NULL,
    notice_on_red BOOLEAN NOT NULL,
    version BIGINT NOT NULL
) ${tableOptions};

INSERT INTO warning_rule (kind, yellow_from, red_after_months, notice_on_red, version) VALUES
    ('START', 'PLANNED_MONTH', 3, FALSE, 0),
    ('PRODUCTION', 'PLANNED_DAY', 3, FALSE, 0);

CREATE TABLE project_warning (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    light VARCHAR(10) NOT NULL,
    planned_date DATE NOT NULL,
    months_late INT NOT NULL,
    since DATE NOT NULL,
    CONSTRAINT fk_project_warning_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT uq_project_warning UNIQUE (project_id, kind)
) ${tableOptions};

CREATE INDEX ix_project_warning_light ON project_warning (light, since);

CREATE TABLE warning_change (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    from_light VARCHAR(10) NOT NULL,
    to_light VARCHAR(10) NOT NULL,
    planned_date DATE NOT NULL,
    changed_on DATE NOT NULL,
    CONSTRAINT fk_warning_change_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_warning_change_project ON warning_change (project_id, changed_on);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('project_warning', 0);
INSERT INTO id_sequence (seq_name, next_val) VALUES ('warning_change', 0);

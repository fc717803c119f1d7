-- 问题清单 · 接诉即办: the catalogue of problem categories with their default working days, the problems raised for
-- projects with who solves them by when and at which level (and the 入企服务 visit they were raised on), and every
-- step and note on their way.
CREATE TABLE problem_category (
    code VARCHAR(20) NOT NULL,
    name VARCHAR(40) NOT NULL,
    working_days INT NOT NULL,
    sort_order INT NOT NULL,
    CONSTRAINT pk_problem_category PRIMARY KEY (code)
) ${tableOptions};

INSERT INTO problem_category (code, name, working_days, sort_order) VALUES ('LAND', '土地', 15, 1);
INSERT INTO problem_category (code, name, working_days, sort_order) VALUES ('FUNDS', '资金', 10, 2);
INSERT INTO problem_category (code, name, working_days, sort_order) VALUES ('ASSESSMENT', '能评环评', 15, 3);
INSERT INTO problem_category (code, name, working_days, sort_order) VALUES ('UTILITIES', '水电气暖', 10, 4);
INSERT INTO problem_category (code, name, working_days, sort_order) VALUES ('APPROVAL', '手续审批', 5, 5);
INSERT INTO problem_category (code, name, working_days, sort_order) VALUES ('LABOUR', '用工', 10, 6);
INSERT INTO problem_category (code, name, working_days, sort_order) VALUES ('OTHER', '其他', 10, 7);

CREATE TABLE project_problem (
    id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    zone_id BIGINT NOT NULL,
    category_code VARCHAR(20) NOT NULL,
    description VARCHAR(2000) NOT NULL,
    raised_by VARCHAR(60) NOT NULL,
    raiser_name VARCHAR(100) NOT NULL,
    raiser_role VARCHAR(20) NOT NULL,
    raised_on DATE NOT NULL,
    immediate BOOLEAN NOT NULL,
    responsible VARCHAR(100),
    deadline DATE,
    solving_level VARCHAR(10) NOT NULL,
    status VARCHAR(10) NOT NULL,
    rounds INT NOT NULL,
    solved_on DATE,
    solving_days INT,
    visit_id BIGINT,
    CONSTRAINT pk_project_problem PRIMARY KEY (id),
    CONSTRAINT fk_project_problem_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_problem_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT fk_project_problem_category FOREIGN KEY (category_code) REFERENCES problem_category (code),
    CONSTRAINT fk_project_problem_visit FOREIGN KEY (visit_id) REFERENCES enterprise_visit (id)
) ${tableOptions};

CREATE INDEX ix_project_problem_project ON project_problem (project_id, status);
-- the figures of a zone, city or province read every column they count from this index, not from the rows
CREATE INDEX ix_project_problem_zone ON project_problem (zone_id, raised_on, category_code, status, solved_on, deadline,
    solving_days);
CREATE INDEX ix_project_problem_status ON project_problem (status, deadline);

CREATE TABLE problem_entry (
    id BIGINT NOT NULL,
    problem_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    written_at TIMESTAMP NOT NULL,
    written_by VARCHAR(60) NOT NULL,
    writer_name VARCHAR(100) NOT NULL,
    entry_text VARCHAR(2000),
    CONSTRAINT pk_problem_entry PRIMARY KEY (id),
    CONSTRAINT fk_problem_entry_problem FOREIGN KEY (problem_id) REFERENCES project_problem (id)
) ${tableOptions};

CREATE INDEX ix_problem_entry_problem ON problem_entry (problem_id, written_at);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('project_problem', 0);
INSERT INTO id_sequence (seq_name, next_val) VALUES ('problem_entry', 0);

-- A problem the zone gives to a city department that works in ZoneFlow (部门联动) is answered by that department's
-- own accounts; its files are theirs to read while it is. The case is the problem's process, which the files attached
-- at its steps name; problems raised before this have none and were never any department's.
ALTER TABLE project_problem ADD COLUMN department_id BIGINT;
ALTER TABLE project_problem ADD CONSTRAINT fk_project_problem_department FOREIGN KEY (department_id)
    REFERENCES approval_department (id);
ALTER TABLE project_problem ADD COLUMN case_id VARCHAR(64);
CREATE INDEX ix_project_problem_case ON project_problem (case_id);

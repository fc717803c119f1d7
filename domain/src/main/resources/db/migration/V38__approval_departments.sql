-- 部门联动审批: the issuing departments of a city that answer the zones' procedures in ZoneFlow themselves. A
-- department is the city's office of a kind the procedure catalogue names (自然资源部门 …); while it takes part, a
-- procedure of its kind for a project of the city is answered by the department's own accounts, not recorded by the
-- zone's officer. A department that stops taking part keeps its row: its accounts and past answers point at it.
CREATE TABLE approval_department (
    id BIGINT NOT NULL,
    city_code VARCHAR(6) NOT NULL,
    department_kind VARCHAR(60) NOT NULL,
    name VARCHAR(60) NOT NULL,
    takes_part BOOLEAN NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT pk_approval_department PRIMARY KEY (id),
    CONSTRAINT uk_approval_department_kind UNIQUE (city_code, department_kind),
    CONSTRAINT uk_approval_department_name UNIQUE (name),
    CONSTRAINT fk_approval_department_city FOREIGN KEY (city_code) REFERENCES city (division_code)
) ${tableOptions};

INSERT INTO id_sequence (seq_name, next_val) VALUES ('approval_department', 0);

ALTER TABLE user_account ADD COLUMN department_id BIGINT;
ALTER TABLE user_account ADD CONSTRAINT fk_user_account_department FOREIGN KEY (department_id)
    REFERENCES approval_department (id);

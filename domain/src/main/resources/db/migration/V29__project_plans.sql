-- 项目计划: the planned 达效 date beside 开工 and 投产; every version of a project's plan (planned dates and monthly
-- investment) — the first approved is the baseline, a change altering an approved value waits for the zone
-- manager — and the rules that judge 达效 and the year's investment against its 序时进度 (default: 10 to 30
-- percentage points behind yellow, more than 30 red, no notice by itself).
ALTER TABLE project ADD COLUMN planned_effective_date DATE;

CREATE TABLE plan_version (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    state VARCHAR(20) NOT NULL,
    current_plan BOOLEAN NOT NULL,
    planned_start_date DATE,
    planned_production_date DATE,
    planned_effective_date DATE,
    reason VARCHAR(500),
    proposed_by VARCHAR(60),
    proposed_at TIMESTAMP NOT NULL,
    decided_by VARCHAR(60),
    decided_at TIMESTAMP NULL,
    decision_note VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT fk_plan_version_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT uq_plan_version UNIQUE (project_id, version_no)
) ${tableOptions};

CREATE INDEX ix_plan_version_current ON plan_version (current_plan, project_id);

CREATE TABLE plan_month (
    plan_version_id BIGINT NOT NULL,
    month_start DATE NOT NULL,
    amount DECIMAL(18, 4) NOT NULL,
    CONSTRAINT pk_plan_month PRIMARY KEY (plan_version_id, month_start),
    CONSTRAINT fk_plan_month_version FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ${tableOptions};

INSERT INTO id_sequence (seq_name, next_val) VALUES ('plan_version', 0);

INSERT INTO warning_rule (kind, yellow_from, red_after_months, notice_on_red, version) VALUES
    ('EFFECTIVE', 'PLANNED_DAY', 3, FALSE, 0);

CREATE TABLE investment_warning_rule (
    id INT NOT NULL PRIMARY KEY,
    yellow_points INT NOT NULL,
    red_points INT NOT NULL,
    notice_on_red BOOLEAN NOT NULL,
    version BIGINT NOT NULL
) ${tableOptions};

INSERT INTO investment_warning_rule (id, yellow_points, red_points, notice_on_red, version) VALUES (1, 10, 30, FALSE, 0);

ALTER TABLE project_warning ADD COLUMN scheduled_share DECIMAL(7, 2);
ALTER TABLE project_warning ADD COLUMN completed_share DECIMAL(7, 2);

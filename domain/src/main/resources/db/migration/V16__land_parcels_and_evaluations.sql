-- 标准地: parcels sold with their standards (万元/亩; energy in 吨标准煤/万元) and the regional assessments done;
-- 达效评估: each round of a producing project's evaluation and the manager's decision on it.
CREATE TABLE land_parcel (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    zone_id BIGINT NOT NULL,
    area_mu DECIMAL(12, 2) NOT NULL,
    sold_on DATE,
    investment_intensity DECIMAL(12, 2) NOT NULL,
    output_per_mu DECIMAL(12, 2) NOT NULL,
    tax_per_mu DECIMAL(12, 2) NOT NULL,
    energy_per_output DECIMAL(12, 4),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_land_parcel_code UNIQUE (code),
    CONSTRAINT fk_land_parcel_zone FOREIGN KEY (zone_id) REFERENCES zone (id)
) ${tableOptions};

CREATE TABLE land_parcel_assessment (
    parcel_id BIGINT NOT NULL,
    assessment VARCHAR(30) NOT NULL,
    CONSTRAINT pk_land_parcel_assessment PRIMARY KEY (parcel_id, assessment),
    CONSTRAINT fk_land_parcel_assessment_parcel FOREIGN KEY (parcel_id) REFERENCES land_parcel (id)
) ${tableOptions};

CREATE TABLE output_evaluation (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    evaluated_on DATE NOT NULL,
    evaluated_by VARCHAR(60) NOT NULL,
    actual_output DECIMAL(18, 4) NOT NULL,
    annual_tax DECIMAL(18, 4) NOT NULL,
    energy_use DECIMAL(18, 4),
    decision VARCHAR(20),
    decided_by VARCHAR(60),
    decided_on DATE,
    decision_note VARCHAR(1000),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_output_evaluation_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_output_evaluation_project ON output_evaluation (project_id, evaluated_on);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('land_parcel', 0), ('output_evaluation', 0);

INSERT INTO deadline_rule (task_type, working_days) VALUES ('evaluateOutput', 10);

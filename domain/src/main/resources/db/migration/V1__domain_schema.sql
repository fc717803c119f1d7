-- ZoneFlow's domain schema. Runs unchanged on H2 and MySQL/MariaDB; ${tableOptions} carries MySQL's
-- storage engine and character set (Chinese names need utf8mb4) and is empty on H2.

CREATE TABLE id_sequence (
    seq_name VARCHAR(50) NOT NULL PRIMARY KEY,
    next_val BIGINT NOT NULL
) ${tableOptions};

CREATE TABLE city (
    division_code CHAR(6) NOT NULL PRIMARY KEY,
    name VARCHAR(20) NOT NULL,
    CONSTRAINT uk_city_name UNIQUE (name)
) ${tableOptions};

CREATE TABLE zone (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(60) NOT NULL,
    aliases VARCHAR(200),
    city_code CHAR(6) NOT NULL,
    category VARCHAR(20) NOT NULL,
    zone_level VARCHAR(20) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_zone_name UNIQUE (name),
    CONSTRAINT fk_zone_city FOREIGN KEY (city_code) REFERENCES city (division_code)
) ${tableOptions};

CREATE TABLE industry (
    code VARCHAR(30) NOT NULL PRIMARY KEY,
    name VARCHAR(30) NOT NULL,
    CONSTRAINT uk_industry_name UNIQUE (name)
) ${tableOptions};

CREATE TABLE enterprise (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    credit_code CHAR(18) NOT NULL,
    contact_person VARCHAR(40),
    contact_phone VARCHAR(30),
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_enterprise_credit_code UNIQUE (credit_code)
) ${tableOptions};

CREATE TABLE project (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(24) NOT NULL,
    name VARCHAR(200) NOT NULL,
    enterprise_id BIGINT NOT NULL,
    zone_id BIGINT NOT NULL,
    industry_code VARCHAR(30) NOT NULL,
    strategic_emerging BOOLEAN NOT NULL,
    industrial BOOLEAN NOT NULL,
    total_investment DECIMAL(18, 4) NOT NULL,
    expected_annual_output DECIMAL(18, 4) NOT NULL,
    planned_start_date DATE,
    planned_production_date DATE,
    stage VARCHAR(20) NOT NULL,
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_project_code UNIQUE (code),
    CONSTRAINT fk_project_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_project_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT fk_project_industry FOREIGN KEY (industry_code) REFERENCES industry (code)
) ${tableOptions};

CREATE INDEX ix_project_zone_stage ON project (zone_id, stage);

CREATE TABLE stage_move (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    stage VARCHAR(20) NOT NULL,
    moved_on DATE NOT NULL,
    approved_by VARCHAR(60),
    evidence VARCHAR(1000),
    comment_text VARCHAR(1000),
    CONSTRAINT fk_stage_move_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_stage_move_stage_date ON stage_move (stage, moved_on);

CREATE TABLE user_account (
    id BIGINT NOT NULL PRIMARY KEY,
    username VARCHAR(60) NOT NULL,
    display_name VARCHAR(60) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    role VARCHAR(20) NOT NULL,
    zone_id BIGINT,
    city_code CHAR(6),
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT fk_user_account_city FOREIGN KEY (city_code) REFERENCES city (division_code)
) ${tableOptions};

-- Facts about the installation itself, e.g. that demo data was loaded, so it is never loaded twice.
CREATE TABLE installation_event (
    name VARCHAR(60) NOT NULL PRIMARY KEY,
    happened_at TIMESTAMP NOT NULL
) ${tableOptions};

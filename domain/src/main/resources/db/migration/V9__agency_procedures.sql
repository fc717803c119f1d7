-- 全代办: the procedure catalogue (手续目录), each project's agency agreement (代办协议, one per project) and the
-- procedures it needs, with where each stands. Statutory limits are in working days.

CREATE TABLE procedure_catalogue (
    code VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(60) NOT NULL,
    department VARCHAR(60) NOT NULL,
    statutory_days INT NOT NULL,
    required_before VARCHAR(20) NOT NULL,
    commitment_eligible BOOLEAN NOT NULL,
    regional_assessment BOOLEAN NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_procedure_catalogue_name UNIQUE (name)
) ${tableOptions};

CREATE TABLE agency_agreement (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    agreement_number VARCHAR(40) NOT NULL,
    signed_on DATE NOT NULL,
    specialist VARCHAR(60) NOT NULL,
    recorded_by VARCHAR(60) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_agency_agreement_project UNIQUE (project_id),
    CONSTRAINT uk_agency_agreement_number UNIQUE (agreement_number),
    CONSTRAINT fk_agency_agreement_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE TABLE project_procedure (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    procedure_code VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    committed BOOLEAN NOT NULL,
    handler VARCHAR(60),
    submitted_on DATE,
    due_date DATE,
    completed_on DATE,
    approval_number VARCHAR(60),
    corrections INT NOT NULL DEFAULT 0,
    correction_reason VARCHAR(1000),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_project_procedure UNIQUE (project_id, procedure_code),
    CONSTRAINT fk_project_procedure_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_procedure_catalogue FOREIGN KEY (procedure_code) REFERENCES procedure_catalogue (code)
) ${tableOptions};

CREATE INDEX ix_project_procedure_status ON project_procedure (status);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('agency_agreement', 0), ('project_procedure', 0);

-- The procedures the bulletins name before 开工 and 投产. regional_assessment marks the six that the seven regional
-- assessments of 标准地 make unnecessary (the regional environmental assessment shortens 环评, it does not waive it).
INSERT INTO procedure_catalogue (code, name, department, statutory_days, required_before, commitment_eligible,
                                 regional_assessment) VALUES
    ('PROJECT_FILING', '企业投资项目备案', '发展和改革部门', 3, 'STARTED', FALSE, FALSE),
    ('LAND_USE', '建设用地审批', '自然资源部门', 20, 'STARTED', FALSE, FALSE),
    ('PLANNING_PERMIT', '建设工程规划许可', '自然资源部门', 10, 'STARTED', TRUE, FALSE),
    ('ENVIRONMENTAL_ASSESSMENT', '环境影响评价审批', '生态环境部门', 30, 'STARTED', TRUE, FALSE),
    ('ENERGY_REVIEW', '节能审查', '发展和改革部门', 20, 'STARTED', TRUE, FALSE),
    ('SOIL_WATER', '水土保持方案审批', '水利部门', 20, 'STARTED', TRUE, TRUE),
    ('GEOLOGICAL_HAZARD', '地质灾害危险性评估', '自然资源部门', 10, 'STARTED', TRUE, TRUE),
    ('MINERAL_OVERLAY', '压覆重要矿产资源审批', '自然资源部门', 20, 'STARTED', FALSE, TRUE),
    ('FLOOD_IMPACT', '洪水影响评价审批', '水利部门', 20, 'STARTED', TRUE, TRUE),
    ('SEISMIC_SAFETY', '地震安全性评价', '地震工作主管部门', 15, 'STARTED', TRUE, TRUE),
    ('CULTURAL_RELICS', '文物保护考古调查', '文物部门', 20, 'STARTED', TRUE, TRUE),
    ('CONSTRUCTION_PERMIT', '建筑工程施工许可', '住房和城乡建设部门', 7, 'STARTED', TRUE, FALSE),
    ('FIRE_ACCEPTANCE', '消防验收', '住房和城乡建设部门', 15, 'PRODUCING', FALSE, FALSE),
    ('COMPLETION_ACCEPTANCE', '竣工验收备案', '住房和城乡建设部门', 5, 'PRODUCING', FALSE, FALSE),
    ('DISCHARGE_PERMIT', '排污许可', '生态环境部门', 20, 'PRODUCING', TRUE, FALSE);

INSERT INTO deadline_rule (task_type, working_days) VALUES
    ('signAgencyAgreement', 3),
    ('collectMaterials', 5),
    ('submitToDepartment', 3);

-- 企业申报材料: the files an enterprise submits on the portal for a procedure of its project, each accepted by the
-- zone's officers or returned with the reason; the file itself is a document of the procedure like any other.
CREATE TABLE enterprise_material (
    id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    procedure_code VARCHAR(40) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    submitted_by VARCHAR(60) NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    state VARCHAR(10) NOT NULL,
    reason VARCHAR(1000),
    decided_by VARCHAR(60),
    decided_at TIMESTAMP NULL,
    version BIGINT NOT NULL,
    CONSTRAINT pk_enterprise_material PRIMARY KEY (id),
    CONSTRAINT uq_enterprise_material_document UNIQUE (document_id),
    CONSTRAINT fk_enterprise_material_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_enterprise_material_document FOREIGN KEY (document_id) REFERENCES document (id)
) ${tableOptions};

CREATE INDEX ix_enterprise_material_project ON enterprise_material (project_id, submitted_at);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('enterprise_material', 0);

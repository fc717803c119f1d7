-- 承诺制全流程网上办理: each party's signature of its half of the dual commitment, with the exact text signed and its
-- SHA-256; the printed PDF is a document of the project like any other.
CREATE TABLE commitment_signature (
    id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    party VARCHAR(10) NOT NULL,
    promised_on DATE NOT NULL,
    signed_text VARCHAR(6000) NOT NULL,
    text_sha256 CHAR(64) NOT NULL,
    signed_by VARCHAR(60) NOT NULL,
    signed_at TIMESTAMP NOT NULL,
    document_id BIGINT NOT NULL,
    CONSTRAINT pk_commitment_signature PRIMARY KEY (id),
    CONSTRAINT uq_commitment_signature_party UNIQUE (project_id, party),
    CONSTRAINT fk_commitment_signature_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_commitment_signature_document FOREIGN KEY (document_id) REFERENCES document (id)
) ${tableOptions};

INSERT INTO id_sequence (seq_name, next_val) VALUES ('commitment_signature', 0);

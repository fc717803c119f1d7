-- Documents attached to projects (and to one of their procedures): PDF, JPG or PNG up to 20 MB, kept as uploaded
-- with their SHA-256. ${blobType} is LONGBLOB on MySQL, whose BLOB stops at 64 KB.
CREATE TABLE document (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    procedure_code VARCHAR(40),
    file_name VARCHAR(200) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    uploaded_by VARCHAR(60) NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    content ${blobType} NOT NULL,
    CONSTRAINT fk_document_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_document_project ON document (project_id, uploaded_at);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('document', 0);

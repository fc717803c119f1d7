-- Documents as a step's evidence (a stage-move request, an agency agreement, a commitment, a 达效 evaluation, a
-- notice's answer, a procedure's materials): the task they were attached at, its kind, the case it belongs to (every
-- later step of the case sees them) and the stage the project was at. Earlier documents belong to no step.
-- Office files (Word, Excel) are kept too, so the kind needs no more than its four letters.
ALTER TABLE document ADD task_id VARCHAR(64);
ALTER TABLE document ADD step VARCHAR(40);
ALTER TABLE document ADD case_id VARCHAR(64);
ALTER TABLE document ADD stage VARCHAR(20);

CREATE INDEX ix_document_case ON document (case_id, stage, uploaded_at);

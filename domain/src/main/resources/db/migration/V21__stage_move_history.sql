-- Business history as data: a stage move says in columns whether it came with an imported list and which city
-- supervisor approved it after the zone (both were words in comment_text: '导入', '市级审批：<user>'), and every
-- request round (evidence, who asked, who decided, the reason it was returned) gets its own row.

ALTER TABLE stage_move ADD imported BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE stage_move ADD city_approved_by VARCHAR(60);

UPDATE stage_move SET imported = TRUE WHERE comment_text = '导入';
-- '市级审批：' is five characters; the user name follows it
UPDATE stage_move SET city_approved_by = SUBSTRING(comment_text, 6) WHERE comment_text LIKE '市级审批：%';

ALTER TABLE stage_move DROP COLUMN comment_text;

CREATE TABLE stage_move_request (
    id BIGINT NOT NULL PRIMARY KEY,
    project_id BIGINT NOT NULL,
    requested_stage VARCHAR(20) NOT NULL,
    requested_by VARCHAR(60),
    requested_at TIMESTAMP NULL,
    evidence VARCHAR(1000),
    status VARCHAR(20) NOT NULL,
    zone_decided_by VARCHAR(60),
    zone_decided_at TIMESTAMP NULL,
    city_decided_by VARCHAR(60),
    city_decided_at TIMESTAMP NULL,
    approval_comment VARCHAR(1000),
    return_reason VARCHAR(1000),
    CONSTRAINT fk_stage_move_request_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_stage_move_request_project ON stage_move_request (project_id, status);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('stage_move_request', 0);

-- 政务服务"好差评": the enterprise's ratings of closed procedures and of the agency service, with the national
-- indicators; a 差评 goes to the zone as a problem of the category 服务整改, to be verified, rectified and answered
-- within 15 working days (the system administrator may change the days like any category's).
CREATE TABLE service_rating (
    id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    zone_id BIGINT NOT NULL,
    procedure_id BIGINT,
    overall VARCHAR(20) NOT NULL,
    efficiency VARCHAR(20) NOT NULL,
    guide_accuracy VARCHAR(20) NOT NULL,
    convenience VARCHAR(20) NOT NULL,
    platform VARCHAR(20) NOT NULL,
    comment_text VARCHAR(500),
    rated_by VARCHAR(60) NOT NULL,
    rated_at TIMESTAMP NOT NULL,
    rated_on DATE NOT NULL,
    problem_id BIGINT,
    CONSTRAINT pk_service_rating PRIMARY KEY (id),
    CONSTRAINT fk_service_rating_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_service_rating_zone FOREIGN KEY (zone_id) REFERENCES zone (id),
    CONSTRAINT fk_service_rating_procedure FOREIGN KEY (procedure_id) REFERENCES project_procedure (id),
    CONSTRAINT fk_service_rating_problem FOREIGN KEY (problem_id) REFERENCES project_problem (id)
) ${tableOptions};

CREATE INDEX ix_service_rating_project ON service_rating (project_id, rated_at);
CREATE INDEX ix_service_rating_zone ON service_rating (zone_id, rated_on, overall);

INSERT INTO id_sequence (seq_name, next_val) VALUES ('service_rating', 0);

INSERT INTO problem_category (code, name, working_days, sort_order) VALUES ('RECTIFICATION', '服务整改', 15, 8);

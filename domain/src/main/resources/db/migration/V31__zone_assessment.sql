-- 分类考核: the weight of each indicator in a zone's 100 points (the province supervisor's; defaults: target completion
-- 30, the three follow-up rates 10 each, 办结率 15, 承诺制 coverage 10, "三未" 10, red projects 5), and each closed
-- period's results as first computed: every zone's score, rank in its category and the parts of the score.
CREATE TABLE assessment_weight (
    indicator VARCHAR(40) NOT NULL PRIMARY KEY,
    weight INT NOT NULL,
    version BIGINT NOT NULL
) ${tableOptions};

INSERT INTO assessment_weight (indicator, weight, version) VALUES
    ('TARGET_COMPLETION', 30, 0),
    ('SIGNED_TO_STARTED', 10, 0),
    ('STARTED_TO_PRODUCING', 10, 0),
    ('PRODUCING_TO_EFFECTIVE', 10, 0),
    ('CLOSURE_RATE', 15, 0),
    ('COMMITMENT_COVERAGE', 10, 0),
    ('STALLED', 10, 0),
    ('RED_WARNINGS', 5, 0);

CREATE TABLE assessment_result (
    id BIGINT NOT NULL PRIMARY KEY,
    period VARCHAR(7) NOT NULL,
    zone_id BIGINT NOT NULL,
    zone_name VARCHAR(100) NOT NULL,
    city_name VARCHAR(60) NOT NULL,
    category VARCHAR(20) NOT NULL,
    score DECIMAL(7, 2) NOT NULL,
    rank_in_category INT NOT NULL,
    computed_at TIMESTAMP NOT NULL,
    CONSTRAINT uq_assessment_result UNIQUE (period, zone_id)
) ${tableOptions};

CREATE TABLE assessment_part (
    result_id BIGINT NOT NULL,
    part_order INT NOT NULL,
    indicator VARCHAR(40) NOT NULL,
    figure DECIMAL(18, 4),
    points DECIMAL(7, 2) NOT NULL,
    weight INT NOT NULL,
    score DECIMAL(7, 2) NOT NULL,
    CONSTRAINT pk_assessment_part PRIMARY KEY (result_id, part_order),
    CONSTRAINT fk_assessment_part_result FOREIGN KEY (result_id) REFERENCES assessment_result (id)
) ${tableOptions};

INSERT INTO id_sequence (seq_name, next_val) VALUES ('assessment_result', 0);

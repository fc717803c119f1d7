-- 年度目标责任书: each year's targets the supervisors set for zones and cities (a count, 万元 or a rate in per cent per
-- indicator), and the rule that turns progress yellow and red (default: behind 序时进度 or a rate's target yellow;
-- more than 10 points behind, or below last year on the same day, red).
CREATE TABLE annual_target (
    id BIGINT NOT NULL PRIMARY KEY,
    target_year INT NOT NULL,
    place VARCHAR(30) NOT NULL,
    indicator VARCHAR(40) NOT NULL,
    target_value DECIMAL(18, 4) NOT NULL,
    set_by VARCHAR(60) NOT NULL,
    set_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_annual_target UNIQUE (target_year, place, indicator)
) ${tableOptions};

INSERT INTO id_sequence (seq_name, next_val) VALUES ('annual_target', 0);

CREATE TABLE target_rule (
    id INT NOT NULL PRIMARY KEY,
    red_margin_points INT NOT NULL,
    red_below_last_year BOOLEAN NOT NULL,
    version BIGINT NOT NULL
) ${tableOptions};

INSERT INTO target_rule (id, red_margin_points, red_below_last_year, version) VALUES (1, 10, TRUE, 0);

-- "三未": how many months a project may stay at a stage before supervisors list it. 落而未投 uses its months only
-- for projects without a planned production date; the others are judged by that date.
CREATE TABLE stall_rule (
    kind VARCHAR(30) NOT NULL PRIMARY KEY,
    months INT NOT NULL
) ${tableOptions};

INSERT INTO stall_rule (kind, months) VALUES
    ('SIGNED_NOT_STARTED', 6),
    ('STARTED_NOT_PRODUCING', 18),
    ('PRODUCING_NOT_EFFECTIVE', 12);

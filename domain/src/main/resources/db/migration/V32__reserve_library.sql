-- 储备库: the day a project entered the reserve here (for 储备转化率), the criteria its zone confirmed (入库标准) and
-- every move between tiers.
ALTER TABLE project ADD COLUMN reserve_entered_on DATE;

CREATE TABLE reserve_criterion_met (
    project_id BIGINT NOT NULL,
    criterion VARCHAR(30) NOT NULL,
    confirmed_on DATE NOT NULL,
    confirmed_by VARCHAR(60) NOT NULL,
    CONSTRAINT pk_reserve_criterion_met PRIMARY KEY (project_id, criterion),
    CONSTRAINT fk_reserve_criterion_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE TABLE reserve_tier_move (
    project_id BIGINT NOT NULL,
    move_order INT NOT NULL,
    from_tier VARCHAR(20),
    to_tier VARCHAR(20),
    moved_on DATE NOT NULL,
    moved_by VARCHAR(60) NOT NULL,
    CONSTRAINT pk_reserve_tier_move PRIMARY KEY (project_id, move_order),
    CONSTRAINT fk_reserve_tier_move_project FOREIGN KEY (project_id) REFERENCES project (id)
) ${tableOptions};

CREATE INDEX ix_project_reserve_entered ON project (reserve_entered_on);

-- projects in reserve before the day was kept entered it, as far as ZoneFlow knows, today
UPDATE project SET reserve_entered_on = CURRENT_DATE WHERE stage = 'RESERVE';

-- projects signed through a request to leave the reserve were in it until they signed
UPDATE project SET reserve_entered_on =
    (SELECT MIN(m.moved_on) FROM stage_move m WHERE m.project_id = project.id AND m.stage = 'SIGNED')
WHERE stage <> 'RESERVE'
  AND EXISTS (SELECT 1 FROM stage_move_request r WHERE r.project_id = project.id AND r.requested_stage = 'SIGNED');

-- a tier given before criteria were kept was given by a manager who judged them met: record what the tier asks
INSERT INTO reserve_criterion_met (project_id, criterion, confirmed_on, confirmed_by)
SELECT id, 'INVESTOR_IDENTIFIED', CURRENT_DATE, 'V32' FROM project WHERE stage = 'RESERVE' AND reserve_tier IS NOT NULL;
INSERT INTO reserve_criterion_met (project_id, criterion, confirmed_on, confirmed_by)
SELECT id, 'INTENTION_SIGNED', CURRENT_DATE, 'V32' FROM project WHERE stage = 'RESERVE' AND reserve_tier IN ('KEY', 'MATURE');
INSERT INTO reserve_criterion_met (project_id, criterion, confirmed_on, confirmed_by)
SELECT id, 'LAND_CONFIRMED', CURRENT_DATE, 'V32' FROM project WHERE stage = 'RESERVE' AND reserve_tier = 'MATURE';
INSERT INTO reserve_criterion_met (project_id, criterion, confirmed_on, confirmed_by)
SELECT id, 'FUNDS_CONFIRMED', CURRENT_DATE, 'V32' FROM project WHERE stage = 'RESERVE' AND reserve_tier = 'MATURE';
INSERT INTO reserve_tier_move (project_id, move_order, from_tier, to_tier, moved_on, moved_by)
SELECT id, 0, NULL, reserve_tier, CURRENT_DATE, 'V32' FROM project WHERE stage = 'RESERVE' AND reserve_tier IS NOT NULL;

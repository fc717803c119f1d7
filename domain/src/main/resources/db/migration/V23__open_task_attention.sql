-- Tasks that must not hide in the inbox — a stage move the manager or the city returned, a 督办 notice to answer or
-- follow up — are listed first whatever the order. 0 marks them, 1 is every other task, so that ascending order,
-- the inbox's default, reads them first straight off the index.
ALTER TABLE open_task ADD attention SMALLINT NOT NULL DEFAULT 1;

UPDATE open_task SET attention = 0 WHERE task_type IN ('answerNotice', 'followUpNotice');

-- a request is returned when a round asking for the project's next stage came back; rounds before the upgrade
-- were carried over from the engine's comments by V22
UPDATE open_task SET attention = 0
WHERE task_type = 'requestStageMove'
  AND EXISTS (SELECT 1 FROM stage_move_request r JOIN project p ON p.id = r.project_id
              WHERE r.project_id = open_task.project_id AND r.status = 'RETURNED'
                AND r.requested_stage = CASE p.stage WHEN 'RESERVE' THEN 'SIGNED' WHEN 'SIGNED' THEN 'STARTED'
                                                     WHEN 'STARTED' THEN 'PRODUCING' END);

DROP INDEX ix_open_task_assignee ON open_task;
DROP INDEX ix_open_task_group ON open_task;
CREATE INDEX ix_open_task_assignee ON open_task (assignee, attention, due_on, created_at);
CREATE INDEX ix_open_task_group ON open_task (candidate_group, assignee, attention, due_on, created_at);

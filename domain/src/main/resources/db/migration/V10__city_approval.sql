-- The city's approval of the largest projects' stage moves, after the zone's, has its own working-day limit.
INSERT INTO deadline_rule (task_type, working_days) VALUES ('approveStageMoveAtCity', 5);

-- The officers' monthly report of completed investment for projects under construction: five working days.
INSERT INTO deadline_rule (task_type, working_days) VALUES ('recordMonthlyProgress', 5);

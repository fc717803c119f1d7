-- Who follows a project (包联领导) and, while it is in reserve, its tier there (基本库 / 重点库 / 成熟库).
ALTER TABLE project ADD COLUMN reserve_tier VARCHAR(20);
ALTER TABLE project ADD COLUMN leader_in_charge VARCHAR(60);

-- 回访: an entry of a 服务整改 problem records the day the zone went back to the enterprise that gave the 差评, the
-- way and the person it spoke to; the entry's text holds what the enterprise said. 回访率 counts the 差评 whose
-- problem has one.
ALTER TABLE problem_entry ADD COLUMN visited_on DATE;
ALTER TABLE problem_entry ADD COLUMN visit_way VARCHAR(10);
ALTER TABLE problem_entry ADD COLUMN visited_person VARCHAR(100);

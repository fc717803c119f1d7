-- 承接赋权: a zone that took a power over from its city (阳泉高新区 holds 2593 of them) has its own office of the kind,
-- which decides the zone's procedures of that kind instead of the city's office. A department therefore sits in a city
-- or in one of its zones; place_key (the city's code or "zone-" and the zone's id) keeps one department per kind and
-- place, which a unique key over the nullable zone_id could not. The city's foreign key gets an index of its own first,
-- since MariaDB lends it the old unique key's.
ALTER TABLE approval_department ADD COLUMN zone_id BIGINT;
ALTER TABLE approval_department ADD COLUMN place_key VARCHAR(20) DEFAULT '' NOT NULL;
UPDATE approval_department SET place_key = city_code;
ALTER TABLE approval_department ADD CONSTRAINT fk_approval_department_zone FOREIGN KEY (zone_id) REFERENCES zone (id);
CREATE INDEX ix_approval_department_city ON approval_department (city_code);
ALTER TABLE approval_department ADD CONSTRAINT uk_approval_department_place UNIQUE (place_key, department_kind);
ALTER TABLE approval_department DROP CONSTRAINT uk_approval_department_kind;

-- Reference data every installation has, demo or not: Shanxi's 11 cities with their administrative
-- division codes, the development zones the bulletins name, and the industry catalogue.

INSERT INTO city (division_code, name) VALUES
    ('140100', '太原'), ('140200', '大同'), ('140300', '阳泉'), ('140400', '长治'),
    ('140500', '晋城'), ('140600', '朔州'), ('140700', '晋中'), ('140800', '运城'),
    ('140900', '忻州'), ('141000', '临汾'), ('141100', '吕梁');

INSERT INTO zone (id, name, aliases, city_code, category, zone_level) VALUES
    (1, '清徐开发区', '清徐经济开发区,清徐经开区', '140100', 'INDUSTRIAL', 'PROVINCIAL'),
    (2, '西山示范区', '西山生态文化旅游示范区', '140100', 'INDUSTRIAL', 'PROVINCIAL'),
    (3, '中北高新区', '中北高新技术产业开发区', '140100', 'INDUSTRIAL', 'PROVINCIAL'),
    (4, '大同经济技术开发区', '大同经开区', '140200', 'INDUSTRIAL', 'NATIONAL'),
    (5, '云冈经济技术开发区', '云冈经开区', '140200', 'INDUSTRIAL', 'PROVINCIAL'),
    (6, '广灵经济开发区', '广灵经开区', '140200', 'INDUSTRIAL', 'PROVINCIAL'),
    (7, '左云经济开发区', '左云经开区', '140200', 'INDUSTRIAL', 'PROVINCIAL'),
    (8, '新荣经济技术开发区', '新荣经开区', '140200', 'INDUSTRIAL', 'PROVINCIAL'),
    (9, '云州现代农业产业示范区', '云州示范区', '140200', 'AGRICULTURAL', 'PROVINCIAL'),
    (10, '平城现代农业产业示范区', '平城示范区', '140200', 'AGRICULTURAL', 'PROVINCIAL'),
    (11, '阳泉高新区', '阳泉高新技术开发区,阳泉高新技术产业开发区', '140300', 'INDUSTRIAL', 'PROVINCIAL'),
    (12, '平定经济开发区', '平定经开区', '140300', 'INDUSTRIAL', 'PROVINCIAL'),
    (13, '盂县经济开发区', '盂县经开区', '140300', 'INDUSTRIAL', 'PROVINCIAL'),
    (14, '长治高新区', '长治高新技术产业开发区', '140400', 'INDUSTRIAL', 'NATIONAL'),
    (15, '晋城经济技术开发区', '晋城经开区', '140500', 'INDUSTRIAL', 'NATIONAL'),
    (16, '朔州经济开发区', '朔州经开区', '140600', 'INDUSTRIAL', 'PROVINCIAL'),
    (17, '怀仁经济开发区', '怀仁经开区', '140600', 'INDUSTRIAL', 'PROVINCIAL'),
    (18, '平鲁经济开发区', '平鲁经开区', '140600', 'INDUSTRIAL', 'PROVINCIAL'),
    (19, '山阴经济开发区', '山阴经开区', '140600', 'INDUSTRIAL', 'PROVINCIAL'),
    (20, '应县经济开发区', '应县经开区', '140600', 'INDUSTRIAL', 'PROVINCIAL'),
    (21, '右玉示范区', '右玉现代农业产业示范区', '140600', 'AGRICULTURAL', 'PROVINCIAL'),
    (22, '晋中开发区', '晋中经济开发区', '140700', 'INDUSTRIAL', 'PROVINCIAL'),
    (23, '介休经济开发区', '介休经开区', '140700', 'INDUSTRIAL', 'PROVINCIAL'),
    (24, '灵石经济开发区', '灵石经开区', '140700', 'INDUSTRIAL', 'PROVINCIAL'),
    (25, '寿阳经济开发区', '寿阳经开区', '140700', 'INDUSTRIAL', 'PROVINCIAL'),
    (26, '平遥经济开发区', '平遥经开区', '140700', 'INDUSTRIAL', 'PROVINCIAL'),
    (27, '祁县经济开发区', '祁县经开区', '140700', 'INDUSTRIAL', 'PROVINCIAL'),
    (28, '太谷经济开发区', '太谷经开区', '140700', 'INDUSTRIAL', 'PROVINCIAL'),
    (29, '榆社经济开发区', '榆社经开区', '140700', 'INDUSTRIAL', 'PROVINCIAL'),
    (30, '运城经济技术开发区', '运城经开区', '140800', 'INDUSTRIAL', 'NATIONAL'),
    (31, '忻州经济开发区', '忻州经开区,忻州开发区', '140900', 'INDUSTRIAL', 'PROVINCIAL'),
    (32, '原平经济开发区', '原平经开区', '140900', 'INDUSTRIAL', 'PROVINCIAL'),
    (33, '定襄经济开发区', '定襄经开区', '140900', 'INDUSTRIAL', 'PROVINCIAL'),
    (34, '岢岚经济开发区', '岢岚经开区', '140900', 'INDUSTRIAL', 'PROVINCIAL'),
    (35, '临汾经济开发区', '临汾经开区', '141000', 'INDUSTRIAL', 'PROVINCIAL'),
    (36, '吕梁经济开发区', '吕梁经开区', '141100', 'INDUSTRIAL', 'PROVINCIAL'),
    (37, '兴县经济开发区', '兴县经开区', '141100', 'INDUSTRIAL', 'PROVINCIAL'),
    (38, '孝义经济开发区', '孝义经开区', '141100', 'INDUSTRIAL', 'PROVINCIAL'),
    (39, '汾阳杏花村开发区', '汾阳杏花村经济开发区,汾阳杏花村', '141100', 'INDUSTRIAL', 'PROVINCIAL'),
    (40, '方山示范区', '方山现代农业产业示范区', '141100', 'AGRICULTURAL', 'PROVINCIAL');

INSERT INTO industry (code, name) VALUES
    ('NEW_ENERGY', '新能源'),
    ('NEW_MATERIALS', '新材料'),
    ('HIGH_END_EQUIPMENT', '高端装备制造'),
    ('MEDICINE_HEALTH', '现代医药及大健康'),
    ('ENERGY_SAVING', '节能环保'),
    ('MODERN_SERVICES', '现代服务业'),
    ('COAL_CHEMICAL', '现代煤化工'),
    ('DIGITAL_ECONOMY', '数字经济'),
    ('LIGHT_INDUSTRY', '特色轻工'),
    ('MODERN_AGRICULTURE', '现代农业'),
    ('INFRASTRUCTURE', '基础设施'),
    ('CULTURE_TOURISM', '文旅');

INSERT INTO id_sequence (seq_name, next_val) VALUES
    ('zone', 1000), ('enterprise', 0), ('project', 0), ('stage_move', 0), ('user_account', 0);

-- UN M49 regions and sub-regions used by the entities (codes as text, leading zeros kept).
-- Names: UN Chinese/English M49 names; zh-Hant is the mainland-style traditional form.
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('001', NULL, '世界', '世界', 'World');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('002', '001', '非洲', '非洲', 'Africa');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('015', '002', '北非', '北非', 'Northern Africa');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('019', '001', '美洲', '美洲', 'Americas');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('021', '019', '北美洲', '北美洲', 'Northern America');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('142', '001', '亚洲', '亞洲', 'Asia');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('143', '142', '中亚', '中亞', 'Central Asia');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('030', '142', '东亚', '東亞', 'Eastern Asia');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('035', '142', '东南亚', '東南亞', 'South-eastern Asia');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('034', '142', '南亚', '南亞', 'Southern Asia');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('145', '142', '西亚', '西亞', 'Western Asia');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('150', '001', '欧洲', '歐洲', 'Europe');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('151', '150', '东欧', '東歐', 'Eastern Europe');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('009', '001', '大洋洲', '大洋洲', 'Oceania');
INSERT INTO regions (code, parent, name_hans, name_hant, name_en) VALUES ('053', '009', '澳大利亚和新西兰', '澳大利亞和新西蘭', 'Australia and New Zealand');

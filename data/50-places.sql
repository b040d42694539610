-- Places of meetings and of the Secretariat. name_* = the current name.
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('almaty', 'KZ', '阿拉木图', '阿拉木圖', 'Almaty');
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('astana', 'KZ', '阿斯塔纳', '阿斯塔納', 'Astana');
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('istanbul', 'TR', '伊斯坦布尔', '伊斯坦布爾', 'Istanbul');
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('shanghai', 'CN', '上海', '上海', 'Shanghai');
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('beijing', 'CN', '北京', '北京', 'Beijing');
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('dushanbe', 'TJ', '杜尚别', '杜尚別', 'Dushanbe');
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('baku', 'AZ', '巴库', '巴庫', 'Baku');
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('new-york', 'US', '纽约', '紐約', 'New York');
-- Meetings held by video conference.
INSERT INTO places (id, country, name_hans, name_hant, name_en) VALUES ('online', NULL, '线上（视频会议）', '線上（視頻會議）', 'Online (video conference)');

-- Astana bore the name Nur-Sultan from 2019-03-23 to 2022-09-17. seed000 (written in 2019) calls it
-- 努爾蘇丹 (阿斯塔納(今努爾蘇丹)), C6 reports the 2021 ministerial meeting in Nur-Sultan. The exact days of the
-- renaming are public record (Kazakh presidential decrees) but no source in this dataset states them.
INSERT INTO place_names (place, valid_from, valid_to, name_hans, name_hant, name_en, sources) VALUES ('astana', '2019-03-23', '2022-09-17', '努尔苏丹', '努爾蘇丹', 'Nur-Sultan', '["seed000","C6"]');

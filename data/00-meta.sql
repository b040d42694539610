-- Dataset metadata. as_of = the date of the latest fact in the dataset (informal ministerial, New York, 2025-09-25).
-- Dataset 2.0.0 (audit of 2026-12-05, data/audit/): the stored public corpora hold nothing about CICA after
-- 2025-09-25, so as_of stays there; the 7th summit (planned for 2026-10) is shown as past its date with no report.
INSERT INTO meta (key, value) VALUES ('dataset_version', '2.0.0');
INSERT INTO meta (key, value) VALUES ('as_of', '2025-09-25');
INSERT INTO meta (key, value) VALUES ('schema_version', '1');
-- The organisation's own names (seed000 gives the Chinese, English and Russian names and abbreviations;
-- seed004 the simplified Chinese name and the short forms 亚信会议 / 亚信).
INSERT INTO meta (key, value) VALUES ('name_hans', '亚洲相互协作与信任措施会议');
INSERT INTO meta (key, value) VALUES ('name_hant', '亞洲相互協作與信任措施會議');
INSERT INTO meta (key, value) VALUES ('name_en', 'Conference on Interaction and Confidence Building Measures in Asia');
INSERT INTO meta (key, value) VALUES ('name_ru', 'Совещание по взаимодействию и мерам доверия в Азии');
INSERT INTO meta (key, value) VALUES ('short_hans', '亚信会议');
INSERT INTO meta (key, value) VALUES ('short_hant', '亞信會議');
INSERT INTO meta (key, value) VALUES ('abbr_en', 'CICA');
INSERT INTO meta (key, value) VALUES ('abbr_ru', 'СВМДА');

-- Dataset metadata. as_of = the date of the latest fact in the dataset (informal ministerial, New York, 2025-09-25).
INSERT INTO meta (key, value) VALUES ('dataset_version', '1.0.0');
INSERT INTO meta (key, value) VALUES ('as_of', '2025-09-25');
INSERT INTO meta (key, value) VALUES ('schema_version', '1');

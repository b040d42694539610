-- bench/peers.sql: the one answer and the typical report every peer of bench/run computes, so that
-- each runs the same SQL. ANSWER: how many members CICA has today (cica: #cica.members). REPORT:
-- the members in accession order with their names and joining dates (cica: `cica report members`).
-- ANSWER
SELECT count(*) FROM statuses WHERE status = 'member' AND end IS NULL;
-- REPORT
SELECT e.id, e.name_hans, e.name_en, s.start, e.founding, s.ord FROM statuses s JOIN entities e ON e.id = s.entity WHERE s.status = 'member' AND s.end IS NULL ORDER BY s.ord, s.start, e.id;

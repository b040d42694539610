-- Validation queries for the cica dataset.
--
-- Convention: every query below is a SELECT returning one TEXT column named `problem`. Any returned row
-- fails the build with that text. Run after loading schema.sql and data/[0-9]*.sql:
--     sqlite3 db < data/checks.sql        (prints nothing when the data is sound)
--
-- Dates are 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. For counting "who held a status on day D", a date of
-- reduced precision is taken as its LAST day (a start of '2011' means "by the end of 2011"):
--     pad(x) = CASE length(x) WHEN 4 THEN x || '-12-31' WHEN 7 THEN x || '-31' ELSE x END
-- ('-31' works for every month because only text comparison is done.) A status holds on D when
--     pad(start) <= pad(D) AND (end IS NULL OR pad(end) > pad(D))
-- i.e. end is exclusive: a member row that starts the day an observer row ends never overlaps it.
-- The engine uses the same rule. A count at 'YYYY-MM' is therefore the count on that month's last day,
-- at 'YYYY' on 31 December.

-- 1. sources: every fact row has a non-empty JSON array of known source ids -----------------------------
WITH fact(tbl, rowkey, src) AS (
  SELECT 'entities', id, sources FROM entities
  UNION ALL SELECT 'statuses', entity || '/' || status || '/' || start, sources FROM statuses
  UNION ALL SELECT 'place_names', place || '/' || valid_from, sources FROM place_names
  UNION ALL SELECT 'meetings', id, sources FROM meetings
  UNION ALL SELECT 'documents', id, sources FROM documents
  UNION ALL SELECT 'chairs', term, sources FROM chairs
  UNION ALL SELECT 'secretariat_seats', place || '/' || start, sources FROM secretariat_seats
  UNION ALL SELECT 'secretariat_heads', id, sources FROM secretariat_heads
  UNION ALL SELECT 'cbm_areas', id, sources FROM cbm_areas
  UNION ALL SELECT 'stages', ord, sources FROM stages
  UNION ALL SELECT 'events', id, sources FROM events
  UNION ALL SELECT 'participants', meeting || '/' || entity, sources FROM participants
  UNION ALL SELECT 'discrepancy_claims', discrepancy || '/' || ord, sources FROM discrepancy_claims
  UNION ALL SELECT 'rules', id, sources FROM rules
)
SELECT tbl || ' ' || rowkey || ': sources is not a non-empty JSON array: ' || coalesce(src, 'NULL') AS problem
  FROM fact
 WHERE src IS NULL OR NOT json_valid(src) OR json_type(src) <> 'array' OR json_array_length(src) = 0
UNION ALL
SELECT tbl || ' ' || rowkey || ': unknown source id ' || coalesce(j.value, 'NULL')
  FROM fact, json_each(fact.src) AS j
 WHERE json_valid(fact.src) AND json_type(fact.src) = 'array'
   AND (j.type <> 'text' OR j.value NOT IN (SELECT id FROM sources))
UNION ALL
SELECT tbl || ' ' || rowkey || ': source id listed twice: ' || j.value
  FROM fact, json_each(fact.src) AS j
 WHERE json_valid(fact.src) AND json_type(fact.src) = 'array'
 GROUP BY tbl, rowkey, j.value HAVING count(*) > 1;

-- sources table itself: seeds have a file and page and no URL; others have a URL
SELECT 'sources ' || id || ': seed without seed_file/seed_page or with a URL' AS problem
  FROM sources WHERE kind = 'seed' AND (seed_file IS NULL OR seed_page IS NULL OR url IS NOT NULL)
UNION ALL
SELECT 'sources ' || id || ': non-seed source without URL' FROM sources WHERE kind <> 'seed' AND (url IS NULL OR url = '')
UNION ALL
SELECT 'sources ' || id || ': empty title or lang' FROM sources WHERE trim(title_en) = '' OR trim(lang) = '';

-- 2. dangling references (the loader does not enforce foreign keys) -------------------------------------
SELECT 'regions ' || code || ': unknown parent ' || parent AS problem FROM regions
 WHERE parent IS NOT NULL AND parent NOT IN (SELECT code FROM regions)
UNION ALL
SELECT 'entities ' || id || ': unknown region ' || region FROM entities
 WHERE region IS NOT NULL AND region NOT IN (SELECT code FROM regions)
UNION ALL
SELECT 'entities ' || id || ': unknown subregion ' || subregion FROM entities
 WHERE subregion IS NOT NULL AND subregion NOT IN (SELECT code FROM regions)
UNION ALL
SELECT 'entities ' || id || ': subregion ' || subregion || ' is not inside region ' || region FROM entities
 WHERE subregion IS NOT NULL AND region IS NOT NULL
   AND (SELECT parent FROM regions WHERE code = entities.subregion) IS NOT entities.region
UNION ALL
SELECT 'entities ' || id || ': a state needs region and subregion' FROM entities
 WHERE kind = 'state' AND (region IS NULL OR subregion IS NULL)
UNION ALL
SELECT 'entities ' || id || ': an organization has no region' FROM entities
 WHERE kind = 'organization' AND (region IS NOT NULL OR subregion IS NOT NULL)
UNION ALL
SELECT 'entities ' || id || ': state id is not an ISO alpha-2 code' FROM entities
 WHERE kind = 'state' AND id NOT GLOB '[A-Z][A-Z]'
UNION ALL
SELECT 'aliases ' || entity || '/' || alias || ': unknown entity' FROM aliases WHERE entity NOT IN (SELECT id FROM entities)
UNION ALL
SELECT 'statuses ' || entity || '/' || status || '/' || start || ': unknown entity' FROM statuses WHERE entity NOT IN (SELECT id FROM entities)
UNION ALL
SELECT 'places ' || id || ': unknown country ' || country FROM places WHERE country IS NOT NULL AND country NOT IN (SELECT id FROM entities)
UNION ALL
SELECT 'place_names ' || place || '/' || valid_from || ': unknown place' FROM place_names WHERE place NOT IN (SELECT id FROM places)
UNION ALL
SELECT 'meetings ' || id || ': unknown place ' || place FROM meetings WHERE place IS NOT NULL AND place NOT IN (SELECT id FROM places)
UNION ALL
SELECT 'meetings ' || id || ': unknown host ' || host FROM meetings WHERE host IS NOT NULL AND host NOT IN (SELECT id FROM entities)
UNION ALL
SELECT 'documents ' || id || ': unknown meeting ' || meeting FROM documents WHERE meeting IS NOT NULL AND meeting NOT IN (SELECT id FROM meetings)
UNION ALL
SELECT 'chairs ' || term || ': unknown country ' || country FROM chairs WHERE country NOT IN (SELECT id FROM entities)
UNION ALL
SELECT 'secretariat_seats ' || place || ': unknown place' FROM secretariat_seats WHERE place NOT IN (SELECT id FROM places)
UNION ALL
SELECT 'secretariat_heads ' || id || ': unknown nationality ' || nationality FROM secretariat_heads WHERE nationality NOT IN (SELECT id FROM entities)
UNION ALL
SELECT 'participants ' || meeting || '/' || entity || ': unknown meeting' FROM participants WHERE meeting NOT IN (SELECT id FROM meetings)
UNION ALL
SELECT 'participants ' || meeting || '/' || entity || ': unknown entity' FROM participants WHERE entity NOT IN (SELECT id FROM entities)
UNION ALL
SELECT 'discrepancy_claims ' || discrepancy || '/' || ord || ': unknown discrepancy' FROM discrepancy_claims WHERE discrepancy NOT IN (SELECT id FROM discrepancies)
UNION ALL
SELECT 'discrepancies ' || id || ': has fewer than two claims' FROM discrepancies
 WHERE (SELECT count(*) FROM discrepancy_claims c WHERE c.discrepancy = discrepancies.id) < 2
UNION ALL
SELECT 'discrepancies ' || id || ': subject does not name a known row: ' || subject FROM discrepancies
 WHERE (subject GLOB 'entity:*' AND EXISTS (
          WITH RECURSIVE split(rest, item) AS (
            SELECT substr(subject, 8) || ',', NULL
            UNION ALL SELECT substr(rest, instr(rest, ',') + 1), substr(rest, 1, instr(rest, ',') - 1)
              FROM split WHERE rest <> '')
          SELECT 1 FROM split WHERE item IS NOT NULL AND item NOT IN (SELECT id FROM entities)))
    OR (subject GLOB 'meeting:*' AND substr(subject, 9) NOT IN (SELECT id FROM meetings))
    OR (subject GLOB 'head:*' AND substr(subject, 6) NOT IN (SELECT id FROM secretariat_heads))
    OR (subject GLOB 'seat:*' AND substr(subject, 6) NOT IN (SELECT place FROM secretariat_seats))
    OR (subject GLOB 'chairs:*' AND CAST(substr(subject, 8) AS INTEGER) NOT IN (SELECT term FROM chairs));

-- 3. malformed dates in every date column ----------------------------------------------------------------
-- (date(v, '+0 days') normalises impossible days such as 1992-02-30 to 1992-03-01, so they fail.)
WITH d(tbl, rowkey, col, v) AS (
  SELECT 'statuses', entity || '/' || status || '/' || start, 'start', start FROM statuses
  UNION ALL SELECT 'statuses', entity || '/' || status || '/' || start, 'end', end FROM statuses
  UNION ALL SELECT 'place_names', place || '/' || valid_from, 'valid_from', valid_from FROM place_names
  UNION ALL SELECT 'place_names', place || '/' || valid_from, 'valid_to', valid_to FROM place_names
  UNION ALL SELECT 'meetings', id, 'date', date FROM meetings
  UNION ALL SELECT 'meetings', id, 'end_date', end_date FROM meetings
  UNION ALL SELECT 'documents', id, 'date', date FROM documents
  UNION ALL SELECT 'chairs', term, 'start', start FROM chairs
  UNION ALL SELECT 'chairs', term, 'end', end FROM chairs
  UNION ALL SELECT 'secretariat_seats', place, 'start', start FROM secretariat_seats
  UNION ALL SELECT 'secretariat_seats', place, 'end', end FROM secretariat_seats
  UNION ALL SELECT 'secretariat_heads', id, 'start', start FROM secretariat_heads
  UNION ALL SELECT 'secretariat_heads', id, 'end', end FROM secretariat_heads
  UNION ALL SELECT 'stages', ord, 'start', start FROM stages
  UNION ALL SELECT 'stages', ord, 'end', end FROM stages
  UNION ALL SELECT 'events', id, 'date', date FROM events
  UNION ALL SELECT 'events', id, 'end_date', end_date FROM events
  UNION ALL SELECT 'meta', key, 'value', value FROM meta WHERE key = 'as_of'
)
SELECT tbl || ' ' || rowkey || ': malformed ' || col || ' ''' || v || '''' AS problem
  FROM d
 WHERE v IS NOT NULL AND NOT (
        (v GLOB '[12][0-9][0-9][0-9]')
     OR (v GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(v, 6, 2) BETWEEN '01' AND '12')
     OR (v GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(v, '+0 days') = v));

-- 4. end before (or equal to) start ------------------------------------------------------------------------
WITH r(tbl, rowkey, s, e) AS (
  SELECT 'statuses', entity || '/' || status || '/' || start, start, end FROM statuses
  UNION ALL SELECT 'place_names', place || '/' || valid_from, valid_from, valid_to FROM place_names
  UNION ALL SELECT 'meetings', id, date, end_date FROM meetings
  UNION ALL SELECT 'chairs', term, start, end FROM chairs
  UNION ALL SELECT 'secretariat_seats', place, start, end FROM secretariat_seats
  UNION ALL SELECT 'secretariat_heads', id, start, end FROM secretariat_heads
  UNION ALL SELECT 'stages', ord, start, end FROM stages
  UNION ALL SELECT 'events', id, date, end_date FROM events
)
SELECT tbl || ' ' || rowkey || ': end ' || e || ' is not after start ' || s AS problem
  FROM r WHERE e IS NOT NULL AND e <= s;

-- 5. chair terms: numbered 1..n, no overlap, no gap (end = next start), only the last term open -----------
SELECT 'chairs: terms are not numbered 1..' || count(*) AS problem FROM chairs
HAVING count(*) > 0 AND (min(term) <> 1 OR max(term) <> count(*))
UNION ALL
SELECT 'chairs ' || a.term || ': ends ' || coalesce(a.end, 'NULL') || ' but term ' || b.term || ' starts ' || b.start
  FROM chairs a JOIN chairs b ON b.term = a.term + 1
 WHERE a.end IS NULL OR a.end <> b.start
UNION ALL
SELECT 'chairs ' || term || ': open-ended but not the last term' FROM chairs
 WHERE end IS NULL AND term <> (SELECT max(term) FROM chairs)
UNION ALL
SELECT 'chairs ' || a.term || ' and ' || b.term || ' overlap' FROM chairs a JOIN chairs b ON a.term < b.term
 WHERE b.start < coalesce(a.end, '9999');

-- secretariat: seats do not overlap; heads of one title do not overlap
SELECT 'secretariat_seats ' || a.place || '/' || a.start || ' overlaps ' || b.place || '/' || b.start AS problem
  FROM secretariat_seats a JOIN secretariat_seats b ON a.start < b.start
 WHERE b.start < coalesce(a.end, '9999')
UNION ALL
SELECT 'secretariat_heads ' || a.id || ' overlaps ' || b.id
  FROM secretariat_heads a JOIN secretariat_heads b ON a.start < b.start
 WHERE b.start < coalesce(a.end, '9999');

-- statuses: an entity holds one status at a time; member ord unique; founding flag consistent
SELECT 'statuses ' || a.entity || ': ' || a.status || '/' || a.start || ' overlaps ' || b.status || '/' || b.start AS problem
  FROM statuses a JOIN statuses b ON a.entity = b.entity AND a.start < b.start
 WHERE b.start < coalesce(a.end, '9999')
UNION ALL
SELECT 'statuses: member ord ' || ord || ' used ' || count(*) || ' times' FROM statuses
 WHERE ord IS NOT NULL GROUP BY ord HAVING count(*) > 1
UNION ALL
SELECT 'statuses ' || entity || '/' || status || ': ord on a non-member row' FROM statuses WHERE ord IS NOT NULL AND status <> 'member'
UNION ALL
SELECT 'entities ' || id || ': founding = 1 but no member status' FROM entities
 WHERE founding = 1 AND id NOT IN (SELECT entity FROM statuses WHERE status = 'member')
UNION ALL
SELECT 'statuses ' || entity || '/' || status || '/' || start || ': confidence ''' || confidence || ''' without a note'
  FROM statuses WHERE confidence = 'unverified' AND (note_en IS NULL OR trim(note_en) = '')
UNION ALL
SELECT 'meetings ' || id || ': unverified without a note' FROM meetings WHERE confidence = 'unverified' AND (note_en IS NULL OR trim(note_en) = '')
UNION ALL
SELECT 'meetings ' || id || ': planned meeting dated before meta.as_of' FROM meetings
 WHERE status = 'planned' AND date <= (SELECT value FROM meta WHERE key = 'as_of');

-- 6. missing names or titles (empty strings) in any language ------------------------------------------------
WITH n(tbl, rowkey, col, v) AS (
  SELECT 'regions', code, 'name_hans', name_hans FROM regions
  UNION ALL SELECT 'regions', code, 'name_hant', name_hant FROM regions
  UNION ALL SELECT 'regions', code, 'name_en', name_en FROM regions
  UNION ALL SELECT 'entities', id, 'name_hans', name_hans FROM entities
  UNION ALL SELECT 'entities', id, 'name_hant', name_hant FROM entities
  UNION ALL SELECT 'entities', id, 'name_en', name_en FROM entities
  UNION ALL SELECT 'aliases', entity, 'alias', alias FROM aliases
  UNION ALL SELECT 'places', id, 'name_hans', name_hans FROM places
  UNION ALL SELECT 'places', id, 'name_hant', name_hant FROM places
  UNION ALL SELECT 'places', id, 'name_en', name_en FROM places
  UNION ALL SELECT 'place_names', place, 'name_hans', name_hans FROM place_names
  UNION ALL SELECT 'place_names', place, 'name_hant', name_hant FROM place_names
  UNION ALL SELECT 'place_names', place, 'name_en', name_en FROM place_names
  UNION ALL SELECT 'meetings', id, 'title_hans', title_hans FROM meetings
  UNION ALL SELECT 'meetings', id, 'title_hant', title_hant FROM meetings
  UNION ALL SELECT 'meetings', id, 'title_en', title_en FROM meetings
  UNION ALL SELECT 'documents', id, 'title_hans', title_hans FROM documents
  UNION ALL SELECT 'documents', id, 'title_hant', title_hant FROM documents
  UNION ALL SELECT 'documents', id, 'title_en', title_en FROM documents
  UNION ALL SELECT 'secretariat_heads', id, 'name_hans', name_hans FROM secretariat_heads
  UNION ALL SELECT 'secretariat_heads', id, 'name_hant', name_hant FROM secretariat_heads
  UNION ALL SELECT 'secretariat_heads', id, 'name_en', name_en FROM secretariat_heads
  UNION ALL SELECT 'cbm_areas', id, 'name_hans', name_hans FROM cbm_areas
  UNION ALL SELECT 'cbm_areas', id, 'name_hant', name_hant FROM cbm_areas
  UNION ALL SELECT 'cbm_areas', id, 'name_en', name_en FROM cbm_areas
  UNION ALL SELECT 'stages', ord, 'text_hans', text_hans FROM stages
  UNION ALL SELECT 'stages', ord, 'text_hant', text_hant FROM stages
  UNION ALL SELECT 'stages', ord, 'text_en', text_en FROM stages
  UNION ALL SELECT 'rules', id, 'text_hans', text_hans FROM rules
  UNION ALL SELECT 'rules', id, 'text_hant', text_hant FROM rules
  UNION ALL SELECT 'rules', id, 'text_en', text_en FROM rules
  UNION ALL SELECT 'events', id, 'title_hans', title_hans FROM events
  UNION ALL SELECT 'events', id, 'title_hant', title_hant FROM events
  UNION ALL SELECT 'events', id, 'title_en', title_en FROM events
  UNION ALL SELECT 'discrepancies', id, 'title_hans', title_hans FROM discrepancies
  UNION ALL SELECT 'discrepancies', id, 'title_hant', title_hant FROM discrepancies
  UNION ALL SELECT 'discrepancies', id, 'title_en', title_en FROM discrepancies
  UNION ALL SELECT 'discrepancies', id, 'preferred_en', preferred_en FROM discrepancies
  UNION ALL SELECT 'discrepancies', id, 'reason_en', reason_en FROM discrepancies
  UNION ALL SELECT 'discrepancy_claims', discrepancy || '/' || ord, 'claim_en', claim_en FROM discrepancy_claims
)
SELECT tbl || ' ' || rowkey || ': empty ' || col AS problem FROM n WHERE v IS NULL OR trim(v) = '';

-- aliases: lang is one of the three; an alias does not repeat one of the entity's own names
SELECT 'aliases ' || entity || '/' || alias || ': lang ''' || lang || ''' is not zh-Hans, zh-Hant or en' AS problem
  FROM aliases WHERE lang NOT IN ('zh-Hans', 'zh-Hant', 'en')
UNION ALL
SELECT 'aliases ' || a.entity || '/' || a.alias || ': repeats a name of the entity'
  FROM aliases a JOIN entities e ON e.id = a.entity
 WHERE a.alias IN (e.name_hans, e.name_hant, e.name_en)
UNION ALL
SELECT 'meta: missing key ' || k FROM (SELECT 'dataset_version' AS k UNION ALL SELECT 'as_of' UNION ALL SELECT 'schema_version')
 WHERE k NOT IN (SELECT key FROM meta);

-- 6b. meetings, documents, chairs, secretariat, events (data-meetings audit, data/audit/) ------------------
-- The Chinese forms of the notes of these tables are Chinese (hold at least one CJK character), so
-- no English note shows in zh-Hans/zh-Hant. (That each note is in all three languages is section 8.)
WITH notes(tbl, rowkey, hans, hant, en) AS (
  SELECT 'meetings', id, note_hans, note_hant, note_en FROM meetings
  UNION ALL SELECT 'chairs', term, note_hans, note_hant, note_en FROM chairs
  UNION ALL SELECT 'secretariat_seats', place, note_hans, note_hant, note_en FROM secretariat_seats
  UNION ALL SELECT 'secretariat_heads', id, note_hans, note_hant, note_en FROM secretariat_heads
)
SELECT tbl || ' ' || rowkey || ': Chinese note has no Chinese character' AS problem FROM notes
 WHERE (hans IS NOT NULL AND hans NOT GLOB '*[一-鿿]*') OR (hant IS NOT NULL AND hant NOT GLOB '*[一-鿿]*')
UNION ALL
-- a document is dated within the meeting that adopted it
SELECT 'documents ' || d.id || ': dated ' || d.date || ', outside meeting ' || m.id || ' (' || m.date || coalesce('..' || m.end_date, '') || ')'
  FROM documents d JOIN meetings m ON m.id = d.meeting
 WHERE (d.date < m.date OR d.date > coalesce(m.end_date, m.date))
   AND NOT (length(d.date) < 10 AND substr(m.date, 1, length(d.date)) = d.date)
UNION ALL
-- nothing held or happened after the dataset's date; a planned meeting is the only record after it
SELECT 'meetings ' || id || ': held on ' || date || ', after meta.as_of' FROM meetings
 WHERE status = 'held' AND date > (SELECT value FROM meta WHERE key = 'as_of')
UNION ALL
SELECT 'events ' || id || ': dated ' || date || ', after meta.as_of' FROM events
 WHERE date > (SELECT value FROM meta WHERE key = 'as_of')
UNION ALL
-- a discrepancy about a document names a stored document
SELECT 'discrepancies ' || id || ': subject does not name a known document: ' || subject FROM discrepancies
 WHERE subject GLOB 'document:*' AND substr(subject, 10) NOT IN (SELECT id FROM documents)
UNION ALL
-- every chair term after the first begins on the day of a meeting or of a dated event (a handover)
SELECT 'chairs ' || c.term || ': starts ' || c.start || ', the day of no meeting or event' FROM chairs c
 WHERE c.term > 1
   AND c.start NOT IN (SELECT date FROM meetings UNION SELECT end_date FROM meetings WHERE end_date IS NOT NULL
                       UNION SELECT date FROM events);

-- 7. reported counts must come out of the statuses table (padding rule above) ------------------------------
-- One row per dated count a source gives. kind: 'member', 'observer' (states and organisations together),
-- 'observer-state', 'observer-organization' (where the source splits them) or 'partner'. d is the day the
-- source counts on (the page's date, or the meeting's); src names the source and what it says.
WITH expected(kind, d, n, src) AS (VALUES
  ('member',   '1999',       15, 'research note / A6: 15 states at the 1st ministerial meeting'),
  ('member',   '2001',       16, 'R2: 16 states had joined'),
  ('observer-state',        '2001', 10, 'R2: ten observer states'),
  ('observer-organization', '2001',  4, 'R2: four observer organisations'),
  ('member',   '2002',       16, 'research note / R2, A2'),
  ('member',   '2002-06-04', 16, 'A2: sixteen member states at the 1st summit'),
  ('member',   '2004-10',    17, 'research note / A1'),
  ('member',   '2006-06',    18, 'research note / A3'),
  ('observer-state',        '2006-06-12', 7, 'V1: Indonesia, Malaysia, USA, South Korea, Japan, Ukraine, Vietnam'),
  ('observer-organization', '2006-06-12', 3, 'V1: UN, OSCE, League of Arab States'),
  ('member',   '2006-06-16', 17, 'S4: 17 members named'),
  ('observer-state',        '2006-06-16', 7, 'S4: 7 observer states named'),
  ('observer-organization', '2006-06-16', 3, 'S4: UN, OSCE, League of Arab States'),
  ('member',   '2008-08',    20, 'research note / A4'),
  ('member',   '2009-12-31', 20, 'issue'),
  ('member',   '2010-06',    22, 'research note / seed004'),
  ('member',   '2011',       24, 'research note / A6'),
  ('observer-state',        '2012-10-05', 8, 'S5: 8 observer states'),
  ('observer-organization', '2012-10-05', 4, 'S5: 4 observer organisations'),
  ('member',   '2014-05-16', 24, 'V3: 24 members named'),
  ('observer', '2014-05-16', 13, 'V3: 13 observers named (9 states, 4 organisations)'),
  ('observer-state',        '2014-05-16', 9, 'V3: 9 observer states'),
  ('member',   '2014-05-19', 24, 'V4: 24 members named (it says 23)'),
  ('observer-state',        '2014-05-19', 9, 'V4: Sri Lanka and 8 other observer states named'),
  ('member',   '2014-05',    26, 'research note / seed004'),
  ('member',   '2016-04-13', 26, 'V6: 26 members'),
  ('observer', '2016-04-13', 12, 'V6: 12 observer states and organisations'),
  ('observer', '2016-04-17', 12, 'S1'),
  ('member',   '2018-08',    27, 'research note / A8'),
  ('observer', '2018-08-28', 11, 'E7 (7 states + 4 organisations)'),
  ('observer-state',        '2018-08-28', 7, 'E7'),
  ('observer-organization', '2018-08-28', 4, 'E7'),
  ('observer', '2018-09-24', 13, 'E3 (8 states + 5 organisations)'),
  ('observer-state',        '2018-09-24', 8, 'E3'),
  ('observer-organization', '2018-09-24', 5, 'E3'),
  ('member',   '2019-01',    27, 'seed000'),
  ('observer', '2019-01',    13, 'seed000: 13 observers as of January 2019'),
  ('member',   '2019-06-11', 27, 'A18: 27 members'),
  ('observer-state',        '2019-06-11', 8, 'A18: Belarus, Indonesia, Japan, Laos, Malaysia, Philippines, Ukraine, US (it says 12 observers but names 13)'),
  ('observer-organization', '2019-06-11', 5, 'A18: IOM, LAS, OSCE, TURKPA, UN'),
  ('observer-state',        '2019-06-13', 8, 'A8: another 8 states and 5 international organisations'),
  ('observer-organization', '2019-06-13', 5, 'A8'),
  ('member',   '2019-06-14', 27, 'V7: 27 members'),
  ('observer', '2019-06-14', 13, 'V7: 13 observer states and organisations'),
  ('member',   '2019-12-31', 27, 'issue'),
  ('observer', '2019',       13, 'seed000 / research note'),
  ('member',   '2022-10',    28, 'research note / A9'),
  ('member',   '2022-10-13', 28, 'V14, A9: Kuwait the 28th member'),
  ('observer-state',        '2022-10-13', 9, 'V17: nine observer states (Turkmenistan among them)'),
  ('observer-organization', '2022-10-13', 5, 'V17: five observer organisations'),
  ('member',   '2024-03-20', 28, 'C9: 28 members'),
  ('observer-state',        '2024-03-20', 10, 'C9: ten observer states'),
  ('observer', '2022',       14, 'research note'),
  ('partner',  '2022-10-13',  1, 'V13: the Eurasian Economic Commission (the only partner organisation this dataset lists)'),
  ('observer', '2023-12-26', 15, 'A10 (after Saudi Arabia)'),
  ('observer-state',        '2023-12-26', 10, 'A10: the 10th observer state'),
  ('member',   '2023-10-10', 28, 'V15: 28 member states (CICA Secretary General)')
),
padded AS (
  SELECT kind, d, n, src, CASE length(d) WHEN 4 THEN d || '-12-31' WHEN 7 THEN d || '-31' ELSE d END AS pd
    FROM expected
),
actual AS (
  SELECT p.kind, p.d, p.n, p.src,
         (SELECT count(*) FROM statuses s JOIN entities e ON e.id = s.entity
           WHERE s.status = CASE WHEN p.kind GLOB 'observer-*' THEN 'observer' ELSE p.kind END
             AND (p.kind NOT GLOB 'observer-*' OR e.kind = substr(p.kind, 10))
             AND (CASE length(s.start) WHEN 4 THEN s.start || '-12-31' WHEN 7 THEN s.start || '-31' ELSE s.start END) <= p.pd
             AND (s.end IS NULL
                  OR (CASE length(s.end) WHEN 4 THEN s.end || '-12-31' WHEN 7 THEN s.end || '-31' ELSE s.end END) > p.pd)
         ) AS got
    FROM padded p
)
SELECT kind || ' count on ' || d || ' is ' || got || ', expected ' || n || ' (' || src || ')' AS problem
  FROM actual WHERE got <> n
UNION ALL
SELECT 'checks: unknown count kind ' || kind FROM expected
 WHERE kind NOT IN ('member', 'observer', 'observer-state', 'observer-organization', 'partner');;

-- 8. translations: every free text and name in three languages, and each in its own language ---------
-- A triple is the columns <field>_hans, <field>_hant, <field>_en of one row. It fails when
--   (a) it is incomplete: some of the three are NULL or blank and some are not (all or none);
--   (b) a *_hans or *_hant text holds an English run: three or more Latin words in a row. Text inside
--       quotes is not looked at: “…”, 《…》, 「…」, 『…』 and "…" (titles as published, a source's own
--       wording). The rest is cut into tokens at spaces, at every character other than ASCII and
--       Latin letters (a Chinese character or full-width punctuation ends a run), and stripped of
--       leading "(" and trailing ",.;:!?)". A token is a Latin word when it has only letters
--       (A-Z, a-z, U+00C0-U+024F such as Ç, ı, ğ), apostrophes and hyphens, and is not an
--       upper-case code of at most six letters (KZ, CICA, TURKPA). Any other token (an id such as
--       seed004 or A6, a number, a URL, a file name such as checks.sql, "=") ends a run too. Phrases
--       that must stay Latin and have three words or more (a person's Latin name where no Chinese
--       form is sourced, a publisher's name) are listed in latin_ok, each with why;
--   (c) an *_en text holds a CJK character (U+2E80-U+9FFF, U+AC00-U+D7AF, U+F900-U+FAFF,
--       U+FF01-U+FF60) outside the same quotes.
-- The tables are listed once, in `tri`. Notes of statuses, meetings, chairs, secretariat seats and
-- heads are translated on other branches: their lines are commented "" until then.
WITH RECURSIVE
latin_ok(k, phrase, why) AS (VALUES
  (1, 'The Asia Today', 'a publisher''s own name (B11); it has no Chinese name')
),
tri(tbl, rowkey, field, hans, hant, en) AS (
            SELECT 'sources', id, 'title', title_hans, title_hant, title_en FROM sources
  UNION ALL SELECT 'discrepancies', id, 'title', title_hans, title_hant, title_en FROM discrepancies
  UNION ALL SELECT 'discrepancies', id, 'preferred', preferred_hans, preferred_hant, preferred_en FROM discrepancies
  UNION ALL SELECT 'discrepancies', id, 'reason', reason_hans, reason_hant, reason_en FROM discrepancies
  UNION ALL SELECT 'discrepancy_claims', discrepancy || '/' || ord, 'claim', claim_hans, claim_hant, claim_en FROM discrepancy_claims
  UNION ALL SELECT 'regions', code, 'name', name_hans, name_hant, name_en FROM regions
  UNION ALL SELECT 'entities', id, 'name', name_hans, name_hant, name_en FROM entities
  UNION ALL SELECT 'places', id, 'name', name_hans, name_hant, name_en FROM places
  UNION ALL SELECT 'place_names', place || '/' || valid_from, 'name', name_hans, name_hant, name_en FROM place_names
  UNION ALL SELECT 'meetings', id, 'title', title_hans, title_hant, title_en FROM meetings
  UNION ALL SELECT 'documents', id, 'title', title_hans, title_hant, title_en FROM documents
  UNION ALL SELECT 'secretariat_heads', id, 'name', name_hans, name_hant, name_en FROM secretariat_heads
  UNION ALL SELECT 'cbm_areas', id, 'name', name_hans, name_hant, name_en FROM cbm_areas
  UNION ALL SELECT 'stages', ord, 'text', text_hans, text_hant, text_en FROM stages
  UNION ALL SELECT 'events', id, 'title', title_hans, title_hant, title_en FROM events
  UNION ALL SELECT 'rules', id, 'text', text_hans, text_hant, text_en FROM rules
  UNION ALL SELECT 'statuses', entity || '/' || status || '/' || start, 'note', note_hans, note_hant, note_en FROM statuses
  UNION ALL SELECT 'meetings', id, 'note', note_hans, note_hant, note_en FROM meetings
  UNION ALL SELECT 'chairs', term, 'note', note_hans, note_hant, note_en FROM chairs
  UNION ALL SELECT 'secretariat_seats', place || '/' || start, 'note', note_hans, note_hant, note_en FROM secretariat_seats
  UNION ALL SELECT 'secretariat_heads', id, 'note', note_hans, note_hant, note_en FROM secretariat_heads
),
texts(tbl, rowkey, col, lang, txt) AS (
            SELECT tbl, rowkey, field || '_hans', 'zh', hans FROM tri WHERE hans IS NOT NULL
  UNION ALL SELECT tbl, rowkey, field || '_hant', 'zh', hant FROM tri WHERE hant IS NOT NULL
  UNION ALL SELECT tbl, rowkey, field || '_en', 'en', en FROM tri WHERE en IS NOT NULL
),
-- the Chinese texts with the allowed Latin phrases taken out, one phrase per step
cleaned(tbl, rowkey, col, lang, txt, n) AS (
  SELECT tbl, rowkey, col, lang, txt, 0 FROM texts
  UNION ALL
  SELECT c.tbl, c.rowkey, c.col, c.lang,
         CASE WHEN c.lang = 'zh' THEN replace(c.txt, (SELECT phrase FROM latin_ok WHERE k = c.n + 1), ' | ') ELSE c.txt END,
         c.n + 1
    FROM cleaned c WHERE c.n < (SELECT count(*) FROM latin_ok)
),
-- One row per character c at i, with the quote state before it (depth: “《「『 open; dq: inside "…").
-- masked: the text so far outside quotes, every character other than ASCII and Latin letters
-- (and every quote) replaced by ' | '. bad: (en) a CJK character outside quotes.
walk(tbl, rowkey, col, lang, txt, i, c, depth, dq, masked, bad) AS (
  SELECT tbl, rowkey, col, lang, txt, 1, substr(txt, 1, 1), 0, 0, '', 0
    FROM cleaned WHERE n = (SELECT count(*) FROM latin_ok)
  UNION ALL
  SELECT tbl, rowkey, col, lang, txt, i + 1, substr(txt, i + 1, 1),
         depth + (c IN ('“', '《', '「', '『')) - (c IN ('”', '》', '」', '』') AND depth > 0),
         CASE WHEN c = '"' THEN 1 - dq ELSE dq END,
         masked || CASE WHEN depth = 0 AND dq = 0 AND c <> '"'
                             AND (unicode(c) BETWEEN 32 AND 126 OR unicode(c) BETWEEN 192 AND 591)
                        THEN c ELSE ' | ' END,
         lang = 'en' AND depth = 0 AND dq = 0 AND c NOT IN ('“', '《', '「', '『', '”', '》', '」', '』')
           AND (unicode(c) BETWEEN 11904 AND 40959 OR unicode(c) BETWEEN 44032 AND 55215
                OR unicode(c) BETWEEN 63744 AND 64255 OR unicode(c) BETWEEN 65281 AND 65376)
    FROM walk WHERE bad = 0 AND i <= length(txt)
),
-- a Chinese text's masked form, split into tokens; run = Latin words in a row up to this token
tokens(tbl, rowkey, col, rest, tok, run, words) AS (
  SELECT tbl, rowkey, col, masked || ' ', NULL, 0, '' FROM walk WHERE lang = 'zh' AND i > length(txt)
  UNION ALL
  -- the token is rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)');
  -- it is a Latin word when (written out three times below, as SQLite allows no alias here)
  --   token <> '' AND token has only letters, ' ’ and - AND NOT (upper-case AND length <= 6)
  SELECT tbl, rowkey, col, substr(rest, instr(rest, ' ') + 1), rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)'),
         CASE WHEN (rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') <> '' AND rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') NOT GLOB '*[^A-Za-z''’À-ɏ-]*' AND rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') GLOB '*[A-Za-zÀ-ɏ]*'
                        AND NOT (rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') = upper(rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)')) AND length(rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)')) <= 6)) THEN run + 1
              WHEN rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') = '' THEN run ELSE 0 END,
         CASE WHEN (rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') <> '' AND rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') NOT GLOB '*[^A-Za-z''’À-ɏ-]*' AND rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') GLOB '*[A-Za-zÀ-ɏ]*'
                        AND NOT (rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') = upper(rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)')) AND length(rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)')) <= 6)) THEN words || rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') || ' '
              WHEN rtrim(ltrim(substr(rest, 1, instr(rest, ' ') - 1), '('), ',.;:!?)') = '' THEN words ELSE '' END
    FROM tokens WHERE rest <> '' AND run < 3
)
SELECT tri.tbl || ' ' || tri.rowkey || ': ' || tri.field || ' is in '
       || ((tri.hans IS NOT NULL AND trim(tri.hans) <> '') + (tri.hant IS NOT NULL AND trim(tri.hant) <> '')
          + (tri.en IS NOT NULL AND trim(tri.en) <> ''))
       || ' of 3 languages (all three or none: ' || tri.field || '_hans, _hant, _en)' AS problem
  FROM tri
 WHERE (tri.hans IS NOT NULL AND trim(tri.hans) <> '') + (tri.hant IS NOT NULL AND trim(tri.hant) <> '')
       + (tri.en IS NOT NULL AND trim(tri.en) <> '') NOT IN (0, 3)
UNION ALL
SELECT tbl || ' ' || rowkey || ': ' || col || ' has English words outside quotes: "' || rtrim(words) || '"'
  FROM tokens WHERE run >= 3
UNION ALL
SELECT tbl || ' ' || rowkey || ': ' || col || ' has CJK text outside quotes at character ' || (i - 1) || ': "'
       || substr(txt, max(1, i - 12), 16) || '"'
  FROM walk WHERE bad = 1;

-- The search index behind cica.search, `cica search` and `.search` (docs/search.md).
--
-- Built last, from whatever rows the data files above hold: every statement is INSERT … SELECT,
-- so new rows are indexed with no change here. Two tables:
--   search_fold  traditional → simplified characters, learned from the dataset's own aligned
--                简/繁 pairs (plus a short hand list of variants the pairs do not show)
--   search       an FTS5 table, one row per record: kind + id say which record it is (the record
--                itself comes from the API, see lua/cica/search.lua); the other columns hold
--                its text. Its tokenizer, 'cica' (src/searchtext.c), folds with search_fold and
--                splits Chinese into characters and bigrams; only cica registers it, so other
--                SQLite programs can list this table but not query it.
-- Separator between pieces of text in one column: ' · ' (a non-word character, so tokens never
-- run together, and readable in snippets).

CREATE TABLE search_fold (
  hant TEXT PRIMARY KEY,                 -- one traditional character
  hans TEXT NOT NULL                     -- its simplified form
) WITHOUT ROWID;

-- Every pair of texts of equal length is read character by character; for each traditional
-- character the simplified character it faces most often wins (ties: the smaller code point).
-- Identity counts too, so a character that is usually its own simplified form is never folded
-- because of one oddly aligned pair.
WITH RECURSIVE
pairs(hans, hant) AS (
  SELECT name_hans, name_hant FROM entities
  UNION ALL SELECT name_hans, name_hant FROM regions
  UNION ALL SELECT name_hans, name_hant FROM places
  UNION ALL SELECT name_hans, name_hant FROM place_names
  UNION ALL SELECT title_hans, title_hant FROM meetings
  UNION ALL SELECT title_hans, title_hant FROM documents
  UNION ALL SELECT name_hans, name_hant FROM secretariat_heads
  UNION ALL SELECT name_hans, name_hant FROM cbm_areas
  UNION ALL SELECT text_hans, text_hant FROM stages
  UNION ALL SELECT text_hans, text_hant FROM rules
  UNION ALL SELECT title_hans, title_hant FROM events
  UNION ALL SELECT title_hans, title_hant FROM discrepancies
),
aligned(hans, hant) AS (
  SELECT hans, hant FROM pairs WHERE length(hans) = length(hant) AND length(hans) > 0
),
pos(hans, hant, i) AS (
  SELECT hans, hant, 1 FROM aligned
  UNION ALL SELECT hans, hant, i + 1 FROM pos WHERE i < length(hans)
),
chars(t, s) AS (
  SELECT substr(hant, i, 1), substr(hans, i, 1) FROM pos
),
counted(t, s, n) AS (
  SELECT t, s, count(*) FROM chars WHERE unicode(t) >= 0x2E80 AND unicode(s) >= 0x2E80 GROUP BY t, s
),
ranked(t, s, r) AS (
  SELECT t, s, row_number() OVER (PARTITION BY t ORDER BY n DESC, unicode(s)) FROM counted
)
INSERT INTO search_fold (hant, hans) SELECT t, s FROM ranked WHERE r = 1 AND t <> s;

-- Variant forms common in Taiwan and Hong Kong writing that mainland-style traditional text does
-- not use, so the pairs above cannot teach them. The learned map wins where both have a character.
INSERT OR IGNORE INTO search_fold (hant, hans) VALUES
  ('臺', '台'), ('爲', '为'), ('綫', '线'), ('裏', '里'), ('裡', '里'), ('峯', '峰'), ('衆', '众'),
  ('羣', '群'), ('啓', '启'), ('敎', '教'), ('纔', '才'), ('於', '于'), ('與', '与'), ('峽', '峡'),
  -- and the words of CICA's own name and bodies, in case the pairs above ever lack one of them
  ('國', '国'), ('會', '会'), ('議', '议'), ('亞', '亚'), ('聯', '联'), ('組', '组'), ('織', '织'),
  ('長', '长'), ('書', '书'), ('處', '处'), ('員', '员'), ('觀', '观'), ('協', '协'), ('範', '范');

CREATE VIRTUAL TABLE search USING fts5(
  kind UNINDEXED,     -- entity, place, meeting, document, chair, seat, head, event, stage, rule,
                      -- cbm_area, source, discrepancy
  id UNINDEXED,       -- the record's id (chair: term, stage: ord, seat: 'place@start')
  code,               -- ids and codes: ISO 3166 code, meeting id, document id, …
  name_hans,          -- the record's name or title in each language
  name_hant,
  name_en,
  facts,              -- short facts: aliases, former names, dates, places, hosts, posts, …
  notes_hans,         -- free text: notes, reasons, claims, in 简体
  notes_hant,         -- … in 繁體
  notes_en,           -- … in English; and URLs, seed files
  tokenize = 'cica'
);

-- The facts and notes of a record join their pieces with ' · ', leaving out the empty ones (free
-- text has a notes column per language, so a snippet can be shown in the display language):
--   (SELECT group_concat(p, ' · ') FROM (SELECT … AS p UNION ALL SELECT … …) WHERE p <> '')

-- Entities: names, ISO code (alpha-2, the id); in facts the alpha-3 code (KOR, KAZ: first, so
-- that cica.search's "did you mean" can read it), aliases, kind, region, each status with its
-- dates; status notes. The alpha-3 codes are ISO 3166-1's, for states only.
WITH alpha3(a2, a3) AS (VALUES
  ('AE', 'ARE'), ('AF', 'AFG'), ('AU', 'AUS'), ('AZ', 'AZE'), ('BD', 'BGD'), ('BH', 'BHR'),
  ('BY', 'BLR'), ('CN', 'CHN'), ('EG', 'EGY'), ('ID', 'IDN'), ('IL', 'ISR'), ('IN', 'IND'),
  ('IQ', 'IRQ'), ('IR', 'IRN'), ('JO', 'JOR'), ('JP', 'JPN'), ('KG', 'KGZ'), ('KH', 'KHM'),
  ('KR', 'KOR'), ('KW', 'KWT'), ('KZ', 'KAZ'), ('LA', 'LAO'), ('LB', 'LBN'), ('LK', 'LKA'),
  ('MN', 'MNG'), ('MY', 'MYS'), ('PH', 'PHL'), ('PK', 'PAK'), ('PS', 'PSE'), ('QA', 'QAT'),
  ('RU', 'RUS'), ('SA', 'SAU'), ('TH', 'THA'), ('TJ', 'TJK'), ('TM', 'TKM'), ('TR', 'TUR'),
  ('UA', 'UKR'), ('US', 'USA'), ('UZ', 'UZB'), ('VN', 'VNM'))
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'entity', e.id, e.id, e.name_hans, e.name_hant, e.name_en,
       (SELECT group_concat(p, ' · ') FROM (
          SELECT (SELECT a3 FROM alpha3 WHERE a2 = e.id) AS p
          UNION ALL SELECT (SELECT group_concat(a.alias, ' · ') FROM aliases a WHERE a.entity = e.id)
          UNION ALL SELECT CASE e.kind WHEN 'state' THEN '国家 · 國家 · state'
                                       ELSE '国际组织 · 國際組織 · international organization' END
          UNION ALL SELECT r.name_hans || ' · ' || r.name_hant || ' · ' || r.name_en
                      FROM regions r WHERE r.code = e.subregion
          UNION ALL SELECT r.name_hans || ' · ' || r.name_hant || ' · ' || r.name_en
                      FROM regions r WHERE r.code = e.region
          UNION ALL SELECT CASE s.status WHEN 'member' THEN '成员国 · 成員國 · member'
                                         WHEN 'observer' THEN '观察员 · 觀察員 · observer'
                                         ELSE '伙伴 · 夥伴 · partner' END
                           || ' ' || s.start || coalesce(' – ' || s."end", '')
                      FROM statuses s WHERE s.entity = e.id)
         WHERE p <> ''),
       (SELECT group_concat(s.note_hans, ' · ') FROM statuses s WHERE s.entity = e.id AND s.note_hans <> ''),
       (SELECT group_concat(s.note_hant, ' · ') FROM statuses s WHERE s.entity = e.id AND s.note_hant <> ''),
       (SELECT group_concat(s.note_en, ' · ') FROM statuses s WHERE s.entity = e.id AND s.note_en <> '')
  FROM entities e;

-- Places: current names; the names they bore for a while (Nur-Sultan) and the country.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'place', pl.id, pl.id, pl.name_hans, pl.name_hant, pl.name_en,
       (SELECT group_concat(p, ' · ') FROM (
          SELECT n.name_hans || ' · ' || n.name_hant || ' · ' || n.name_en
                 || ' ' || n.valid_from || ' – ' || n.valid_to AS p
            FROM place_names n WHERE n.place = pl.id
          UNION ALL SELECT c.name_hans || ' · ' || c.name_hant || ' · ' || c.name_en
                      FROM entities c WHERE c.id = pl.country)
         WHERE p <> ''),
       '', '', ''
  FROM places pl;

-- Meetings: titles; date and place (as named on the day, and now) first, so that a snippet of
-- "伊斯坦布尔 2010" shows both, then the host and the kind; the note. The year goes with the id
-- in code, the short column: "2014年" (a year alone) puts the meeting of that year first.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'meeting', m.id, m.id || ' ' || substr(m.date, 1, 4), m.title_hans, m.title_hant, m.title_en,
       (SELECT group_concat(p, ' · ') FROM (
          SELECT m.date || coalesce(' – ' || m.end_date, '') AS p
          UNION ALL SELECT n.name_hans || ' · ' || n.name_hant || ' · ' || n.name_en
                      FROM place_names n
                     WHERE n.place = m.place AND n.valid_from <= m.date AND m.date < n.valid_to
          UNION ALL SELECT pl.name_hans || ' · ' || pl.name_hant || ' · ' || pl.name_en
                      FROM places pl WHERE pl.id = m.place
          UNION ALL SELECT h.name_hans || ' · ' || h.name_hant || ' · ' || h.name_en
                      FROM entities h WHERE h.id = m.host
          UNION ALL SELECT replace(m.kind, '_', ' ') || CASE m.status WHEN 'planned' THEN ' · planned' ELSE '' END)
         WHERE p <> ''),
       coalesce(m.note_hans, ''),
       coalesce(m.note_hant, ''),
       coalesce(m.note_en, '')
  FROM meetings m;

-- Documents: titles; date and the other titles sources give it (the claims of a discrepancy about
-- its title, e.g. the encyclopedias' title of the 1999 Declaration); the meeting that adopted them
-- (in notes, so that a search for 峰会 finds the summits before the declarations adopted at them).
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'document', d.id, d.id, d.title_hans, d.title_hant, d.title_en,
       d.date || coalesce((SELECT ' · ' || group_concat(coalesce(c.claim_hans, '') || ' · ' || coalesce(c.claim_hant, '')
                                                        || ' · ' || c.claim_en, ' · ')
                             FROM discrepancies x JOIN discrepancy_claims c ON c.discrepancy = x.id
                            WHERE x.subject = 'document:' || d.id AND x.field = 'title'), ''),
       coalesce((SELECT m.title_hans FROM meetings m WHERE m.id = d.meeting), ''),
       coalesce((SELECT m.title_hant FROM meetings m WHERE m.id = d.meeting), ''),
       coalesce((SELECT m.title_en FROM meetings m WHERE m.id = d.meeting), '')
  FROM documents d;

-- Chairmanship terms, named after the country ("CICA chair China"); dates; note.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'chair', CAST(c.term AS TEXT), c.country,
       '亚信主席国 ' || e.name_hans, '亞信主席國 ' || e.name_hant, 'CICA chair ' || e.name_en,
       c.start || ' – ' || coalesce(c."end", ''),
       coalesce(c.note_hans, ''),
       coalesce(c.note_hant, ''),
       coalesce(c.note_en, '')
  FROM chairs c JOIN entities e ON e.id = c.country;

-- Secretariat seats ("CICA Secretariat Almaty"); dates; note.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'seat', s.place || '@' || s.start, s.place,
       '亚信秘书处 ' || pl.name_hans, '亞信秘書處 ' || pl.name_hant, 'CICA Secretariat ' || pl.name_en,
       s.start || ' – ' || coalesce(s."end", ''),
       coalesce(s.note_hans, ''),
       coalesce(s.note_hant, ''),
       coalesce(s.note_en, '')
  FROM secretariat_seats s JOIN places pl ON pl.id = s.place;

-- Heads of the Secretariat: names; post, dates, nationality; note.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'head', h.id, h.id, h.name_hans, h.name_hant, h.name_en,
       (SELECT group_concat(p, ' · ') FROM (
          SELECT CASE h.title WHEN 'secretary_general' THEN '秘书长 · 秘書長 · Secretary General'
                              ELSE '执行主任 · 執行主任 · Executive Director' END AS p
          UNION ALL SELECT h.start || ' – ' || coalesce(h."end", '')
          UNION ALL SELECT e.name_hans || ' · ' || e.name_hant || ' · ' || e.name_en
                      FROM entities e WHERE e.id = h.nationality)
         WHERE p <> ''),
       coalesce(h.note_hans, ''),
       coalesce(h.note_hant, ''),
       coalesce(h.note_en, '')
  FROM secretariat_heads h;

-- Dated events that are not meetings.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'event', ev.id, ev.id, ev.title_hans, ev.title_hant, ev.title_en,
       ev.date || coalesce(' – ' || ev.end_date, '') || ' · ' || replace(ev.kind, '_', ' '),
       '', '', ''
  FROM events ev;

-- The four planned stages of development.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'stage', CAST(st.ord AS TEXT), '', st.text_hans, st.text_hant, st.text_en,
       st.start || ' – ' || st."end",
       '', '', ''
  FROM stages st;

-- Standing rules and characteristics (how often CICA meets, who chairs, its bodies, ...).
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'rule', r.id, r.id, r.text_hans, r.text_hant, r.text_en,
       '亚信规则 · 亞信規則 · CICA rules and characteristics · ' || r.topic,
       '', '', ''
  FROM rules r;

-- The areas of confidence-building measures.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'cbm_area', a.id, a.id, a.name_hans, a.name_hant, a.name_en,
       '亚信信任措施领域 · 亞信信任措施領域 · CICA confidence-building measures (CBMs)',
       '', '', ''
  FROM cbm_areas a;

-- Sources: cica's description of the page (in the notes, one column per language, so that a
-- snippet is in the display language), usually a page about another record (a summit, an
-- accession): a search for "Istanbul 2010" finds the summit before the page that reported it.
-- Facts: the page's own title as published, the seed page, kind and language; the URL and seed
-- file with the English description. The URL is not indexed: it is an address, not text (`cn`
-- would match every .cn page).
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'source', so.id, so.id, '', '', '',
       (SELECT group_concat(p, ' · ') FROM (
          SELECT so.original_title AS p
          UNION ALL SELECT so.seed_page
          UNION ALL SELECT so.kind || ' · ' || so.lang)
         WHERE p <> ''),
       coalesce(so.title_hans, ''),
       coalesce(so.title_hant, ''),
       (SELECT group_concat(p, ' · ') FROM (
          SELECT so.title_en AS p
          UNION ALL SELECT so.seed_file)
         WHERE p <> '')
  FROM sources so;

-- Discrepancies: the question; the value the dataset uses and the subject; why, and each claim.
INSERT INTO search (kind, id, code, name_hans, name_hant, name_en, facts, notes_hans, notes_hant, notes_en)
SELECT 'discrepancy', di.id, di.id, di.title_hans, di.title_hant, di.title_en,
       coalesce(di.preferred_hans || ' · ', '') || coalesce(di.preferred_hant || ' · ', '') || coalesce(di.preferred_en, '') || ' · ' || di.subject || coalesce(' ' || di.field, ''),
       (SELECT group_concat(p, ' · ') FROM (
          SELECT di.reason_hans AS p
          UNION ALL SELECT cl.claim_hans FROM discrepancy_claims cl WHERE cl.discrepancy = di.id)
         WHERE p <> ''),
       (SELECT group_concat(p, ' · ') FROM (
          SELECT di.reason_hant AS p
          UNION ALL SELECT cl.claim_hant FROM discrepancy_claims cl WHERE cl.discrepancy = di.id)
         WHERE p <> ''),
       (SELECT group_concat(p, ' · ') FROM (
          SELECT di.reason_en AS p
          UNION ALL SELECT cl.claim_en FROM discrepancy_claims cl WHERE cl.discrepancy = di.id)
         WHERE p <> '')
  FROM discrepancies di;

-- Merge the index into one b-tree segment: a smaller image and faster queries.
INSERT INTO search (search) VALUES ('optimize');

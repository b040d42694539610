-- cica dataset schema. SQL over these tables is part of the public API: see docs/data.md.
-- Conventions
--   * Dates are ISO 8601 text at the precision the sources give: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
--   * Every fact row has `sources`: a JSON array of ids from the `sources` table, never empty.
--   * Names, titles and every free text (notes, reasons, claims, cica's descriptions of sources) come in
--     three columns: *_hans (简体), *_hant (繁體, mainland-style), *_en. A triple is all set or all NULL,
--     each text in its own language (checks.sql section 8 fails the build otherwise; docs/data.md).
--   * `confidence` is 'confirmed' or 'unverified' (a fact no retrieved source confirms).

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources (
  id        TEXT PRIMARY KEY,            -- 'seed000', 'A1', 'B3', ...
  title_hans TEXT,                       -- cica's description of the source (简体)
  title_hant TEXT,                       -- (繁體)
  title_en  TEXT NOT NULL,               -- (English)
  original_title TEXT,                   -- the source's own title as published (not translated), where known
  url       TEXT,                        -- NULL for seed documents
  seed_file TEXT,                        -- file name under shared/seeds for seed documents
  seed_page TEXT,                        -- the page the seed was converted from
  lang      TEXT NOT NULL,               -- 'zh-Hans', 'zh-Hant', 'en', 'ru', 'tr', ...
  kind      TEXT NOT NULL CHECK (kind IN ('seed', 'official', 'news', 'reference'))
) WITHOUT ROWID;

-- UN M49 regions and sub-regions (only the ones the dataset uses).
CREATE TABLE regions (
  code      TEXT PRIMARY KEY,            -- M49 numeric code as text: '142', '143', ...
  parent    TEXT REFERENCES regions(code),
  name_hans TEXT NOT NULL,
  name_hant TEXT NOT NULL,
  name_en   TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE entities (
  id        TEXT PRIMARY KEY,            -- ISO 3166-1 alpha-2 for states; 'UN', 'OSCE', ... otherwise
  kind      TEXT NOT NULL CHECK (kind IN ('state', 'organization')),
  name_hans TEXT NOT NULL,
  name_hant TEXT NOT NULL,
  name_en   TEXT NOT NULL,
  region    TEXT REFERENCES regions(code),   -- M49 region (states only)
  subregion TEXT REFERENCES regions(code),   -- M49 sub-region (states only)
  founding  INTEGER NOT NULL DEFAULT 0 CHECK (founding IN (0, 1)),
  sources   TEXT NOT NULL,
  -- added in dataset 2.0 (appended, nothing renamed): identifiers for joining with other data
  iso_numeric TEXT,                      -- ISO 3166-1 numeric code, three digits with leading zeros ('036'); states only
  cow_ccode INTEGER,                     -- Correlates of War state code (COW state list); NULL for organizations and
                                         -- states COW does not list (Palestine)
  wikidata  TEXT                         -- Wikidata item id ('Q232') where a retrieved source gives it; NULL otherwise
) WITHOUT ROWID;

CREATE TABLE aliases (
  entity  TEXT NOT NULL REFERENCES entities(id),
  alias   TEXT NOT NULL,
  lang    TEXT NOT NULL,                 -- 'zh-Hans', 'zh-Hant', 'en'
  variant TEXT,                          -- 'TW', 'HK', 'short', 'former', 'official', ...
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;

-- One row per membership, observership or partnership, with its own dates.
CREATE TABLE statuses (
  entity     TEXT NOT NULL REFERENCES entities(id),
  status     TEXT NOT NULL CHECK (status IN ('member', 'observer', 'partner')),
  start      TEXT NOT NULL,              -- when it began
  end        TEXT,                       -- when it ended (NULL: still holds)
  ord        INTEGER,                    -- accession order among members, where known
  confidence TEXT NOT NULL DEFAULT 'confirmed' CHECK (confidence IN ('confirmed', 'unverified')),
  note_hans  TEXT,                       -- note (简体); the three note columns are all NULL or all set
  note_hant  TEXT,                       -- note (繁體)
  note_en    TEXT,                       -- note (English)
  sources    TEXT NOT NULL,
  PRIMARY KEY (entity, status, start)
) WITHOUT ROWID;

CREATE TABLE places (
  id        TEXT PRIMARY KEY,            -- 'almaty', 'astana', 'online', ...
  country   TEXT REFERENCES entities(id),
  name_hans TEXT NOT NULL,
  name_hant TEXT NOT NULL,
  name_en   TEXT NOT NULL
) WITHOUT ROWID;

-- Names a place bore for a while (Astana was Nur-Sultan from 2019-03-23 to 2022-09-17).
CREATE TABLE place_names (
  place      TEXT NOT NULL REFERENCES places(id),
  valid_from TEXT NOT NULL,
  valid_to   TEXT NOT NULL,
  name_hans  TEXT NOT NULL,
  name_hant  TEXT NOT NULL,
  name_en    TEXT NOT NULL,
  sources    TEXT NOT NULL,
  PRIMARY KEY (place, valid_from)
) WITHOUT ROWID;

CREATE TABLE meetings (
  id         TEXT PRIMARY KEY,           -- 'summit-1', 'ministerial-3', 'deputy-1996', ...
  kind       TEXT NOT NULL CHECK (kind IN ('summit', 'ministerial', 'deputy_ministerial',
               'special_ministerial', 'informal_ministerial', 'expert', 'working_group', 'senior_officials')),
  ordinal    INTEGER,                    -- 1st, 2nd ... within its kind, where counted
  date       TEXT NOT NULL,
  end_date   TEXT,
  place      TEXT REFERENCES places(id),
  host       TEXT REFERENCES entities(id),
  status     TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'planned')),
  title_hans TEXT NOT NULL,
  title_hant TEXT NOT NULL,
  title_en   TEXT NOT NULL,
  confidence TEXT NOT NULL DEFAULT 'confirmed' CHECK (confidence IN ('confirmed', 'unverified')),
  note_hans  TEXT,
  note_hant  TEXT,
  note_en    TEXT,
  sources    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
  id         TEXT PRIMARY KEY,
  meeting    TEXT REFERENCES meetings(id),
  date       TEXT NOT NULL,
  title_hans TEXT NOT NULL,
  title_hant TEXT NOT NULL,
  title_en   TEXT NOT NULL,
  sources    TEXT NOT NULL
) WITHOUT ROWID;

-- Chairmanships as terms: a renewed chairmanship is a second row.
CREATE TABLE chairs (
  term    INTEGER PRIMARY KEY,           -- 1, 2, 3 ... in order
  country TEXT NOT NULL REFERENCES entities(id),
  start   TEXT NOT NULL,
  end     TEXT,                          -- NULL: current
  note_hans TEXT,
  note_hant TEXT,
  note_en TEXT,
  sources TEXT NOT NULL
);

CREATE TABLE secretariat_seats (
  place   TEXT NOT NULL REFERENCES places(id),
  start   TEXT NOT NULL,
  end     TEXT,
  note_hans TEXT,
  note_hant TEXT,
  note_en TEXT,
  sources TEXT NOT NULL,
  PRIMARY KEY (place, start)
) WITHOUT ROWID;

CREATE TABLE secretariat_heads (
  id          TEXT PRIMARY KEY,
  name_hans   TEXT NOT NULL,
  name_hant   TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  nationality TEXT NOT NULL REFERENCES entities(id),
  title       TEXT NOT NULL CHECK (title IN ('executive_director', 'secretary_general')),
  start       TEXT NOT NULL,
  end         TEXT,
  sources     TEXT NOT NULL,
  -- added in dataset 1.0.0 (appended, nothing renamed):
  confidence  TEXT NOT NULL DEFAULT 'confirmed' CHECK (confidence IN ('confirmed', 'unverified')),
  note_hans   TEXT,                      -- note (e.g. why a name has no Chinese form), 简体
  note_hant   TEXT,
  note_en     TEXT
) WITHOUT ROWID;

CREATE TABLE cbm_areas (
  id        TEXT PRIMARY KEY,
  ord       INTEGER NOT NULL,
  name_hans TEXT NOT NULL,
  name_hant TEXT NOT NULL,
  name_en   TEXT NOT NULL,
  sources   TEXT NOT NULL
) WITHOUT ROWID;

-- The four planned stages of development (1992-1995, ...).
CREATE TABLE stages (
  ord       INTEGER PRIMARY KEY,
  start     TEXT NOT NULL,
  end       TEXT NOT NULL,
  text_hans TEXT NOT NULL,
  text_hant TEXT NOT NULL,
  text_en   TEXT NOT NULL,
  sources   TEXT NOT NULL
);

-- Dated events that are not meetings: proposals, rule changes, renames, accessions of note.
CREATE TABLE events (
  id         TEXT PRIMARY KEY,
  date       TEXT NOT NULL,
  kind       TEXT NOT NULL,              -- 'proposal', 'rule_change', 'rename_proposal', 'activity', ...
  title_hans TEXT NOT NULL,
  title_hant TEXT NOT NULL,
  title_en   TEXT NOT NULL,
  confidence TEXT NOT NULL DEFAULT 'confirmed' CHECK (confidence IN ('confirmed', 'unverified')),
  sources    TEXT NOT NULL,
  -- added in dataset 1.0.0 (appended, nothing renamed):
  end_date   TEXT                        -- for events that span a period (e.g. a chairmanship's activities)
) WITHOUT ROWID;

-- Who attended a meeting in which role, where a source names them (added in dataset 1.0.0).
CREATE TABLE participants (
  meeting TEXT NOT NULL REFERENCES meetings(id),
  entity  TEXT NOT NULL REFERENCES entities(id),
  role    TEXT NOT NULL CHECK (role IN ('participant', 'member', 'observer')),
  sources TEXT NOT NULL,
  PRIMARY KEY (meeting, entity)
) WITHOUT ROWID;

-- Where sources disagree: the question, each claim with its sources, and what the dataset prefers.
CREATE TABLE discrepancies (
  id         TEXT PRIMARY KEY,
  subject    TEXT NOT NULL,              -- what it is about: 'entity:TH', 'meeting:summit-5', 'counts', ...
  field      TEXT,                       -- which field: 'joined', 'date', ...
  title_hans TEXT NOT NULL,
  title_hant TEXT NOT NULL,
  title_en   TEXT NOT NULL,
  preferred_hans TEXT,                   -- the value the dataset uses (简体)
  preferred_hant TEXT,
  preferred_en   TEXT NOT NULL,
  reason_hans    TEXT,                   -- why (简体)
  reason_hant    TEXT,
  reason_en      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE discrepancy_claims (
  discrepancy TEXT NOT NULL REFERENCES discrepancies(id),
  ord         INTEGER NOT NULL,
  claim_hans  TEXT,                      -- the claimed value, as the source states it (简体); programs read
                                         -- values (years, counts) from claim_en, the same in every language
  claim_hant  TEXT,
  claim_en    TEXT NOT NULL,
  sources     TEXT NOT NULL,
  PRIMARY KEY (discrepancy, ord)
) WITHOUT ROWID;

-- Standing rules and characteristics of CICA that are not dated events: how often it meets, who
-- chairs, its bodies, how the secretariat is run. `valid_from`/`valid_to` bound a rule where known.
CREATE TABLE rules (
  id        TEXT PRIMARY KEY,
  topic     TEXT NOT NULL,               -- 'purpose', 'meetings', 'chair', 'bodies', 'secretariat'
  text_hans TEXT NOT NULL,
  text_hant TEXT NOT NULL,
  text_en   TEXT NOT NULL,
  valid_from TEXT,
  valid_to  TEXT,
  sources   TEXT NOT NULL
) WITHOUT ROWID;

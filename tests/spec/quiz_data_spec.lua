-- cica.quiz.data: g.data, the deprecated record shape of the generator contract (docs/quiz.md),
-- is now made from the API's records (the collection registry). This spec keeps the loader it
-- replaced, reading the tables with SQL, and checks the adapter gives exactly what it gave, so
-- that every generator sees the same data.
package.path = "lua/?.lua;" .. package.path
local data = require "cica.quiz.data"

-- ---- the loader before the registry (reference, kept verbatim) ----------------------------
local function query(sql, ...)
  return cica.query(sql, ...)
end

-- `sources` columns hold a JSON array of ids: '["A3","R1"]'.
local function ids(json)
  local out = {}
  for id in tostring(json or ""):gmatch('"([^"]+)"') do out[#out + 1] = id end
  return out
end


local function names(row, prefix)
  prefix = prefix or "name"
  return { hans = row[prefix .. "_hans"], hant = row[prefix .. "_hant"], en = row[prefix .. "_en"] }
end

local function load_entities()
  local by_id = {}
  for _, r in ipairs(query("SELECT * FROM entities ORDER BY id")) do
    by_id[r.id] = {
      id = r.id, kind = r.kind, name = names(r), region = r.region, subregion = r.subregion,
      founding = r.founding == 1, sources = ids(r.sources), aliases = {}, alias_rows = {},
    }
  end
  for _, a in ipairs(query("SELECT * FROM aliases ORDER BY entity, lang, alias")) do
    local e = by_id[a.entity]
    if e then
      e.aliases[#e.aliases + 1] = a.alias
      e.alias_rows[#e.alias_rows + 1] = a
    end
  end
  return by_id
end

local function load_places()
  local by_id = {}
  for _, r in ipairs(query("SELECT * FROM places ORDER BY id")) do
    by_id[r.id] = { id = r.id, country = r.country, name = names(r), former = {} }
  end
  for _, r in ipairs(query("SELECT * FROM place_names ORDER BY place, valid_from")) do
    local p = by_id[r.place]
    if p then
      p.former[#p.former + 1] = { name = names(r), from = r.valid_from, to = r.valid_to,
        sources = ids(r.sources) }
    end
  end
  return by_id
end

local function with_sources(rows)
  for _, r in ipairs(rows) do r.sources = ids(r.sources) end
  return rows
end

local function load_discrepancies()
  local list, by_id = {}, {}
  for _, r in ipairs(query("SELECT * FROM discrepancies ORDER BY id")) do
    r.title = names(r, "title")
    r.claims = {}
    list[#list + 1] = r
    by_id[r.id] = r
  end
  for _, c in ipairs(query("SELECT * FROM discrepancy_claims ORDER BY discrepancy, ord")) do
    local d = by_id[c.discrepancy]
    -- `claim` is the English text, the one generators parse (years, counts) whatever the display
    -- language; `text` holds the three forms, for showing (see api.claim_line).
    if d then
      d.claims[#d.claims + 1] = { claim = c.claim_en, text = names(c, "claim"), sources = ids(c.sources) }
    end
  end
  return list
end

local function load_sources()
  local by_id = {}
  for _, r in ipairs(query("SELECT id, title_hans, title_hant, title_en, original_title, url, kind, lang FROM sources")) do
    r.title = names(r, "title")
    by_id[r.id] = r
  end
  return by_id
end

local function reference_load()
  local d = {
    entities = load_entities(),
    places = load_places(),
    statuses = with_sources(query(
      "SELECT entity, status, start, \"end\" AS finish, ord, confidence, note_hans, note_hant, note_en, sources FROM statuses ORDER BY start, ord, entity")),
    meetings = with_sources(query("SELECT * FROM meetings ORDER BY date, id")),
    documents = with_sources(query("SELECT * FROM documents ORDER BY date, id")),
    chairs = with_sources(query(
      "SELECT term, country, start, \"end\" AS finish, note_hans, note_hant, note_en, sources FROM chairs ORDER BY term")),
    seats = with_sources(query(
      "SELECT place, start, \"end\" AS finish, note_hans, note_hant, note_en, sources FROM secretariat_seats ORDER BY start")),
    heads = with_sources(query(
      "SELECT id, name_hans, name_hant, name_en, nationality, title, start, \"end\" AS finish, sources FROM secretariat_heads ORDER BY start")),
    events = with_sources(query("SELECT * FROM events ORDER BY date, id")),
    discrepancies = load_discrepancies(),
    sources = load_sources(),
  }
  for _, h in ipairs(d.heads) do h.name = names(h) end
  -- Notes in three forms ({hans, hant, en}, or nil where a row has none), like names.
  for _, list in ipairs { d.statuses, d.chairs, d.seats } do
    for _, r in ipairs(list) do if r.note_en then r.note = names(r, "note") end end
  end
  for _, m in ipairs(d.meetings) do m.title = names(m, "title") end
  for _, m in ipairs(d.documents) do m.title = names(m, "title") end
  for _, e in ipairs(d.events) do e.title = names(e, "title") end
  return d
end


-- ---------------------------------------------------------------------------------------------

describe("cica.quiz.data", function()
  it("gives generators exactly the data the SQL loader gave", function()
    local want = reference_load()
    local got = data.get()
    for _, key in ipairs({ "entities", "places", "statuses", "meetings", "documents", "chairs", "seats",
                           "heads", "events", "discrepancies", "sources" }) do
      assert.are.same(want[key], got[key], key)
    end
    local keys = {}
    for k in pairs(got) do keys[#keys + 1] = k end
    table.sort(keys)
    assert.are.same({ "chairs", "discrepancies", "documents", "entities", "events", "heads", "meetings",
                      "places", "seats", "sources", "statuses" }, keys)
  end)

  it("gives the same pairs of 简体 and 繁體 spellings to the matcher", function()
    local pairs_ = data.script_pairs(data.get())
    assert.is_true(#pairs_ > 100)
    for i = 2, #pairs_ do
      assert.is_true(pairs_[i - 1][1] .. pairs_[i - 1][2] <= pairs_[i][1] .. pairs_[i][2])
    end
  end)
end)

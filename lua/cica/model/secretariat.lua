-- cica.secretariat: where the CICA Secretariat sat and who headed it (tables secretariat_seats,
-- secretariat_heads, places, place_names).
local lang = require "cica.lang"
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 40 }

--- The seats and heads of the Secretariat, in order: { seats = {…}, heads = {…} }.
function M.secretariat(cica)
  local name_of = u.place_namer(cica)
  local seats, heads = {}, {}
  for row in cica.rows("SELECT * FROM secretariat_seats ORDER BY start") do
    local seat = { place = row.place, from = row.start, to = row["end"], sources = u.source_list(row.sources) }
    u.localize_text(seat, row, "note", nil, cica.lang)
    local place = name_of(row.place, nil)
    if place then u.localize(seat, place, "name", "city", cica.lang) end
    seats[#seats + 1] = seat
  end
  for row in cica.rows("SELECT * FROM secretariat_heads ORDER BY start, id") do
    local head = { id = row.id, nationality = row.nationality, title = row.title,
                   from = row.start, to = row["end"], confidence = row.confidence,
                   sources = u.source_list(row.sources) }
    u.localize(head, row, "name", nil, cica.lang)
    u.localize_text(head, row, "note", nil, cica.lang)
    heads[#heads + 1] = head
  end
  return { seats = seats, heads = heads }
end

-- Search titles of a seat, per language: closed, and current.
local LABEL = {
  ["zh-Hans"] = { "亚信秘书处：%s（%s至%s）", "亚信秘书处：%s（%s起）" },
  ["zh-Hant"] = { "亞信秘書處：%s（%s至%s）", "亞信秘書處：%s（%s起）" },
  en = { "CICA Secretariat: %s, %s to %s", "CICA Secretariat: %s, from %s" },
}

local DATE = u.DATE

M.classes = {
  {
    name = "cica.Secretariat",
    summary = "The CICA Secretariat: where it sat and who headed it.",
    fields = {
      { "seats", "cica.SecretariatSeat[]", "its seats, in order" },
      { "heads", "cica.SecretariatHead[]", "its executive directors and secretaries general, in order" },
    },
  },
  {
    name = "cica.SecretariatSeat",
    summary = "A city the Secretariat sat in, for a period.",
    fields = model.fields({
      { "place", "string", "the place id" },
    }, model.localized("city", "the city"), {
      { "from", "string", "since when: " .. DATE },
      { "to", "string?", "until when; nil for the current seat" },
    }, u.note(), { u.SOURCES }),
  },
  {
    name = "cica.SecretariatHead",
    summary = "A head of the Secretariat.",
    fields = model.fields({
      { "id", "string", "a stable id" },
    }, model.localized("name", "the name"), {
      { "nationality", "string", "the id of the state they come from" },
      { "title", "string", '"executive_director" or "secretary_general"' },
      { "from", "string", "since when: " .. DATE },
      { "to", "string?", "until when; nil for the current head" },
      u.CONFIDENCE,
    }, u.note(), { u.SOURCES }),
  },
}

M.collections = {
  {
    name = "secretariat", kind = "value", class = "cica.Secretariat", build = M.secretariat, sources = true,
    -- on a date: the seats and heads begun by then
    as_of = function(cica, day)
      local sec = cica.secretariat or {}
      return { seats = u.clip(sec.seats, day), heads = u.clip(sec.heads, day) }
    end,
    summary = "The Secretariat: its seats and its heads, in order.",
    example = 'for _, h in ipairs(cica.secretariat.heads) do print(h.from, h.name, h.title) end',
    parts = {
      seats = { class = "cica.SecretariatSeat", show = { "place", "city", "from", "to" } },
      heads = { class = "cica.SecretariatHead", show = { "id", "name", "title", "from", "to" } },
    },
    search = {
      {
        kind = "seat", rank = 6, from = "`cica.secretariat.seats`",
        what = "a seat of the secretariat", ids = "`place@start`, e.g. `astana@2014-09`",
        label = { ["zh-Hans"] = "秘书处驻地", ["zh-Hant"] = "秘書處駐地", en = "seat" },
        records = function(cica) return cica.secretariat.seats end,
        key = function(s) return s.place .. "@" .. s.from end,
        title = function(record, code)
          local label, name = lang.text(LABEL, code), record.city or record.place
          if record.to then return label[1]:format(name, record.from, record.to) end
          return label[2]:format(name, record.from)
        end,
      },
      {
        kind = "head", rank = 7, key = "id", from = "`cica.secretariat.heads`",
        what = "a head of the secretariat", ids = "`gong-jianwei`, …",
        label = { ["zh-Hans"] = "秘书处负责人", ["zh-Hant"] = "秘書處負責人", en = "head" },
        records = function(cica) return cica.secretariat.heads end,
        -- the person and the post in the language of the results ("宫建伟（执行主任）"), not the
        -- post's id, which the default title (a record's `title` field) would show
        title = function(record, code)
          local post = record.title and lang.t("words." .. record.title, code) or nil
          local name = lang.field(record, "name", code) or record.id
          if not post then return name end
          return lang.t("words.person_post", code, name, post)
        end,
      },
    },
  },
}

return M

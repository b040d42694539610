-- cica.timeline: every dated fact in order, drawn from the other collections.
local lang = require "cica.lang"
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 120 }

-- Timeline titles for records that have none of their own, per language.
local TEMPLATES = {
  member = { hans = "%s成为亚信成员国", hant = "%s成為亞信成員國", en = "%s becomes a CICA member" },
  observer = { hans = "%s成为亚信观察员", hant = "%s成為亞信觀察員", en = "%s becomes a CICA observer" },
  partner = { hans = "%s成为亚信伙伴", hant = "%s成為亞信夥伴", en = "%s becomes a CICA partner" },
  chair = { hans = "%s任亚信主席国", hant = "%s任亞信主席國", en = "%s takes the CICA chair" },
  seat = { hans = "亚信秘书处设于%s", hant = "亞信秘書處設於%s", en = "CICA secretariat seated in %s" },
  head = { hans = "%s任亚信秘书处负责人", hant = "%s任亞信秘書處負責人", en = "%s heads the CICA secretariat" },
}

-- A timeline entry titled from a template and a record with *_hans/_hant/_en names.
local function templated(kind, when, template, named, field, ref, code)
  local entry = { date = when, kind = kind, ref = ref }
  for _, c in ipairs(lang.codes) do
    local suffix = lang.suffix(c)
    entry["title_" .. suffix] = TEMPLATES[template][suffix]:format(named[field .. "_" .. suffix] or "?")
  end
  entry.title = entry["title_" .. lang.suffix(code)]
  return entry
end

-- An entry for a record with a title of its own (a document, an event).
local function titled(kind, record, ref_kind)
  local entry = { date = record.date, kind = kind, title = record.title,
                  ref = { kind = ref_kind, id = record.id, record = record } }
  for _, c in ipairs(lang.codes) do
    local f = "title_" .. lang.suffix(c)
    entry[f] = record[f]
  end
  return entry
end

--- Every dated event in order: accessions, meetings, chair terms, documents, the secretariat.
function M.timeline(cica)
  local code, out = cica.lang, {}
  local title_with_status = require("cica.model.meetings").title_with_status
  for _, e in ipairs(cica.entities) do
    for _, p in ipairs(e.history) do
      out[#out + 1] = templated("status", p.from, p.status, e, "name", { kind = "entity", id = e.id, period = p }, code)
    end
  end
  for _, m in ipairs(cica.meetings) do
    local entry = { date = m.date, kind = m.kind, ref = { kind = "meeting", id = m.id, record = m } }
    for _, c in ipairs(lang.codes) do
      entry["title_" .. lang.suffix(c)] = title_with_status(m, lang.suffix(c))
    end
    entry.title = entry["title_" .. lang.suffix(code)]
    out[#out + 1] = entry
  end
  for _, d in ipairs(cica.documents) do out[#out + 1] = titled("document", d, "document") end
  for _, ev in ipairs(cica.events) do out[#out + 1] = titled(ev.kind, ev, "event") end
  for _, c in ipairs(cica.chairs) do
    local e = cica.find(c.country)
    if e then out[#out + 1] = templated("chair", c.from, "chair", e, "name", { kind = "chair", id = c.term, record = c }, code) end
  end
  local sec = cica.secretariat
  for _, s in ipairs(sec.seats) do
    out[#out + 1] = templated("secretariat", s.from, "seat", s, "city", { kind = "seat", id = s.place, record = s }, code)
  end
  for _, h in ipairs(sec.heads) do
    out[#out + 1] = templated("secretariat", h.from, "head", h, "name", { kind = "head", id = h.id, record = h }, code)
  end
  for i, entry in ipairs(out) do entry.seq = i end
  table.sort(out, function(a, b)
    if a.date ~= b.date then return a.date < b.date end
    return a.seq < b.seq
  end)
  for _, entry in ipairs(out) do entry.seq = nil end
  return out
end

M.classes = {
  {
    name = "cica.TimelineEntry",
    summary = "One dated entry of the timeline.",
    fields = model.fields({
      { "date", "string", "when: " .. u.DATE },
      { "kind", "string", 'what kind of event: "status", a meeting kind, "document", "chair", "secretariat", an event kind' },
    }, model.localized("title", "what happened"), {
      { "ref", "table", "what it comes from: { kind =, id =, record = } (or period = for a status)" },
    }),
  },
}

M.collections = {
  {
    name = "timeline", class = "cica.TimelineEntry", build = M.timeline, as_of = "rebuild", by_today = true,
    summary = "Every dated fact in order: accessions, meetings, documents, events, chairmanships, the Secretariat.",
    show = { "date", "kind", "title" },
    example = 'for _, e in ipairs(cica.timeline) do if e.date:sub(1, 4) == "2014" then print(e.date, e.title) end end',
  },
}

return M

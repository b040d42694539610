-- `cica quiz export`: every question of the chosen topics as an Anki text import, CSV or JSON.
--
-- Anki (the manual's "Importing → Text files", file headers of Anki 2.1.54+): tab-separated,
-- HTML fields, one note per line; columns guid, deck, tags, Front, Back. The GUID is
-- "cica:" .. the question id, which is stable (made from the facts, not from the order), so
-- importing a newer export updates the notes in place and keeps their scheduling. Decks are
-- CICA::<topic name> in the display language; tags "cica cica::<topic id>".
-- CSV: RFC 4180 (CRLF, quotes doubled, fields quoted when needed), one row per question.
-- JSON: {format, version, lang, questions = [...]}; docs/quiz.md documents the fields.
local api = require "cica.quiz.api"
local data = require "cica.quiz.data"
local escape = require("cica.format.svg").escape

local M = {}

M.FORMATS = { "anki", "csv", "json" }
M.VERSION = 1

local MSG = require("cica.lang").area("quiz_export") -- its messages (lua/cica/messages/quiz_export.lua)
local function L(key, lang, ...) return api.format(api.localize(MSG[key], lang), ...) end

local LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

-- Whether a question can only be asked with its choices ("Which of these …?").
local function choice_only(q)
  for _, m in ipairs(q.modes) do if m == "typed" then return false end end
  return true
end

-- The questions in topic order (generators' order), then by id: an export is stable across
-- runs and seeds for the same dataset. Returns a new array.
function M.order(questions, gens)
  local rank = {}
  for i, g in ipairs(gens) do rank[g.topic] = i end
  local out = {}
  for i, q in ipairs(questions) do out[i] = q end
  table.sort(out, function(a, b)
    local ra, rb = rank[a.topic] or math.huge, rank[b.topic] or math.huge
    if ra ~= rb then return ra < rb end
    return a.id < b.id
  end)
  return out
end

local function topic_names(gens, lang)
  local topics, out = require "cica.quiz.topics", {}
  for _, g in ipairs(gens) do out[g.topic] = topics.display_name(g, lang) end
  return out
end

-- The other right answers' texts (one definition, in the study sheet).
local also = require("cica.quiz.sheet").also

-- A field for Anki: HTML-escaped, no tab or line break (they would split the note).
local function field(s)
  return (escape(s):gsub("[\t\r\n]+", " "))
end

local function anki(questions, gens, lang)
  local names = topic_names(gens, lang)
  local sources_by_id = data.sources()
  local out = {
    "#separator:tab", "#html:true", "#notetype:Basic", "#columns:guid\tdeck\ttags\tFront\tBack",
    "#guid column:1", "#deck column:2", "#tags column:3",
  }
  for _, q in ipairs(questions) do
    local front = field(q.prompt)
    if choice_only(q) then
      local c = {}
      for k, text in ipairs(q.choices) do c[k] = LETTERS:sub(k, k) .. ") " .. field(text) end
      front = front .. "<br>" .. table.concat(c, "<br>")
    end
    local back = { "<b>" .. field(q.answer) .. "</b>" }
    local a = also(q)
    if #a > 0 then back[#back + 1] = field(L("also", lang, table.concat(a, L("sep", lang)))) end
    if q.explain then back[#back + 1] = field(q.explain) end
    if q.note then back[#back + 1] = field(q.note) end
    if #q.sources > 0 then
      local s = {}
      for _, id in ipairs(q.sources) do
        local src = sources_by_id[id]
        s[#s + 1] = src and string.format(lang == "en" and "%s (%s)" or "%s（%s）", id, api.name_in(src.title, lang)) or id
      end
      back[#back + 1] = "<small>" .. field(L("sources", lang, table.concat(s, L("src_sep", lang)))) .. "</small>"
    end
    local deck = "CICA::" .. (names[q.topic] or q.topic)
    out[#out + 1] = table.concat({ "cica:" .. q.id, field(deck), "cica cica::" .. q.topic, front,
      table.concat(back, "<br>") }, "\t")
  end
  return table.concat(out, "\n") .. "\n"
end

-- One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
local function csv_field(s)
  s = tostring(s or "")
  if s:find('[,"\r\n]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

M.CSV_COLUMNS = { "id", "topic", "question", "choices", "answer", "accepted", "explanation", "sources" }

local function csv(questions, gens, lang)
  local names = topic_names(gens, lang)
  local rows = { table.concat(M.CSV_COLUMNS, ",") }
  for _, q in ipairs(questions) do
    local expl = {}
    if q.explain then expl[#expl + 1] = q.explain end
    if q.note then expl[#expl + 1] = q.note end
    local cells = { q.id, names[q.topic] or q.topic, q.prompt, table.concat(q.choices, " | "), q.answer,
      table.concat(q.accepted, " | "), table.concat(expl, " "), table.concat(q.sources, " ") }
    for i, c in ipairs(cells) do cells[i] = csv_field(c) end
    rows[#rows + 1] = table.concat(cells, ",")
  end
  return table.concat(rows, "\r\n") .. "\r\n"
end

local function json_doc(questions, gens, lang)
  local json = require "cica.format.json"
  local names = topic_names(gens, lang)
  local sources_by_id = data.sources()
  local items = {}
  for i, q in ipairs(questions) do
    local sources = {}
    for k, id in ipairs(q.sources) do
      local s = sources_by_id[id]
      sources[k] = { id = id, title = s and api.name_in(s.title, lang) or json.null, url = s and s.url or json.null }
    end
    items[i] = json.encode {
      id = q.id, topic = q.topic, topic_name = names[q.topic] or q.topic, question = q.prompt,
      choices = q.choices, choice_only = choice_only(q), answer = q.answer, accepted = q.accepted,
      explanation = q.explain or json.null, note = q.note or json.null, sources = sources,
    }
  end
  return string.format('{"format":"cica-quiz-export","version":%d,"lang":%s,"questions":[%s%s%s]}\n',
    M.VERSION, json.encode(lang), #items > 0 and "\n" or "", table.concat(items, ",\n"), #items > 0 and "\n" or "")
end

local RENDER = { anki = anki, csv = csv, json = json_doc }

-- The export of `questions` in `format` (anki, csv or json) and `lang`; gens names and orders the
-- topics. opts.bom puts a UTF-8 byte-order mark first (for spreadsheet programs; csv only).
function M.render(questions, gens, format, lang, opts)
  local text = RENDER[format](M.order(questions, gens), gens, lang)
  if opts and opts.bom then text = "\239\187\191" .. text end
  return text
end

return M

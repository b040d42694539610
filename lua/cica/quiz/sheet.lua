-- The study sheet (`cica quiz --print`): a handout with a title, the date and the topics, the
-- questions numbered and grouped by topic (choices where the question has them), and the answer
-- key at the end with each answer's explanation and sources. No internal ids. Text, Markdown or
-- HTML (print CSS for A4 with the key on a new page; readable on a phone; a CJK font stack).
local api = require "cica.quiz.text" -- (localize, format, name_in: the generator API's own)
local data = require "cica.quiz.data"
-- HTML escaping, from cica.format.svg when an HTML sheet first needs it (loading it costs a
-- text sheet ~1.7 M instructions for nothing).
local function escape(s) return require("cica.format.svg").escape(s) end

local M = {}

local MSG = require("cica.lang").area("quiz_sheet") -- its messages (lua/cica/messages/quiz_sheet.lua)

local function L(key, lang, ...) return api.format(api.localize(MSG[key], lang), ...) end

local LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

-- The questions grouped by topic, topics in generator order (then any other, by first use),
-- numbered 1..n in that order. Returns {{gen=, name=, items={{n=, q=}}}}.
local function sections(questions, gens, lang)
  local topics = require "cica.quiz.topics"
  local by, order = {}, {}
  for _, g in ipairs(gens) do
    by[g.topic] = { name = topics.display_name(g, lang), items = {} }
    order[#order + 1] = g.topic
  end
  for _, q in ipairs(questions) do
    if not by[q.topic] then
      by[q.topic] = { name = q.topic, items = {} }
      order[#order + 1] = q.topic
    end
    table.insert(by[q.topic].items, q)
  end
  local out, n = {}, 0
  for _, t in ipairs(order) do
    local s = by[t]
    if #s.items > 0 then
      local items = {}
      for _, q in ipairs(s.items) do n = n + 1; items[#items + 1] = { n = n, q = q } end
      out[#out + 1] = { name = s.name, items = items }
    end
  end
  return out
end

-- The choices of a question as {"A) x", …}, or nil for a typed question.
local function choices(q)
  if q.mode ~= "choice" then return nil end
  local out = {}
  for k, o in ipairs(q.choice_options) do out[k] = LETTERS:sub(k, k) .. ") " .. o.text end
  return out
end

-- The answer as the key gives it: the letter too for a choice question ("B) Almaty").
local function answer_text(q)
  if q.mode == "choice" then
    for k, o in ipairs(q.choice_options) do
      if o == q.answers[1] then return LETTERS:sub(k, k) .. ") " .. q.answer end
    end
  end
  return q.answer
end

--- The other accepted answers' texts (other right answers, such as each year sources give);
-- the export uses it too.
function M.also(q)
  local out = {}
  for k = 2, #q.answers do out[#out + 1] = q.answers[k].text end
  return out
end
local also = M.also

-- Sources in full: "A3 (title)"; each made once per language (the same sources come back
-- question after question).
local labels = {}
local function source_list(q, lang)
  local sources, out = data.sources(), {}
  local made = labels[lang]
  if not made then made = {}; labels[lang] = made end
  for _, id in ipairs(q.sources) do
    local label = made[id]
    if not label then
      local s = sources[id]
      label = s and string.format(lang == "en" and "%s (%s)" or "%s（%s）", id, api.name_in(s.title, lang)) or id
      made[id] = label
    end
    out[#out + 1] = label
  end
  return out
end

-- The heading facts: title, "date · n questions", topics.
local function heading(secs, n, opts)
  local names = {}
  for _, s in ipairs(secs) do names[#names + 1] = s.name end
  return L("title", opts.lang), os.date("%Y-%m-%d", opts.now) .. L("dot", opts.lang) .. (n == 1 and L("count1", opts.lang) or L("count", opts.lang, n)),
    L("topics", opts.lang, table.concat(names, L("sep", opts.lang)))
end

-- The key's lines for one question: answer, also accepted, explanation, note, sources.
local function key_parts(q, lang)
  local parts = {}
  local a = also(q)
  if #a > 0 then parts[#parts + 1] = L("also", lang, table.concat(a, L("sep", lang))) end
  if q.explain then parts[#parts + 1] = q.explain end
  if q.note then parts[#parts + 1] = q.note end
  if #q.sources > 0 then parts[#parts + 1] = L("sources", lang, table.concat(source_list(q, lang), L("src_sep", lang))) end
  return parts
end

local function render_text(secs, n, opts)
  local lang = opts.lang
  local title, sub, topics = heading(secs, n, opts)
  local out = { title, sub, topics }
  for _, s in ipairs(secs) do
    out[#out + 1] = ""
    out[#out + 1] = s.name
    out[#out + 1] = string.rep("-", require("cica.width").width(s.name))
    for _, it in ipairs(s.items) do
      local prompt = it.q.prompt
      if prompt:find("\n", 1, true) then prompt = prompt:gsub("\n", "\n   ") end
      out[#out + 1] = string.format("%d. %s", it.n, prompt)
      for _, c in ipairs(choices(it.q) or {}) do out[#out + 1] = "   " .. c end
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = L("key", lang)
  out[#out + 1] = string.rep("=", require("cica.width").width(L("key", lang)))
  for _, s in ipairs(secs) do
    for _, it in ipairs(s.items) do
      out[#out + 1] = string.format("%d. %s", it.n, answer_text(it.q))
      for _, p in ipairs(key_parts(it.q, lang)) do
        out[#out + 1] = "   " .. (p:find("\n", 1, true) and p:gsub("\n", "\n   ") or p)
      end
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = L("generated", lang)
  return table.concat(out, "\n") .. "\n"
end

-- Markdown: characters that would start markup are escaped.
local function md(s)
  return (tostring(s):gsub("([\\`*_%[%]<>#|])", "\\%1"):gsub("\n", "  \n   "))
end

local function render_md(secs, n, opts)
  local lang = opts.lang
  local title, sub, topics = heading(secs, n, opts)
  local out = { "# " .. md(title), "", md(sub) .. "  ", md(topics) }
  for _, s in ipairs(secs) do
    out[#out + 1] = ""
    out[#out + 1] = "## " .. md(s.name)
    out[#out + 1] = ""
    for _, it in ipairs(s.items) do
      out[#out + 1] = string.format("%d. %s", it.n, md(it.q.prompt))
      for _, c in ipairs(choices(it.q) or {}) do out[#out + 1] = "   - " .. md(c) end
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = "## " .. md(L("key", lang))
  out[#out + 1] = ""
  for _, s in ipairs(secs) do
    for _, it in ipairs(s.items) do
      out[#out + 1] = string.format("%d. **%s**", it.n, md(answer_text(it.q)))
      for _, p in ipairs(key_parts(it.q, lang)) do out[#out + 1] = "   " .. md(p) .. "  " end
      out[#out] = out[#out]:gsub("  $", "")
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = "*" .. md(L("generated", lang)) .. "*"
  return table.concat(out, "\n") .. "\n"
end

-- Print on A4 with the key on a page of its own; one column that fits a phone; CJK fonts first
-- for Chinese (Noto Sans CJK from fonts-noto-cjk on Debian), then the platform's own.
M.CSS = [[
body { font-family: "Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", "PingFang SC",
  "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  max-width: 46em; margin: 0 auto; padding: 1em; line-height: 1.6; color: #111; }
:lang(zh-Hant) body, body:lang(zh-Hant) { font-family: "Noto Sans CJK TC", "Source Han Sans TC",
  "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK SC", sans-serif; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
.meta { color: #444; margin-top: 0; }
h2 { font-size: 1.15em; border-bottom: 1px solid #999; margin-top: 1.4em; }
ol { padding-left: 2.2em; }
li { margin: 0.35em 0; break-inside: avoid; }
ul.choices { list-style: none; padding-left: 0.5em; margin: 0.2em 0; }
.key li p { margin: 0.1em 0; }
.answer { font-weight: bold; }
.sources { color: #444; font-size: 0.9em; overflow-wrap: anywhere; }
footer { margin-top: 2em; color: #666; font-size: 0.85em; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  section.key { break-before: page; }
  h2 { break-after: avoid; }
}
]]

-- Escaped text with its line breaks kept.
local function text_html(s) return (escape(s):gsub("\n", "<br>")) end

local function render_html(secs, n, opts)
  local lang = opts.lang
  local title, sub, topics = heading(secs, n, opts)
  local out = {
    "<!DOCTYPE html>",
    string.format('<html lang="%s">', escape(lang)),
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>" .. escape(title) .. "</title>",
    "<style>\n" .. M.CSS .. "</style>",
    "</head>",
    "<body>",
    "<h1>" .. escape(title) .. "</h1>",
    '<p class="meta">' .. escape(sub) .. "<br>" .. escape(topics) .. "</p>",
  }
  for _, s in ipairs(secs) do
    out[#out + 1] = "<section>"
    out[#out + 1] = "<h2>" .. escape(s.name) .. "</h2>"
    out[#out + 1] = string.format('<ol start="%d">', s.items[1].n)
    for _, it in ipairs(s.items) do
      local c = choices(it.q)
      if c then
        local li = {}
        for k, x in ipairs(c) do li[k] = "<li>" .. text_html(x) .. "</li>" end
        out[#out + 1] = "<li>" .. text_html(it.q.prompt) .. '<ul class="choices">' .. table.concat(li) .. "</ul></li>"
      else
        out[#out + 1] = "<li>" .. text_html(it.q.prompt) .. "</li>"
      end
    end
    out[#out + 1] = "</ol>"
    out[#out + 1] = "</section>"
  end
  out[#out + 1] = '<section class="key">'
  out[#out + 1] = "<h2>" .. escape(L("key", lang)) .. "</h2>"
  out[#out + 1] = "<ol>"
  for _, s in ipairs(secs) do
    for _, it in ipairs(s.items) do
      local parts = { '<p class="answer">' .. text_html(answer_text(it.q)) .. "</p>" }
      local kp = key_parts(it.q, lang)
      for k, p in ipairs(kp) do
        local last_is_sources = k == #kp and #it.q.sources > 0
        parts[#parts + 1] = (last_is_sources and '<p class="sources">' or "<p>") .. text_html(p) .. "</p>"
      end
      out[#out + 1] = string.format('<li value="%d">', it.n) .. table.concat(parts) .. "</li>"
    end
  end
  out[#out + 1] = "</ol>"
  out[#out + 1] = "</section>"
  out[#out + 1] = "<footer>" .. escape(L("generated", lang)) .. "</footer>"
  out[#out + 1] = "</body>"
  out[#out + 1] = "</html>"
  return table.concat(out, "\n") .. "\n"
end

local RENDER = { text = render_text, md = render_md, html = render_html }
M.FORMATS = { "text", "md", "html" }

-- The sheet for `questions` (as chosen by cica.quiz.session.select) in opts.format (text, md or
-- html), opts.lang, dated opts.now (unix seconds); gens orders and names the topics.
function M.render(questions, gens, opts)
  local secs = sections(questions, gens, opts.lang)
  return RENDER[opts.format](secs, #questions, opts)
end

return M

-- cica.help: the documentation of every name in the cica API, as data. It is the one source of
-- truth: help(x) in the REPL prints from it, and cica.docgen turns it into docs/cica.lua (LuaCATS
-- stubs for editors) and docs/api.md. Scripts may use it too:
--   local help = require "cica.help"
--   print(help.text(cica.find))        -- the text help(cica.find) prints
--   help.install()                     -- makes help(x) a global, as in the REPL
--   print(help.text_in("zh-Hant", "find"))  -- the same in a language given
--
-- The texts show in the display language (cica.lang), or the one given to text_in: English is the
-- source (and what docs/api.md and the stubs are made of); the zh-Hans and zh-Hant translations
-- are message areas of cica.lang, "api_functions" (keyed by entry name) and "api_fields" (keyed by
-- "cica.Class.field"), loaded only when help shows a Chinese text. A text with no translation of
-- its current English (a user's own collection, or a bundled text changed since it was
-- translated) shows in English; tests/spec/help_lang_spec.lua fails on such a bundled text.
--
-- The collections and record types are declared in the registry (cica.model, lua/cica/model/*.lua)
-- and the functions and plain values in cica.help.entries; this module joins them:
-- M.classes: the record types, each { name, parent?, summary, fields = { {name, type, text}… } }.
-- M.entries: the API, each { name, kind = "function"|"collection"|"value", summary, text?,
--   params = { {name, type, text}… }, returns = { {type, text}… }, type (collections and values),
--   class (the record type of a collection), show (columns the REPL shows), example }.
local width = require "cica.width"
local lang = require "cica.lang"
local model = require "cica.model"
local apidoc = require "cica.help.entries"

local M = {}

-- The help entry of a registered collection (or value, such as cica.secretariat).
local function collection_entry(c)
  local list = c.kind == "collection"
  return { name = "cica." .. c.name, kind = c.kind, type = list and (c.class .. "[]") or c.class,
           class = list and c.class or nil, summary = c.summary, show = c.show, example = c.example,
           text = c.text }
end

-- The entries and classes, and indexes of them by full and short name: made from the registry
-- and cica.help.entries, and made again when a collection is registered later.
local built, by_name, class_by_name = nil, {}, {}
local function index()
  if built == model.generation() then return end
  built = model.generation()
  local entries, classes = {}, {}
  for _, e in ipairs(apidoc.functions) do entries[#entries + 1] = e end
  for _, c in ipairs(model.collections()) do entries[#entries + 1] = collection_entry(c) end
  for _, e in ipairs(apidoc.values) do entries[#entries + 1] = e end
  for _, e in ipairs(apidoc.last) do entries[#entries + 1] = e end
  for _, c in ipairs(model.classes()) do
    local fields = c.fields
    if type(fields) == "function" then fields = fields() end
    classes[#classes + 1] = { name = c.name, parent = c.parent, summary = c.summary, fields = fields }
  end
  by_name, class_by_name = {}, {}
  for _, e in ipairs(entries) do
    by_name[e.name] = e
    local short = e.name:match("^cica%.(.+)$")
    if short then by_name[short] = by_name[short] or e end
  end
  for _, c in ipairs(classes) do
    class_by_name[c.name] = c
    class_by_name[c.name:match("^cica%.(.+)$")] = c
  end
  rawset(M, "_entries", entries)
  rawset(M, "_classes", classes)
end

-- M.entries (the API, in documentation order) and M.classes (the record types), always current.
setmetatable(M, { __index = function(_, key)
  if key == "entries" then index(); return rawget(M, "_entries") end
  if key == "classes" then index(); return rawget(M, "_classes") end
  return nil
end })

local function api() return rawget(_G, "cica") or require "cica" end

--- The entry for a name ("cica.find", "find") or nil.
function M.entry(name) index(); return by_name[name] end

--- The class (record type) for a name ("cica.Member", "Member") or nil.
function M.class(name) index(); return class_by_name[name] end

--- The fields of a class, its parents' included.
function M.class_fields(name)
  index()
  local c = class_by_name[name]
  if not c then return {} end
  if c.fields then return c.fields end
  return M.class_fields(c.parent)
end

--- Names of the collections ("cica.members", …) in documentation order.
function M.collections()
  local out = {}
  for _, e in ipairs(M.entries) do if e.kind == "collection" then out[#out + 1] = e.name end end
  return out
end

--- Every name help knows, full and short ("cica.find", "find", …), for completion.
function M.topics()
  local out = {}
  for _, e in ipairs(M.entries) do
    out[#out + 1] = e.name
    local short = e.name:match("^cica%.(.+)$")
    if short then out[#out + 1] = short end
  end
  for _, c in ipairs(M.classes) do out[#out + 1] = c.name end
  table.sort(out)
  return out
end

--- The API name of a function ("cica.find"), or nil.
function M.name_of(fn)
  index()
  if type(fn) ~= "function" then return nil end
  local c = api()
  for _, e in ipairs(M.entries) do
    if e.kind == "function" then
      local short = e.name:match("^cica%.(.+)$")
      if short and rawget(c, short) == fn then return e.name end
      if e.name == "help" and fn == M.help then return "help" end
    end
  end
  for k, v in pairs(c.core) do
    if v == fn then return "cica.core." .. k end
  end
  return nil
end

-- ---- which collection a record comes from ----------------------------------------------------

--- Which collection record r belongs to, from the class it was built as (cica.model.class_of):
-- the entry of its collection, the name of a part of a value ("cica.secretariat.seats"), the
-- entry of cica.search for a search result; nil for a table that is no record of the dataset
-- (a copy of a record is a plain table).
function M.match_record(r)
  index()
  local class = model.class_of(r)
  if not class then return nil end
  if class == "cica.SearchResult" then return by_name["cica.search"] end
  local home = model.home(class)
  if type(home) == "table" then
    -- a record of a subclass (a member) found in its parent's collection keeps its own
    for _, c in ipairs(model.collections()) do
      if c.class == class then return by_name["cica." .. c.name] end
    end
    return by_name["cica." .. home.name]
  end
  return home
end

--- The columns the REPL shows for an array of records (from its records' class), or nil.
M.columns_for = model.columns_for

-- ---- text ------------------------------------------------------------------------------------

M.WIDTH = 80   -- help text wraps its last column to this many columns

-- The message "help.KEY" in language `code`, formatted with the remaining arguments.
local function msg(code, key, ...) return lang.t("help." .. key, code, ...) end

-- A translation a class or collection declaration carries itself (its `translations` table,
-- keyed as the catalogue areas are: "cica.X", "cica.X.field", "cica.xs"), or nil: a new collection
-- keeps its translations in its own file (docs/adding-a-collection.md). Arguments: key (string).
local function declared_translation(key)
  local class = key:match("^(cica%.%u[%w_]*)") -- "cica.X" and "cica.X.field"
  local def = class and model.class(class) or model.collection(key)
  return def and type(def.translations) == "table" and def.translations[key] or nil
end

--- A documentation text in language `code`: `en` (the English source) itself in English, else its
-- translation in the message area `area` ("api_functions" or "api_fields") under `key`, provided
-- that translation is of this very English text; `en` when there is none (a user's collection).
-- Arguments: area, key (string), en (string or nil), code (a language code). Returns a string or
-- nil (en nil). Errors: none (a missing area is the engine's bug, raised by cica.lang).
function M.doc(area, key, en, code)
  if en == nil or code == "en" then return en end
  local m = M.translation(area, key)
  if m and m.en == en then return m[code] end
  return en
end

--- The translation entry { ["zh-Hans"], ["zh-Hant"], en } of API text `key`: from the message
-- area `area`, else from the declaration of its class or collection; nil when there is none.
function M.translation(area, key)
  return lang.area(area)[key] or declared_translation(key)
end

-- The class that declares the fields class `name` has (itself, or the nearest parent with fields).
local function declaring(name)
  local c = class_by_name[name]
  while c and not c.fields do c = class_by_name[c.parent] end
  return c and c.name
end

-- A paragraph of help text indented by two spaces: English as written (its lines broken by hand),
-- Chinese wrapped to the help's width.
local function paragraph(s, code)
  if code == "en" then return "  " .. s:gsub("\n", "\n  ") end
  return "  " .. table.concat(width.wrap(s, M.WIDTH - 2), "\n  ")
end

-- Rows of {a, b, c} as aligned lines, indented by two spaces; the last column wraps.
local function aligned(rows)
  local w = {}
  for _, r in ipairs(rows) do
    for i = 1, #r - 1 do w[i] = math.max(w[i] or 0, width.width(r[i])) end
  end
  local out = {}
  for _, r in ipairs(rows) do
    local parts, indent = {}, 2
    for i = 1, #r - 1 do
      parts[i] = width.pad(r[i], w[i])
      indent = indent + w[i] + 2
    end
    local lines = width.wrap(r[#r], math.max(M.WIDTH - indent, 30))
    parts[#r] = table.concat(lines, "\n" .. string.rep(" ", indent))
    out[#out + 1] = "  " .. table.concat(parts, "  ")
  end
  return table.concat(out, "\n")
end

--- The signature of a function entry: "cica.find(text) -> cica.Entity?".
function M.signature(e)
  local names = {}
  for i, p in ipairs(e.params or {}) do names[i] = p[1] end
  local s = e.name .. "(" .. table.concat(names, ", ") .. ")"
  local rets = {}
  for i, r in ipairs(e.returns or {}) do rets[i] = r[1] end
  if #rets > 0 then s = s .. " -> " .. table.concat(rets, ", ") end
  return s
end

-- The fields of a class as aligned lines, their texts in language `code`.
local function field_lines(class, code)
  local rows, home = {}, declaring(class)
  for _, f in ipairs(M.class_fields(class)) do
    rows[#rows + 1] = { f[1], f[2], M.doc("api_fields", home .. "." .. f[1], f[3], code) }
  end
  return aligned(rows)
end

-- The example, indented.
local function example_lines(e, code)
  if not e.example then return nil end
  return msg(code, "example") .. "\n" .. ("  " .. e.example:gsub("\n", "\n  "))
end

-- The summary of class `name` in language `code`.
local function class_summary(name, code)
  return M.doc("api_fields", name, class_by_name[name].summary, code)
end

--- The help text of an entry, in language `code` (default: the display language).
function M.entry_text(e, code)
  index()
  code = code or lang.current()
  local function doc(key, en) return M.doc("api_functions", key, en, code) end
  local out = {}
  if e.kind == "function" then
    out[1] = M.signature(e)
  else
    out[1] = e.name .. ": " .. e.type
  end
  out[#out + 1] = paragraph(doc(e.name, e.summary), code)
  if e.text then out[#out + 1] = paragraph(doc(e.name .. "#text", e.text), code) end
  if e.params and #e.params > 0 then
    local rows = {}
    for _, p in ipairs(e.params) do rows[#rows + 1] = { p[1], p[2], doc(e.name .. "(" .. p[1] .. ")", p[3]) } end
    out[#out + 1] = "\n" .. msg(code, "parameters") .. "\n" .. aligned(rows)
  end
  if e.returns and #e.returns > 0 then
    local rows = {}
    for i, r in ipairs(e.returns) do rows[#rows + 1] = { r[1], doc(e.name .. "->" .. i, r[2]) } end
    out[#out + 1] = msg(code, "returns") .. "\n" .. aligned(rows)
  end
  local class = e.class or (class_by_name[e.type] and e.type)
  if class then
    out[#out + 1] = "\n" .. msg(code, e.class and "each_record" or "fields", class) .. class_summary(class, code)
    out[#out + 1] = field_lines(class, code)
  end
  local ex = example_lines(e, code)
  if ex then out[#out + 1] = "\n" .. ex end
  return table.concat(out, "\n")
end

--- The help text of a class (record type), in language `code` (default: the display language).
function M.class_text(c, code)
  index()
  code = code or lang.current()
  local head = c.parent and msg(code, "class_head", c.name, c.parent) or msg(code, "class_head_root", c.name)
  return head .. class_summary(c.name, code) .. "\n" .. field_lines(c.name, code)
end

-- An entity's status ("member", "former_observer") in language `code`: the word the reports use
-- (area "words") in Chinese, "前" before a former one; the id as it is in English or when no
-- word exists.
local function status_word(status, code)
  if code == "en" or type(status) ~= "string" then return tostring(status) end
  local former, base = status:match("^(former_)(.+)$")
  local word = lang.area("words")[base or status]
  if not word then return status end
  return former and msg(code, "former", word[code]) or word[code]
end

-- The title and URL of a source id, as one line.
local function source_line(id, code)
  for _, s in ipairs(api().sources) do
    if s.id == id then
      return "[" .. id .. "] " .. tostring(s.title) .. (s.url and (" — " .. s.url) or "")
    end
  end
  return msg(code, "not_in_sources", id)
end

--- The help text of a record: what it is, and its sources with their titles and URLs; in
-- language `code` (default: the display language).
function M.record_text(r, code)
  index()
  code = code or lang.current()
  local found = M.match_record(r)
  local class = model.class_of(r)
  local what
  if type(found) == "string" then
    what = msg(code, "record_of", found)
  elseif found and found.kind == "collection" then
    what = msg(code, "record_of", found.name)
  elseif found then
    what = msg(code, "result_of", found.name)
  elseif class then
    what = msg(code, "part_of_record")
  end
  if not what then
    local n = 0
    for _ in pairs(r) do n = n + 1 end
    return n == 1 and msg(code, "plain_table_one") or msg(code, "plain_table", n)
  end
  local id = r.id or r.term or r.place or r.ord or r.date
  local name = r.name or r.title or r.city or r.text
  local out = {}
  out[1] = (id and (tostring(id) .. (name and (" " .. tostring(name)) or "") .. msg(code, "record_id_sep")) or "")
    .. what .. (class and msg(code, "record_class", class) or "")
  if class then out[2] = "  " .. class_summary(class, code) end
  if model.is_a(class, "cica.Entity") then
    local status = status_word(r.status, code)
    out[#out + 1] = r.left and msg(code, "status_from_to", status, tostring(r.joined), tostring(r.left))
      or msg(code, "status_from", status, tostring(r.joined))
  end
  if type(found) == "table" then out[#out + 1] = msg(code, "its_fields", found.name) end
  local sources = r.sources
  if sources == nil and type(r.ref) == "table" then
    sources = r.ref.record and r.ref.record.sources or r.ref.period and r.ref.period.sources
  end
  if type(sources) == "table" and #sources > 0 then
    out[#out + 1] = msg(code, "sources")
    for _, sid in ipairs(sources) do out[#out + 1] = "  " .. source_line(sid, code) end
  elseif found == by_name["cica.sources"] then
    out[#out + 1] = msg(code, "is_source", tostring(r.id))
  end
  return table.concat(out, "\n")
end

--- The overview help() prints without an argument, in language `code` (default: the display
-- language).
function M.overview(code)
  index()
  code = code or lang.current()
  local out = { msg(code, "overview") }
  for _, group in ipairs({ "function", "collection", "value" }) do
    local rows = {}
    for _, e in ipairs(M.entries) do
      if e.kind == group then
        rows[#rows + 1] = { e.kind == "function" and M.signature(e):match("^[^%-]*"):gsub("%s+$", "") or e.name,
          M.doc("api_functions", e.name, e.summary, code) }
      end
    end
    out[#out + 1] = "\n" .. msg(code, "group_" .. group) .. "\n" .. aligned(rows)
  end
  return table.concat(out, "\n")
end

-- Names that contain text, for "did you mean".
local function similar(text)
  local out = {}
  for _, t in ipairs(M.topics()) do
    if t:find(text, 1, true) and t:find("^cica%.") then out[#out + 1] = t end
  end
  return out
end

--- The help text for x (a function, a collection, a name, a record, …) in the display language
-- (cica.lang): see M.help.
function M.text(...)
  return M.text_in(lang.current(), ...)
end

--- The help text for x in the language a `cica.lang` value names, the default language when it
-- names none (as cica.lang.current reads it): how help under --safe follows the language user
-- code set in its own instance (src/sandbox.c, safe_help).
function M.text_shown(code, ...)
  return M.text_in(lang.valid(code) and code or lang.default, ...)
end

--- The help text for x in language `code` ("zh-Hans", "zh-Hant" or "en"); as M.text otherwise.
-- Errors: an unknown language code.
function M.text_in(code, x, ...)
  index()
  if not lang.valid(code) then
    lang.unknown_language(2, "cica.help.text_in", code)
  end
  if select("#", ...) == 0 and x == nil then return M.overview(code) end
  local ty = type(x)
  if ty == "function" then
    local name = M.name_of(x)
    if name and by_name[name] then return M.entry_text(by_name[name], code) end
    if name then return msg(code, "low_level", name) end
    return msg(code, "not_api_function")
  end
  if ty == "string" then
    local name = x:match("^%s*(.-)%s*%(?%)?%s*$")
    if name:match("^%.") then
      local repl = require "cica.repl"
      local cmd, why = repl.find_command(name:sub(2))
      if not cmd then return why end
      -- summary and help may be localized tables ({ ["zh-Hans"] = …, … }): in language `code`
      local help = lang.text(cmd.help, code)
      return lang.t("repl.usage", code, cmd.usage) .. "\n  " .. (lang.text(cmd.summary, code) or "")
        .. (help and ("\n\n" .. help) or "")
    end
    if by_name[name] then return M.entry_text(by_name[name], code) end
    if class_by_name[name] then return M.class_text(class_by_name[name], code) end
    local like = similar(name)
    return msg(code, "no_help", name) .. (#like > 0 and msg(code, "no_help_try", table.concat(like, msg(code, "name_sep")))
      or msg(code, "no_help_list"))
  end
  if ty == "table" then
    local c = api()
    if x == c then return M.overview(code) end
    if x == rawget(c, "core") then return M.entry_text(by_name["cica.core"], code) end
    for _, e in ipairs(M.entries) do
      local short = e.name:match("^cica%.(.+)$")
      if short and e.kind ~= "function" and rawget(c, short) == x then return M.entry_text(e, code) end
    end
    if rawget(x, 1) ~= nil and type(x[1]) == "table" then
      local found = M.match_record(x[1])
      local label = type(found) == "string" and found or found and found.name
      if label then return msg(code, "array_of", #x, label, label) end
    end
    return M.record_text(x, code)
  end
  return msg(code, "not_api_value", ty)
end

--- `cica help NAME` for a NAME that is not a command: the help of the API function, collection
-- or record class NAME ("find", "cica.members", "cica.Member") in the display language, or nil
-- when the API has no such name (the command line then says there is no such command).
function M.api_text(name)
  index()
  if type(name) ~= "string" then return nil end
  local code = lang.current()
  if by_name[name] then return M.entry_text(by_name[name], code) end
  if class_by_name[name] then return M.class_text(class_by_name[name], code) end
  return nil
end

--- Prints the help for x: a function of the API (help(cica.find)), a collection
-- (help(cica.members)), a name (help("members_at"), help(".sql")), a record (what it is and its
-- sources). Without an argument, the list of everything.
-- On a terminal (standard input and output both) the text goes through $PAGER (default
-- `less -FRX`, which prints a text that fits the screen and returns at once, as git does);
-- PAGER set to "" or "cat" turns paging off. In a pipe, a file or a script's output it is
-- written as it is.
function M.help(...)
  local text = M.text(...) .. "\n"
  if M.page(text) then return end
  io.stdout:write(text)
end

--- Shows text through the pager when standard input and output are a terminal. Returns true
-- when the pager took it; false (nothing written) otherwise, or when the pager cannot start.
function M.page(text)
  local has_core, core = pcall(require, "cica.core")
  if not (has_core and core.isatty and core.isatty(0) and core.isatty(1)) then return false end
  local iolib, oslib = rawget(_ENV, "io"), rawget(_ENV, "os")
  if not (iolib and iolib.popen and oslib and oslib.getenv) then return false end
  local pager = oslib.getenv("PAGER")
  if pager == nil then pager = "less -FRX" end
  if pager == "" or pager == "cat" then return false end
  iolib.stdout:flush()
  local ok, pipe = pcall(iolib.popen, pager, "w")
  if not ok or not pipe then return false end
  pipe:write(text)
  pipe:close()
  return true
end

--- Makes `help` a global (the REPL does this at start) and returns the function.
function M.install()
  rawset(_G, "help", M.help)
  return M.help
end

return M

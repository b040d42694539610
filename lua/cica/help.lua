-- cica.help: the documentation of every name in the cica API, as data. It is the one source of
-- truth: help(x) in the REPL prints from it, and cica.docgen turns it into docs/cica.lua (LuaCATS
-- stubs for editors) and docs/api.md. Scripts may use it too:
--   local help = require "cica.help"
--   print(help.text(cica.find))        -- the text help(cica.find) prints
--   help.install()                     -- makes help(x) a global, as in the REPL
--
-- The collections and record types are declared in the registry (cica.model, lua/cica/model/*.lua)
-- and the functions and plain values in cica.help.entries; this module joins them:
-- M.classes: the record types, each { name, parent?, summary, fields = { {name, type, text}… } }.
-- M.entries: the API, each { name, kind = "function"|"collection"|"value", summary, text?,
--   params = { {name, type, text}… }, returns = { {type, text}… }, type (collections and values),
--   class (the record type of a collection), show (columns the REPL shows), example }.
local width = require "cica.width"
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

-- The fields of a class as aligned lines.
local function field_lines(class)
  local rows = {}
  for _, f in ipairs(M.class_fields(class)) do rows[#rows + 1] = { f[1], f[2], f[3] } end
  return aligned(rows)
end

-- The example, indented.
local function example_lines(e)
  if not e.example then return nil end
  return "Example:\n" .. ("  " .. e.example:gsub("\n", "\n  "))
end

--- The help text of an entry.
function M.entry_text(e)
  index()
  local out = {}
  if e.kind == "function" then
    out[1] = M.signature(e)
  else
    out[1] = e.name .. ": " .. e.type
  end
  out[#out + 1] = "  " .. e.summary
  if e.text then out[#out + 1] = "  " .. e.text:gsub("\n", "\n  ") end
  if e.params and #e.params > 0 then
    local rows = {}
    for _, p in ipairs(e.params) do rows[#rows + 1] = { p[1], p[2], p[3] } end
    out[#out + 1] = "\nParameters:\n" .. aligned(rows)
  end
  if e.returns and #e.returns > 0 then
    local rows = {}
    for _, r in ipairs(e.returns) do rows[#rows + 1] = { r[1], r[2] } end
    out[#out + 1] = "Returns:\n" .. aligned(rows)
  end
  local class = e.class or (class_by_name[e.type] and e.type)
  if class then
    local c = class_by_name[class]
    out[#out + 1] = "\n" .. (e.class and "Each record" or "Fields") .. " (" .. class .. "): " .. c.summary
    out[#out + 1] = field_lines(class)
  end
  local ex = example_lines(e)
  if ex then out[#out + 1] = "\n" .. ex end
  return table.concat(out, "\n")
end

--- The help text of a class (record type).
function M.class_text(c)
  index()
  return c.name .. (c.parent and (" (a " .. c.parent .. ")") or "") .. ": " .. c.summary .. "\n" .. field_lines(c.name)
end

-- The title and URL of a source id, as one line.
local function source_line(id)
  for _, s in ipairs(api().sources) do
    if s.id == id then
      return "[" .. id .. "] " .. tostring(s.title) .. (s.url and (" — " .. s.url) or "")
    end
  end
  return "[" .. id .. "] (not in cica.sources)"
end

--- The help text of a record: what it is, and its sources with their titles and URLs.
function M.record_text(r)
  index()
  local found = M.match_record(r)
  local class = model.class_of(r)
  local what
  if type(found) == "string" then
    what = "a record of " .. found
  elseif found and found.kind == "collection" then
    what = "a record of " .. found.name
  elseif found then
    what = "a result of " .. found.name
  elseif class then
    what = "a part of a record"
  end
  if not what then
    local n = 0
    for _ in pairs(r) do n = n + 1 end
    return string.format("a table with %d %s, not a record of the dataset.\nhelp() lists the API.", n, n == 1 and "key" or "keys")
  end
  local id = r.id or r.term or r.place or r.ord or r.date
  local name = r.name or r.title or r.city or r.text
  local out = {}
  out[1] = (id and (tostring(id) .. (name and (" " .. tostring(name)) or "") .. ": ") or "") .. what
    .. (class and (" (" .. class .. ")") or "")
  if class then out[2] = "  " .. class_by_name[class].summary end
  if model.is_a(class, "cica.Entity") then
    out[#out + 1] = "  Status: " .. tostring(r.status) .. " (from " .. tostring(r.joined)
      .. (r.left and (" to " .. tostring(r.left)) or "") .. ")"
  end
  if type(found) == "table" then out[#out + 1] = "  Its fields: help(" .. found.name .. ")" end
  local sources = r.sources
  if sources == nil and type(r.ref) == "table" then
    sources = r.ref.record and r.ref.record.sources or r.ref.period and r.ref.period.sources
  end
  if type(sources) == "table" and #sources > 0 then
    out[#out + 1] = "Sources:"
    for _, sid in ipairs(sources) do out[#out + 1] = "  " .. source_line(sid) end
  elseif found == by_name["cica.sources"] then
    out[#out + 1] = "It is a source: .sources " .. tostring(r.id) .. " lists the records that cite it."
  end
  return table.concat(out, "\n")
end

--- The overview help() prints without an argument.
function M.overview()
  index()
  local out = { "The cica API (help(name) for any of these; .help for the REPL's dot-commands):" }
  for _, group in ipairs({ { "function", "Functions" }, { "collection", "Collections (arrays of records)" },
                           { "value", "Values" } }) do
    local rows = {}
    for _, e in ipairs(M.entries) do
      if e.kind == group[1] then
        rows[#rows + 1] = { e.kind == "function" and M.signature(e):match("^[^%-]*"):gsub("%s+$", "") or e.name, e.summary }
      end
    end
    out[#out + 1] = "\n" .. group[2] .. ":\n" .. aligned(rows)
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

--- The help text for x (a function, a collection, a name, a record, …): see M.help.
function M.text(x, ...)
  index()
  if select("#", ...) == 0 and x == nil then return M.overview() end
  local ty = type(x)
  if ty == "function" then
    local name = M.name_of(x)
    if name and by_name[name] then return M.entry_text(by_name[name]) end
    if name then return name .. ": part of the low-level binding; help(cica.core)" end
    return "a function that is not part of the cica API. help() lists the API."
  end
  if ty == "string" then
    local name = x:match("^%s*(.-)%s*%(?%)?%s*$")
    if name:match("^%.") then
      local repl = require "cica.repl"
      local cmd, why = repl.find_command(name:sub(2))
      if not cmd then return why end
      -- summary and help may be localized tables: in the display language (cica.repl.text)
      local help = repl.text(cmd.help)
      return repl.msg("usage", cmd.usage) .. "\n  " .. (repl.text(cmd.summary) or "") .. (help and ("\n\n" .. help) or "")
    end
    if by_name[name] then return M.entry_text(by_name[name]) end
    if class_by_name[name] then return M.class_text(class_by_name[name]) end
    local like = similar(name)
    return string.format("no help for '%s'.%s", name,
      #like > 0 and (" Try: " .. table.concat(like, ", ")) or " help() lists the API.")
  end
  if ty == "table" then
    local c = api()
    if x == c then return M.overview() end
    if x == rawget(c, "core") then return M.entry_text(by_name["cica.core"]) end
    for _, e in ipairs(M.entries) do
      local short = e.name:match("^cica%.(.+)$")
      if short and e.kind ~= "function" and rawget(c, short) == x then return M.entry_text(e) end
    end
    if rawget(x, 1) ~= nil and type(x[1]) == "table" then
      local found = M.match_record(x[1])
      local label = type(found) == "string" and found or found and found.name
      if label then
        return string.format("an array of %d records like those of %s. help(%s) describes them; help(t[1]) shows one.",
          #x, label, label)
      end
    end
    return M.record_text(x)
  end
  return string.format("a %s value, not part of the cica API. help() lists the API.", ty)
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

-- cica.docgen: writes docs/cica.lua (LuaCATS stubs, so editors complete and check the cica API)
-- and docs/api.md (the API reference) from cica.help, the one place the API is documented (it
-- joins the collection registry, lua/cica/model/*.lua, and lua/cica/help/entries.lua); and
-- the lua-language-server addon (library/cica.lua + config.json) that the build installs under
-- share/cica/luals and `cica stubs DIR` writes for a project.
--   cica -e 'require("cica.docgen").write("docs")'
-- A test regenerates both and compares them with the committed files, so they cannot drift.
local help = require "cica.help"

local M = {}

local HEADER = "Generated from lua/cica/model/*.lua and lua/cica/help/entries.lua by lua/cica/docgen.lua; do not edit.\n"
  .. "Regenerate: cica -e 'require(\"cica.docgen\").write(\"docs\")'"

-- Text on one line (LuaCATS descriptions end at the line).
local function one_line(s)
  return (tostring(s or ""):gsub("%s*\n%s*", " "))
end

-- ---- LuaCATS ------------------------------------------------------------------------------------

-- "---" comment lines for a block of text (blank lines kept as "---").
local function doc_lines(text, out)
  for line in (text .. "\n"):gmatch("(.-)\n") do out[#out + 1] = ("---" .. line):gsub("%s+$", "") end
end

local function class_stub(c, out)
  out[#out + 1] = ""
  doc_lines(c.summary, out)
  out[#out + 1] = "---@class " .. c.name .. (c.parent and (" : " .. c.parent) or "")
  for _, f in ipairs(c.fields or {}) do
    out[#out + 1] = string.format("---@field %s %s %s", f[1], f[2], one_line(f[3]))
  end
end

local function function_stub(e, out)
  out[#out + 1] = ""
  doc_lines(e.summary, out)
  if e.text then
    out[#out + 1] = "---"
    doc_lines(e.text, out)
  end
  if e.example then
    out[#out + 1] = "---"
    out[#out + 1] = "---```lua"
    doc_lines(e.example, out)
    out[#out + 1] = "---```"
  end
  local names = {}
  for _, p in ipairs(e.params or {}) do
    out[#out + 1] = string.format("---@param %s %s %s", p[1], p[2], one_line(p[3]))
    names[#names + 1] = p[1]
  end
  for _, r in ipairs(e.returns or {}) do
    out[#out + 1] = string.format("---@return %s # %s", r[1], one_line(r[2]))
  end
  out[#out + 1] = string.format("function %s(%s) end", e.name, table.concat(names, ", "))
end

--- docs/cica.lua as a string.
function M.stubs()
  local out = { "---@meta", "-- The cica Lua API as LuaCATS annotations, for lua-language-server and other editors.",
    "-- " .. HEADER:gsub("\n", "\n-- ") }
  for _, c in ipairs(help.classes) do class_stub(c, out) end
  out[#out + 1] = ""
  out[#out + 1] = "---The CICA dataset as Lua tables, plus SQL over it (the global `cica`, also require(\"cica\"))."
  out[#out + 1] = "---@class cica"
  for _, e in ipairs(help.entries) do
    local short = e.name:match("^cica%.(.+)$")
    if short and e.kind ~= "function" then
      out[#out + 1] = string.format("---@field %s %s %s", short, e.type, one_line(e.summary))
    end
  end
  out[#out + 1] = "cica = {}"
  for _, e in ipairs(help.entries) do
    if e.kind == "function" then function_stub(e, out) end
  end
  return table.concat(out, "\n") .. "\n"
end

-- ---- Markdown -----------------------------------------------------------------------------------

-- Text safe in a Markdown table cell.
local function cell(s)
  return (one_line(s):gsub("|", "\\|"))
end

-- A GitHub heading anchor for a class name: "cica.Member" -> "cicamember".
local function anchor(name)
  return (name:lower():gsub("[^%w%- _]", ""):gsub(" ", "-"))
end

-- A type with the record types in it linked to their section.
local function linked(ty)
  local s = ty:gsub("cica%.[%a]+", function(name)
    if help.class(name) then return "[" .. name .. "](#" .. anchor(name) .. ")" end
    return name
  end)
  return s
end

local function md_entry(e, out)
  out[#out + 1] = ""
  if e.kind == "function" then
    out[#out + 1] = "### `" .. help.signature(e) .. "`"
  else
    out[#out + 1] = "### `" .. e.name .. "`"
  end
  out[#out + 1] = ""
  out[#out + 1] = e.summary
  if e.text then
    out[#out + 1] = ""
    out[#out + 1] = one_line(e.text)
  end
  if e.params and #e.params > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "| Parameter | Type | Description |"
    out[#out + 1] = "| --- | --- | --- |"
    for _, p in ipairs(e.params) do
      out[#out + 1] = string.format("| `%s` | %s | %s |", p[1], cell(linked(p[2])), cell(p[3]))
    end
  end
  if e.returns and #e.returns > 0 then
    out[#out + 1] = ""
    for _, r in ipairs(e.returns) do
      out[#out + 1] = "Returns " .. linked(r[1]) .. ": " .. r[2] .. "."
    end
  end
  if e.kind ~= "function" then
    out[#out + 1] = ""
    out[#out + 1] = "Type: " .. linked(e.type) .. "."
  end
  if e.example then
    out[#out + 1] = ""
    out[#out + 1] = "```lua"
    out[#out + 1] = e.example
    out[#out + 1] = "```"
  end
end

local function md_class(c, out)
  out[#out + 1] = ""
  out[#out + 1] = "### " .. c.name
  out[#out + 1] = ""
  out[#out + 1] = c.summary .. (c.parent and (" Its fields are those of " .. linked(c.parent) .. ".") or "")
  if c.fields then
    out[#out + 1] = ""
    out[#out + 1] = "| Field | Type | Description |"
    out[#out + 1] = "| --- | --- | --- |"
    for _, f in ipairs(c.fields) do
      out[#out + 1] = string.format("| `%s` | %s | %s |", f[1], cell(linked(f[2])), cell(f[3]))
    end
  end
end

--- docs/api.md as a string.
function M.markdown()
  local out = {
    "# The cica Lua API",
    "",
    "<!-- " .. HEADER:gsub("\n", " ") .. " -->",
    "",
    "Every script run by `cica` (and the REPL) has the global `cica`; `require(\"cica\")` returns the",
    "same table. Collections are built on first access and kept; records are plain tables. Names,",
    "cities and titles follow the display language (`--lang`, `cica.set_lang`); the `*_hans`,",
    "`*_hant` and `*_en` fields are always there. In the REPL and in scripts, `help(name)` prints these same texts,",
    "and [cica.lua](cica.lua) holds them as LuaCATS annotations for editors. The SQL tables behind",
    "the collections are described in [data.md](data.md).",
  }
  for _, group in ipairs({ { "function", "Functions" }, { "collection", "Collections" }, { "value", "Values" } }) do
    out[#out + 1] = ""
    out[#out + 1] = "## " .. group[2]
    for _, e in ipairs(help.entries) do
      if e.kind == group[1] then md_entry(e, out) end
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = "## Record types"
  for _, c in ipairs(help.classes) do md_class(c, out) end
  return table.concat(out, "\n") .. "\n"
end

-- Writes text to path, raising a readable error if it cannot.
local function write_file(path, text)
  local f, err = io.open(path, "wb")
  if not f then error("cannot write " .. tostring(err), 0) end
  f:write(text)
  f:close()
end

--- Writes dir/cica.lua and dir/api.md.
--- The rows of docs/data.md's table of sources, from the dataset itself (cica.sources in natural
-- id order): "| id | kind | lang | description | original title | URL or seed |". The spec
-- data_doc_spec.lua checks that the page holds exactly these rows.
function M.sources_rows(cica)
  local function cell(v) return (tostring(v or ""):gsub("|", "\\|"):gsub("\n", " ")) end
  local out = {}
  for _, s in ipairs(cica.sources) do
    local where = s.url or ("seed: " .. tostring(s.seed_file) .. (s.seed_page and (" (from " .. s.seed_page .. ")") or ""))
    out[#out + 1] = string.format("| %s | %s | %s | %s | %s | %s |", cell(s.id), cell(s.kind), cell(s.lang),
      cell(s.title_en), cell(s.original_title), cell(where))
  end
  return out
end

--- The rows of docs/search.md's table of kinds, from the collection registry (cica.model), in
-- the order that breaks ties: "| `kind` | what | ids | where the record comes from |".
function M.kinds_rows()
  local model = require "cica.model"
  local out = {}
  for _, kind in ipairs(model.kinds()) do
    local s = model.kind(kind)
    out[#out + 1] = string.format("| `%s` | %s | %s | %s |", kind, s.what or "", s.ids or "",
      s.from or ("`cica." .. s.collection.name .. "`"))
  end
  return out
end

-- Replaces the rows of the Markdown table under the header lines `head` in file `path` with
-- `rows`; a file without that table is left as it is.
local function replace_table(path, head, rows)
  local f = io.open(path, "rb")
  if not f then return end
  local text = f:read("a")
  f:close()
  local a, b = text:find(head, 1, true)
  if not a then return end
  local rest = text:sub(b + 1)
  local stop = rest:find("\n[^|]") or #rest
  write_file(path, text:sub(1, b) .. table.concat(rows, "\n") .. rest:sub(stop))
end

--- Writes docs/cica.lua and docs/api.md into dir, the sources table of dir/data.md and the
-- kinds table of dir/search.md.
function M.write(dir)
  write_file(dir .. "/cica.lua", M.stubs())
  write_file(dir .. "/api.md", M.markdown())
  local cica = rawget(_G, "cica") or require "cica"
  replace_table(dir .. "/data.md",
    "| id | kind | lang | description | original title | URL or seed |\n|---|---|---|---|---|---|\n", M.sources_rows(cica))
  replace_table(dir .. "/search.md", "| kind | what | `id` | `record` comes from |\n|---|---|---|---|\n", M.kinds_rows())
end

--- The config.json of the lua-language-server addon: "words" makes LuaLS offer the addon in a
-- workspace whose files use cica.*; the settings declare the globals cica scripts get.
function M.luals_config()
  return table.concat({
    "{",
    '  "name": "cica",',
    '  "words": ["cica%."],',
    '  "settings": {',
    '    "Lua.runtime.version": "Lua 5.4",',
    '    "Lua.diagnostics.globals": ["cica", "help"]',
    "  }",
    "}",
    "",
  }, "\n")
end

--- Writes the lua-language-server addon into dir (which must exist): dir/config.json and
-- dir/library/cica.lua (dir/library is created when missing). Raises on a write error.
function M.write_addon(dir)
  local probe = io.open(dir .. "/library/cica.lua", "ab")
  if probe then
    probe:close()
  else
    if not require("cica.host").make_dirs(dir .. "/library") then error("cannot create " .. dir .. "/library", 0) end
  end
  write_file(dir .. "/library/cica.lua", M.stubs())
  write_file(dir .. "/config.json", M.luals_config())
end

return M

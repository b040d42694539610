-- .tables: the dataset's SQL tables and views, then the Lua collections (cica.X), in columns.
local width = require "cica.width"
local names = require "cica.repl.sqlnames"
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end

-- Words laid out in columns across the output width, indented by two spaces.
local function columns_of(words)
  local w = 0
  for _, s in ipairs(words) do w = math.max(w, width.width(s)) end
  local per = math.max(1, (repl().state.width - 2) // (w + 2))
  local out, line = {}, {}
  for i, s in ipairs(words) do
    line[#line + 1] = width.pad(s, w)
    if #line == per or i == #words then
      out[#out + 1] = ("  " .. table.concat(line, "  ")):gsub("%s+$", "")
      line = {}
    end
  end
  return table.concat(out, "\n")
end

local cmd = {
  name = "tables", usage = ".tables", summary = MSG.tables_summary, help = MSG.tables_help,
}

function cmd.run(args)
  if #args > 0 then return repl().usage(cmd) end
  local collections = {}
  for _, c in ipairs(require("cica.model").collections()) do
    if c.kind == "collection" then collections[#collections + 1] = c.name end
  end
  repl().out(repl().msg("tables_sql") .. "\n" .. columns_of(names.tables()) .. "\n"
    .. repl().msg("tables_lua") .. "\n" .. columns_of(collections) .. "\n")
end

return cmd

-- cica.serve.export: `cica serve --export DIR` — every browsing page of the app (overview,
-- collections with their CSV and JSON, record pages, reports) written as static files with
-- relative links, in one language, to open from a disk or publish on any web host. The quiz,
-- search and SQL pages need the server and are left out (their links too).
local app = require "cica.serve.app"

local M = {}

local made = {}

-- Creates dir and its parents, once per folder: cica's one mkdir -p (src/mkdirs.c, through
-- cica.host.make_dirs), never a shell.
local function mkdir_p(dir)
  if made[dir] then return end
  local ok, why = require("cica.host").make_dirs(dir)
  if not ok then error(require("cica.lang").t("serve.cannot_write", nil, dir, why), 0) end
  made[dir] = true
end

-- Writes text to root/rel (rel: a path under root, with its folders made).
local function write(root, rel, text)
  local folder = rel:match("^(.*)/[^/]*$")
  if folder then mkdir_p(root .. "/" .. folder) end
  local f, err = io.open(root .. "/" .. rel, "wb")
  if not f then error(require("cica.lang").t("serve.cannot_write", nil, root .. "/" .. rel, tostring(err)), 0) end
  f:write(text)
  f:close()
end

-- Whether an id can be a file name (no folder parts, nothing hidden).
local function safe_name(id)
  return id ~= "" and not id:find("/", 1, true) and id:sub(1, 1) ~= "." and not id:find("[%z\1-\31]")
end

--- Writes the pages to dir in lang; returns how many files were written.
function M.run(dir, lang)
  app.config.export = true
  app.config.lang = lang
  mkdir_p(dir)
  local n = 0
  local function page(path, file, fmt)
    local depth = select(2, file:gsub("/", ""))
    local ctx = app.context(path, {}, nil, { export = true, depth = depth })
    ctx.path = path
    local ok, status, _, body = pcall(app.route, ctx, "GET", path .. (fmt and ("." .. fmt) or ""))
    if not ok then
      -- a page that fails (a user report's error) is written as its error page, so no link dangles
      local text = app.error_text(ctx, status)
      io.stderr:write("cica: serve: ", path, ": ", text, "\n")
      _, _, body = app.error_response(ctx, 500, text, fmt == "json")
    end
    write(dir, file, body)
    n = n + 1
  end
  page("/", "index.html")
  write(dir, "static/cica.css", require("cica.serve.assets").css)
  n = n + 1
  for _, spec in ipairs(app.COLLECTIONS) do
    page("/" .. spec.name, spec.name .. ".html")
    page("/" .. spec.name, spec.name .. ".csv", "csv")
    page("/" .. spec.name, spec.name .. ".json", "json")
    if spec.key then
      local ids = {}
      for _, rec in ipairs(cica[spec.name]) do ids[#ids + 1] = tostring(rec[spec.key]) end
      for _, id in ipairs(ids) do
        if safe_name(id) then page("/" .. spec.name .. "/" .. id, spec.name .. "/" .. id .. ".html") end
      end
    end
  end
  page("/reports", "reports.html")
  local report = require "cica.report"
  local names = report.bundled()
  for _, u in ipairs(report.user_reports()) do names[#names + 1] = u end
  for _, name in ipairs(names) do
    page("/reports/" .. name, "reports/" .. name .. ".html")
    page("/reports/" .. name, "reports/" .. name .. ".csv", "csv")
    page("/reports/" .. name, "reports/" .. name .. ".json", "json")
  end
  return n
end

return M

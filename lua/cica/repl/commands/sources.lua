-- .sources [ID]: the sources, one source and the records citing it, or the sources of a record.
local MSG = require("cica.lang").area("repl") -- summary and help, localized (cica.messages.repl)

local function repl() return require "cica.repl" end
local function api() return rawget(_G, "cica") or require "cica" end

local cmd = {
  name = "sources", usage = ".sources [ID]", summary = MSG.sources_summary, help = MSG.sources_help,
}

-- Every record that has a `sources` list, with a label saying which collection holds it: the
-- records of the collections the registry marks as citing sources (cica.model), in its order.
local function sourced_records()
  local c = api()
  local out = {}
  for _, coll in ipairs(require("cica.model").collections()) do
    if coll.sources then
      local value = c[coll.name]
      if coll.kind == "collection" then
        for _, r in ipairs(value) do out[#out + 1] = { collection = coll.name, record = r } end
      else
        local parts = {}
        for part in pairs(coll.parts or {}) do parts[#parts + 1] = part end
        table.sort(parts)
        for _, part in ipairs(parts) do
          for _, r in ipairs(value[part] or {}) do out[#out + 1] = { collection = coll.name .. "." .. part, record = r } end
        end
      end
    end
  end
  return out
end

-- A short label of a record: its id (or term, or place) and name or title.
local function label(r)
  local id = r.id or r.term or r.place or r.ord
  local name = r.name or r.title or r.city or r.text
  return tostring(id) .. (name and ("  " .. tostring(name)) or "")
end

local function source_row(id)
  for _, s in ipairs(api().sources) do if s.id == id then return s end end
  return nil
end

function cmd.run(args)
  if #args > 1 then return repl().usage(cmd) end
  if #args == 0 then
    return repl().print_rows(api().sources, { "id", "kind", "lang", "title", "url" })
  end
  local id = args[1]
  local src = source_row(id)
  if src then
    repl().show(src)
    local citing = {}
    for _, item in ipairs(sourced_records()) do
      for _, sid in ipairs(item.record.sources or {}) do
        if sid == id then citing[#citing + 1] = "  " .. item.collection .. ": " .. label(item.record); break end
      end
    end
    local head = #citing == 0 and repl().msg("cited_by_none") or #citing == 1 and repl().msg("cited_by_one")
      or repl().msg("cited_by", #citing)
    return repl().out(head .. (#citing > 0 and ("\n" .. table.concat(citing, "\n")) or "") .. "\n")
  end
  local record = api().find(id)
  if not record then
    for _, item in ipairs(sourced_records()) do
      if tostring(item.record.id or item.record.term) == id then record = item.record; break end
    end
  end
  if not record then error(repl().msg("no_source", id), 0) end
  local rows = {}
  for _, sid in ipairs(record.sources or {}) do rows[#rows + 1] = source_row(sid) or { id = sid } end
  repl().out(label(record) .. "\n")
  repl().print_rows(rows, { "id", "kind", "title", "url" })
end

function cmd.complete()
  local ids = {}
  for _, s in ipairs(api().sources) do ids[#ids + 1] = s.id end
  return ids
end

return cmd

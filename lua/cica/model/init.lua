-- cica.model: the collection registry. Every collection of the cica API is declared once, in a
-- file lua/cica/model/NAME.lua next to its builder, and everything that lists collections asks
-- here: the lazy `cica.*` fields (lua/cica.lua), the help entries and class docs (cica.help, and so
-- docs/api.md and the LuaCATS stubs), the kinds of cica.search and how a hit finds its record, the
-- REPL's .tables, .sources and the columns it shows for a list of records, the quiz's data and the
-- reports' name lookups. docs/adding-a-collection.md says how to add one.
--
-- A model file returns { order = N, classes = { CLASS… }, collections = { COLLECTION… } }:
--   CLASS      { name = "cica.X", parent?, summary, fields = { { name, type, text }… } (or a
--              function returning them, for fields that list what other files declare) }
--              (M.localized / M.localized_text give a per-language field and its three forms)
--   COLLECTION { name = "xs" (cica.xs), class = "cica.X", summary, example, text?,
--                kind = "collection" (an array, the default) or "value" (one table),
--                build = function(cica) -> the records (plain tables; a pure function of the
--                  database and cica.lang / cica.today()),
--                by_lang = false when it does not depend on the display language (default true),
--                show = { columns the REPL shows },
--                parts = { field = { class =, show = } } (a value made of arrays: secretariat),
--                search = (one, or an array of) { kind =, rank =, label = { ["zh-Hans"] =, ["zh-Hant"] =, en = },
--                           what =, ids = (what it is and what its ids look like: docs/search.md),
--                           from = (where its records are, when not `cica.NAME`),
--                           key = field name or function(record) -> the index's id,
--                           records = function(cica) -> the list (default cica[name]),
--                           lookup = function(cica, id) -> the record whose index id is id,
--                             built alone (optional: a search hit then does not build the
--                             whole collection; it must equal the collection's record),
--                           title = function(record, lang) -> the hit's title (optional) },
--                sources = true when its records cite sources (.sources ID lists them),
--                by_today = true when it depends on cica.today() (rebuilt by cica.set_today),
--                as_of = how cica.dataset.as_of shows it on a date: "dated" (the records dated
--                  by then), "periods" (the periods begun by then, a later end left open),
--                  "rebuild" (its builder run on the view), or function(cica, day, when) -> the
--                  value; nil: the same as cica's }
-- Files are found by name among the bundled modules (cica.model.*); a script or a test may add a
-- collection with M.register. Records carry their class as a tag kept here (M.class_of), not in
-- a field: they stay plain tables, and copies of them are plain tables of no class.
local M = {}

local lang = require "cica.lang"

local classes, class_list = {}, {}
local collections, collection_list = {}, {}
local by_kind, kind_list = {}, {}
local loaded = false
local load -- loads the bundled model files (below)
local generation = 0

--- A number that changes whenever a class or collection is registered (for caches of lists
-- made from the registry, such as cica.help's).
function M.generation() return generation end

-- ---- fields ---------------------------------------------------------------------------------

--- The fields of a per-language value: `field` in the display language (cica.lang) and its
-- three forms field_hans, field_hant, field_en. `note` is appended to the first one's text.
function M.localized(field, what, note)
  local out = { { field, "string", what .. " in the display language (cica.lang)" .. (note and (", " .. note) or ""), lang = field } }
  local names = { hans = "simplified Chinese", hant = "traditional Chinese", en = "English" }
  for _, code in ipairs(lang.codes) do
    local suffix = lang.suffix(code)
    out[#out + 1] = { field .. "_" .. suffix, "string", what .. " in " .. names[suffix], lang = field }
  end
  return out
end

--- Like M.localized for free text (a note, a reason, a claim); `optional` when a record may have
-- none (type string?).
function M.localized_text(field, what, optional)
  local out = M.localized(field, what)
  for _, f in ipairs(out) do f[2] = optional and "string?" or "string" end
  return out
end

--- The lists of fields given, concatenated in order.
function M.fields(...)
  local out = {}
  for _, list in ipairs({ ... }) do
    for _, f in ipairs(list) do out[#out + 1] = f end
  end
  return out
end

-- ---- registration ---------------------------------------------------------------------------

-- Raises (in the display language, at the caller of register*) unless def[field] is a `ty`; what
-- is "class" or "collection".
local function check(def, what, field, ty)
  if type(def[field]) ~= ty then
    error(lang.t("argerr.model_field_" .. what, nil, tostring(def.name), ty, field), 3)
  end
end

--- Registers a record class (see the header). A class registered again replaces the old one.
function M.register_class(def)
  load() -- the bundled ones first: a script's own come after them
  check(def, "class", "name", "string")
  check(def, "class", "summary", "string")
  if def.parent == nil and type(def.fields) ~= "function" then check(def, "class", "fields", "table") end
  if not classes[def.name] then class_list[#class_list + 1] = def.name end
  classes[def.name] = def
  generation = generation + 1
  return def
end

--- Registers a collection (see the header) and its search kind. Returns the declaration.
function M.register(def)
  load()
  check(def, "collection", "name", "string")
  check(def, "collection", "class", "string")
  check(def, "collection", "summary", "string")
  check(def, "collection", "build", "function")
  def.kind = def.kind or "collection"
  if def.by_lang == nil then def.by_lang = true end
  if not collections[def.name] then collection_list[#collection_list + 1] = def.name end
  collections[def.name] = def
  generation = generation + 1
  -- one search kind, or several (the secretariat's seats and heads)
  local list = def.search and (def.search[1] and def.search or { def.search }) or {}
  for _, s in ipairs(list) do
    if type(s.kind) ~= "string" or type(s.label) ~= "table" then
      error(lang.t("argerr.model_search", nil, tostring(def.name)), 2)
    end
    s.collection = def
    if not by_kind[s.kind] then kind_list[#kind_list + 1] = s.kind end
    by_kind[s.kind] = s
  end
  table.sort(kind_list, function(a, b)
    local ra, rb = by_kind[a].rank or math.huge, by_kind[b].rank or math.huge
    if ra ~= rb then return ra < rb end
    return a < b
  end)
  return def
end

--- Removes collection `name` and its search kinds (a test's fixture, a script's own); with
-- `class`, the class too. Unknown names are ignored.
function M.unregister(name, class)
  load()
  local def = collections[name]
  if def then
    collections[name] = nil
    for i, n in ipairs(collection_list) do
      if n == name then table.remove(collection_list, i) break end
    end
    for i = #kind_list, 1, -1 do
      if by_kind[kind_list[i]].collection == def then
        by_kind[kind_list[i]] = nil
        table.remove(kind_list, i)
      end
    end
  end
  if class and classes[class] then
    classes[class] = nil
    for i, n in ipairs(class_list) do
      if n == class then table.remove(class_list, i) break end
    end
  end
  generation = generation + 1
end

-- Loads every bundled model file (cica.model.*) once, in their `order`.
function load()
  if loaded then return end
  loaded = true
  local ok, core = pcall(require, "cica.core")
  local mods = {}
  for _, name in ipairs(ok and type(core) == "table" and core.modules and core.modules() or {}) do
    if name:match("^cica%.model%.[%w_]+$") then
      local mod = require(name)
      if type(mod) == "table" and (mod.collections or mod.classes) then mods[#mods + 1] = mod end
    end
  end
  table.sort(mods, function(a, b) return (a.order or 0) < (b.order or 0) end)
  for _, mod in ipairs(mods) do
    for _, c in ipairs(mod.classes or {}) do M.register_class(c) end
    for _, c in ipairs(mod.collections or {}) do
      c.bundled = true -- its builder is the one the precomputed images were made with
      M.register(c)
    end
  end
end

-- ---- lookups --------------------------------------------------------------------------------

--- The collection declarations, in documentation order.
function M.collections()
  load()
  local out = {}
  for i, name in ipairs(collection_list) do out[i] = collections[name] end
  return out
end

--- The declaration of collection `name` ("members" or "cica.members"), or nil.
function M.collection(name)
  load()
  if type(name) ~= "string" then return nil end
  return collections[name:match("^cica%.(.+)$") or name]
end

--- The record classes, in documentation order.
function M.classes()
  load()
  local out = {}
  for i, name in ipairs(class_list) do out[i] = classes[name] end
  return out
end

--- The class `name` ("cica.Member" or "Member"), or nil.
function M.class(name)
  load()
  if type(name) ~= "string" then return nil end
  return classes[name] or classes["cica." .. name]
end

--- The fields of class `name`, its parent's when it has none of its own.
function M.class_fields(name)
  local c = M.class(name)
  if not c then return {} end
  if type(c.fields) == "function" then return c.fields() end
  if c.fields then return c.fields end
  return M.class_fields(c.parent)
end

--- The fields of class `name` that hold one text per language (name, title, note, …): a set.
function M.lang_fields(name)
  local out = {}
  for _, f in ipairs(M.class_fields(name)) do
    if f.lang then out[f.lang] = true end
  end
  return out
end

--- Whether class `name` is `ancestor` or descends from it.
function M.is_a(name, ancestor)
  local c = M.class(name)
  while c do
    if c.name == ancestor then return true end
    c = c.parent and M.class(c.parent)
  end
  return false
end

--- The search kinds, in the order that breaks ties between equal scores.
function M.kinds()
  load()
  local out = {}
  for i, k in ipairs(kind_list) do out[i] = k end
  return out
end

--- The search declaration of `kind` ({ kind, rank, label, key, records, collection }), or nil.
function M.kind(kind)
  load()
  return by_kind[kind]
end

--- The name of a search kind in a display language (default: the current one).
function M.kind_label(kind, code)
  local s = M.kind(kind)
  return s and lang.text(s.label, code) or kind
end

-- ---- class tags -----------------------------------------------------------------------------

local tags = setmetatable({}, { __mode = "k" })

-- The class a nested field's type names: "cica.StatusPeriod[]" -> "cica.StatusPeriod".
local function nested_class(ty)
  local name = type(ty) == "string" and ty:match("^(cica%.%a+)%[?%]?%??$")
  return name and classes[name] and name or nil
end

-- Per class: its fields that hold records of a class, as { field, class, is_array }. Made once
-- per class while the registry stays the same (its generation): tagging a collection looked
-- through every field of every record's class again, record by record (most of the cost of a
-- collection built from SQL, such as cica.meetings).
local nested_cache, nested_generation = {}, nil
local function nested_fields(name)
  if nested_generation ~= generation then nested_cache, nested_generation = {}, generation end
  local list = nested_cache[name]
  if list then return list end
  list = {}
  for _, f in ipairs(M.class_fields(name)) do
    local inner = nested_class(f[2])
    if inner then list[#list + 1] = { f[1], inner, f[2]:find("[]", 1, true) ~= nil } end
  end
  if nested_generation == generation then nested_cache[name] = list end -- not when loading the model changed it
  return list
end

--- Tags `record` (a table) as being of class `name`, and the records its fields of record types
-- hold. A record already tagged with a subclass of `name` keeps it (a summit stays a summit when
-- cica.meetings is built after cica.summits). Returns record.
function M.tag(record, name)
  if type(record) ~= "table" then return record end
  local old = tags[record]
  if old == name or (old and M.is_a(old, name)) then return record end
  tags[record] = name
  for _, f in ipairs(nested_fields(name)) do
    local v = rawget(record, f[1])
    if type(v) == "table" then
      if f[3] then
        for _, x in ipairs(v) do M.tag(x, f[2]) end
      else
        M.tag(v, f[2])
      end
    end
  end
  return record
end

--- The class a record was built as ("cica.Member"), or nil for any other value.
function M.class_of(record)
  if type(record) ~= "table" then return nil end
  return tags[record]
end

--- Where records of class `name` live: the collection declaration, or the name of a part of a
-- value ("cica.secretariat.seats") and its part declaration; nil for nested classes.
function M.home(name)
  for _, c in ipairs(M.collections()) do
    if c.class == name then return c end
  end
  for _, c in ipairs(M.collections()) do
    for part, p in pairs(c.parts or {}) do
      if p.class == name then return "cica." .. c.name .. "." .. part, p end
    end
  end
  -- a subclass whose parent has a home: a copy made by members_at is still an entity
  local c = M.class(name)
  if c and c.parent then return M.home(c.parent) end
  return nil
end

--- The columns the REPL shows for an array of records, from its first record's class; nil when
-- it is not an array of tagged records.
function M.columns_for(rows)
  if type(rows) ~= "table" or type(rows[1]) ~= "table" then return nil end
  local name = M.class_of(rows[1])
  if not name then return nil end
  local c = M.class(name)
  if c and c.show then return c.show end
  local home, part = M.home(name)
  if type(home) == "table" then return home.show end
  return part and part.show or nil
end

-- ---- building -------------------------------------------------------------------------------

--- Tags the records of `value`, a value of collection `name` (an array of its records, or the
-- table of a "value" collection and its parts). Returns value.
function M.tag_value(name, value)
  local c = M.collection(name)
  if not c or type(value) ~= "table" then return value end
  if c.kind == "collection" then
    for _, r in ipairs(value) do M.tag(r, c.class) end
  else
    M.tag(value, c.class)
    for part, p in pairs(c.parts or {}) do
      for _, r in ipairs(type(value[part]) == "table" and value[part] or {}) do M.tag(r, p.class) end
    end
  end
  return value
end

--- Builds collection `name` for the cica table `api` and tags its records. Errors: an unknown
-- collection.
function M.build(name, api)
  local c = M.collection(name)
  if not c then error(lang.t("argerr.model_none", nil, tostring(name)), 2) end
  return M.tag_value(name, c.build(api))
end

--- Collection `name` of the built-in dataset in language `code`, precomputed at build time by its
-- own builder (src/build/images.lua), with its class tags, or nil: for a collection that is not
-- bundled (or that a script registered again), one that depends on today's date (by_today, or
-- its builder reads cica.today()), and when the dataset is a --db file. Each call gives new
-- tables. It does not load the model files: before they are loaded no script has registered a
-- collection, so an image found is a bundled collection's.
local core_image
-- cica.core.image, found once (false where there is none).
local function core_image_fn()
  if core_image == nil then
    local ok, core = pcall(require, "cica.core")
    core_image = ok and type(core) == "table" and core.image or false
  end
  return core_image
end

--- The build's image named `key` (src/embedded.h) as a function that makes a new copy of its
-- value, or nil: no such image, a --db dataset, CICA_LUA_DIR, or no images at all (cica-stage0).
-- For precomputed data that is not a collection (the quiz's, cica.quiz.frozen).
function M.image(key)
  local image = core_image_fn()
  return image and image(key) or nil
end
function M.precomputed(name, code)
  if type(name) ~= "string" or not name:match("^[%w_]+$") then return nil end
  if loaded then
    local c = collections[name]
    if not c or not c.bundled or c.by_today then return nil end
  end
  if not core_image_fn() then return nil end
  local image = core_image(name .. "@" .. tostring(code)) or core_image(name)
  if not image then return nil end
  local value, tagged = image()
  for i = 1, #tagged, 2 do tags[tagged[i]] = tagged[i + 1] end
  return value
end

-- The record `id` of search kind `kind` (declaration s) in language `code` from its own image
-- ("KIND#ID@CODE", or "KIND#ID"), with its class tags, or nil: no image (a --db dataset,
-- CICA_LUA_DIR, a collection a script registered again or that depends on today, an id the
-- build could not name).
local function record_image(s, kind, id, code)
  local c = s.collection
  if not c.bundled or c.by_today or not core_image_fn() then return nil end
  local image = core_image(kind .. "#" .. id .. "@" .. tostring(code)) or core_image(kind .. "#" .. id)
  if not image then return nil end
  local value, tagged = image()
  for i = 1, #tagged, 2 do tags[tagged[i]] = tagged[i + 1] end
  return value
end

--- The records of a search kind (its collection's, or its `records` function's).
function M.records(kind, api)
  local s = M.kind(kind)
  if not s then return {} end
  if s.records then return s.records(api) end
  return api[s.collection.name]
end

--- The index id of a record of search kind `kind` (its key field, as text).
function M.key(kind, record)
  local s = M.kind(kind)
  local key = s and s.key or "id"
  if type(key) == "function" then return key(record) end
  return tostring(record[key])
end

-- Per cica table and kind: the records by their index id, for the list they were made from.
local indexes = setmetatable({}, { __mode = "k" })

--- The record of search kind `kind` whose index id is `id` (a string), or nil. While the kind's
-- collection is not built yet, the record alone (not the collection's table): a kind whose
-- search declaration has `lookup(api, id)` is asked for it (building that one record, as its
-- collection would), and the built-in dataset's records come precomputed one by one; otherwise,
-- once the collection is built, and with `own` true, the record is the collection's own (the
-- table cica.find gives).
function M.lookup(api, kind, id, own)
  local s = M.kind(kind)
  if not own and s and s.collection and type(api) == "table" and rawget(api, s.collection.name) == nil then
    if s.lookup then
      local record = s.lookup(api, tostring(id))
      if record ~= nil then M.tag(record, s.collection.class) end
      return record
    end
    -- the built-in dataset's record alone, precomputed at build time (src/build/images.lua)
    local record = record_image(s, kind, tostring(id), rawget(api, "lang"))
    if record ~= nil then return record end
  end
  local list = M.records(kind, api)
  if type(list) ~= "table" then return nil end
  local per = indexes[list]
  if not per then
    per = {}
    for _, r in ipairs(list) do
      local k = M.key(kind, r)
      if per[k] == nil then per[k] = r end
    end
    indexes[list] = per
  end
  return per[tostring(id)]
end

-- Per list and field: the records by that field's value.
local field_indexes = setmetatable({}, { __mode = "k" })

--- The record of collection `name` (of the cica table `api`) whose `field` equals `value`, or
-- nil; the first one when several do. Indexed once per build of the collection.
function M.by_key(api, name, field, value)
  if value == nil then return nil end
  local list = api[name]
  if type(list) ~= "table" then return nil end
  local per = field_indexes[list]
  if not per then per = {}; field_indexes[list] = per end
  local index = per[field]
  if not index then
    index = {}
    for _, r in ipairs(list) do
      local k = r[field]
      if k ~= nil and index[k] == nil then index[k] = r end
    end
    per[field] = index
  end
  return index[value]
end

return M

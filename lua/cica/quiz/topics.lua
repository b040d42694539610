-- The quiz topics: the bundled generators, then the user's ($XDG_CONFIG_HOME/cica/quiz/*.lua and
-- --questions FILE). A generator is a table {topic=, name=, title=, generate=function(g) … end}
-- (name and title: a string or a table by language); a file may also return an array of them.
local M = {}

-- The bundled generators are the modules cica.quiz.generators.NAME, listed by their `order`
-- field (cica.discover): a new topic is a new file, with no list here to edit.
local discover = require "cica.discover"
local PREFIX = "cica.quiz.generators"

--- Names of the bundled generators, in the order --list-topics shows them.
function M.bundled()
  local declared = require("cica.quiz.frozen").topics()
  if not declared then return discover.ordered(PREFIX) end
  local names = {}
  for i, d in ipairs(declared) do names[i] = d.module end
  return names
end

-- M.BUNDLED: the same list as a field (kept for older callers; prefer M.bundled()).
setmetatable(M, { __index = function(_, key)
  if key == "BUNDLED" then return M.bundled() end
end })

-- $XDG_CONFIG_HOME/cica/quiz (default ~/.config/cica/quiz), or nil without a home.
function M.user_dir()
  local base = require("cica.xdg").config_home()
  return base and base .. "/cica/quiz"
end

-- The paths of the *.lua files in dir, sorted (none if it does not exist).
function M.lua_files(dir)
  local paths = {}
  for i, n in ipairs(discover.user_files(dir)) do paths[i] = dir .. "/" .. n .. ".lua" end
  return paths
end

local function check(gen, where)
  if type(gen) ~= "table" then
    error(string.format("%s: a quiz generator must be a table, got %s", where, type(gen)), 0)
  end
  if type(gen.topic) ~= "string" or not gen.topic:match("^[%w_%-]+$") then
    error(string.format("%s: a quiz generator needs a topic name (letters, digits, - and _)", where), 0)
  end
  if type(gen.generate) ~= "function" then
    error(string.format("%s: quiz topic '%s' needs a generate(g) function", where, gen.topic), 0)
  end
  gen.where = gen.where or where
  return gen
end

--- The bundled generators, in listing order, checked: each module loaded, or (with the build's
-- images: the built-in dataset) its declaration from the image, whose generate(g) loads the
-- module when its topic runs live. Each has `where`, its module's name.
function M.bundled_generators()
  local declared = require("cica.quiz.frozen").topics()
  local out = {}
  if not declared then
    for i, name in ipairs(M.bundled()) do out[i] = check(require(PREFIX .. "." .. name), PREFIX .. "." .. name) end
    return out
  end
  for i, d in ipairs(declared) do
    local module = PREFIX .. "." .. d.module
    out[i] = check({ topic = d.topic, order = d.order, name = d.name, title = d.title,
      generate = function(g) return require(module).generate(g) end }, module)
  end
  return out
end

-- Load a user's generator file: it returns one generator or an array of them. It runs in the
-- engine's user environment (the sandbox under --safe, else _G), with globals of its own; the
-- functions it defines keep that environment when the quiz calls them later.
function M.load_file(path)
  -- cica.host reads the sandbox from the registry: no user code can change where packs run
  local env = setmetatable({}, { __index = require("cica.host").user_env() })
  local chunk, err = loadfile(path, "t", env)
  if not chunk then error(err, 0) end
  local ok, result = pcall(chunk)
  if not ok then error(tostring(result), 0) end
  local list = (type(result) == "table" and result.topic == nil and #result > 0) and result or { result }
  for i, gen in ipairs(list) do
    list[i] = check(gen, path)
    list[i].user = true
  end
  return list
end

-- The name of a topic in `lang`: its `name` ({en=, ["zh-Hans"]=, ["zh-Hant"]=} or a string),
-- else its id.
function M.display_name(gen, lang)
  local n = require("cica.quiz.text").localize(gen.name, lang)
  if type(n) ~= "string" or n == "" then return gen.topic end
  return n
end

-- Every spelling a topic answers to: its id, its name and its title in each language.
local function spellings(gen)
  local out = { gen.topic }
  for _, field in ipairs { "name", "title" } do
    local v = gen[field]
    if type(v) == "string" then out[#out + 1] = v
    elseif type(v) == "table" then
      for _, lang in ipairs { "en", "zh-Hans", "zh-Hant" } do
        if type(v[lang]) == "string" then out[#out + 1] = v[lang] end
      end
    end
  end
  return out
end

-- The generator a word names (id, name or title in any language; case, width, spaces and
-- punctuation do not count), or nil and the nearest names in `lang` (cica.suggest) for
-- "did you mean".
function M.find(gens, word, lang)
  local match, suggest = require "cica.quiz.match", require "cica.suggest"
  local k = match.key(word)
  if k ~= "" then
    for _, g in ipairs(gens) do
      for _, s in ipairs(spellings(g)) do
        if match.key(s) == k then return g end
      end
    end
  end
  -- Near misses are measured against the folded spellings; the suggestion is the topic's name
  -- in the display language.
  local candidates, owner = {}, {}
  for _, g in ipairs(gens) do
    for _, s in ipairs(spellings(g)) do
      local key = match.key(s)
      candidates[#candidates + 1] = key
      owner[key] = owner[key] or g
    end
  end
  local near, out, seen = suggest.nearest(k, candidates), {}, {}
  for _, key in ipairs(near) do
    local name = M.display_name(owner[key], lang)
    if not seen[name] then seen[name] = true; out[#out + 1] = name end
  end
  return nil, out
end

-- All generators: bundled, then user files in the config folder, then `extra` files.
function M.all(extra)
  local out, by_topic = {}, {}
  local function add(gen)
    local old = by_topic[gen.topic]
    if old then
      error(string.format("%s: quiz topic '%s' is already defined by %s", gen.where, gen.topic, old.where), 0)
    end
    by_topic[gen.topic] = gen
    out[#out + 1] = gen
  end
  for _, gen in ipairs(M.bundled_generators()) do add(gen) end
  for _, path in ipairs(M.lua_files(M.user_dir())) do
    for _, gen in ipairs(M.load_file(path)) do add(gen) end
  end
  for _, path in ipairs(extra or {}) do
    for _, gen in ipairs(M.load_file(path)) do add(gen) end
  end
  return out, by_topic
end

return M

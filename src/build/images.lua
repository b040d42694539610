-- images.lua: build tool, run by cica-stage0 (cica without images) as
--   cica-stage0 src/build/images.lua OUT.c
-- Builds every bundled collection of the registry (cica.model) with its own builder, in every
-- display language (once when by_lang is false), over the built-in dataset, and writes each as a
-- stripped bytecode chunk returning the records (a Lua table constructor) and their class tags
-- (an array of pairs record, class name: cica.model.class_of) into OUT.c, the array
-- cica_images of src/embedded.h. cica.core.image gives them to cica.model.precomputed.
-- Not precomputed: a collection declared by_today, or whose build (with every collection it reads
-- built afresh) calls cica.today(): those depend on the date cica runs on.
-- Tables shared within one collection's value stay shared; a cycle is an error, and so is a
-- collection declared by_lang = false whose records differ between display languages.
-- Each record of a search kind is also an image of its own (record_images), for a search hit.
local model = require "cica.model"
local lang = require "cica.lang"

local out_path = assert(arg[1], "usage: cica-stage0 images.lua OUT.c")

-- Every bundled message area complete in all three languages, with the same placeholders in
-- each (cica.lang.check_area): checked here, once, rather than by every run that loads one.
for _, area in ipairs(lang.areas()) do lang.check_area(area, require("cica.messages." .. area)) end

-- The Lua source of a chunk returning `value` (tables, strings, numbers, booleans).
local function serialize(value, what)
  local seen, shared = {}, {}
  local function count(v, stack)
    if type(v) ~= "table" then return end
    if stack[v] then error(what .. ": a cycle cannot be precomputed", 0) end
    if seen[v] then shared[v] = true return end
    seen[v] = true
    if model.class_of(v) then shared[v] = true end -- named by the list of tags
    if getmetatable(v) ~= nil then error(what .. ": a table with a metatable cannot be precomputed", 0) end
    stack[v] = true
    for k, x in pairs(v) do count(k, stack) count(x, stack) end
    stack[v] = nil
  end
  count(value, {})
  local ids, order, n = {}, {}, 0
  local emit
  local function scalar(v)
    local t = type(v)
    if t == "string" or t == "number" or t == "boolean" then return string.format("%q", v) end
    error(what .. ": a " .. t .. " cannot be precomputed", 0)
  end
  -- Tables in post-order, so that a shared table is defined before the ones that use it.
  local function visit(v)
    if type(v) ~= "table" or ids[v] then return end
    for k, x in pairs(v) do visit(k) visit(x) end
    if shared[v] then n = n + 1; ids[v] = n; order[#order + 1] = v end
  end
  visit(value)
  local function ref(v, top)
    if type(v) ~= "table" then return scalar(v) end
    if ids[v] and not top then return "S[" .. ids[v] .. "]" end
    return emit(v)
  end
  function emit(t)
    local parts, len = {}, #t
    for i = 1, len do parts[#parts + 1] = ref(t[i]) end
    local keys = {}
    for k in pairs(t) do
      if not (math.type(k) == "integer" and k >= 1 and k <= len) then keys[#keys + 1] = k end
    end
    table.sort(keys, function(a, b)
      if type(a) ~= type(b) then return type(a) < type(b) end
      return a < b
    end)
    for _, k in ipairs(keys) do parts[#parts + 1] = "[" .. ref(k) .. "]=" .. ref(t[k]) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  local src = { "local S={}" }
  for i, t in ipairs(order) do src[#src + 1] = "S[" .. i .. "]=" .. emit(t) end
  -- the records' class tags (cica.model.class_of), as pairs table, class
  local tagged = {}
  for i, t in ipairs(order) do
    local class = model.class_of(t)
    if class then tagged[#tagged + 1] = "S[" .. i .. "]," .. string.format("%q", class) end
  end
  src[#src + 1] = "return " .. ref(value) .. ",{" .. table.concat(tagged, ",") .. "}"
  return table.concat(src, "\n")
end

-- The image of a chunk's Lua source: its bytecode, stripped.
local function dump(src)
  return string.dump(assert(load(src, "=image", "t")), true)
end

-- The image of `value` (see serialize; `what` names it in errors).
local function image_of(value, what)
  return dump(serialize(value, what))
end

-- Every collection of cica forgotten, so that a build reads only what it builds itself.
local function forget_all()
  for _, c in ipairs(model.collections()) do rawset(cica, c.name, nil) end
end

local real_today, used_today = cica.today, false
cica.today = function(...) used_today = true return real_today(...) end

local images, skipped = {}, {}

-- The records of search kinds one by one, for a search hit (cica.model.lookup): "KIND#KEY@LANG"
-- (or "KIND#KEY" for a collection declared by_lang = false), the first record of each key, for
-- keys that can stand in a C string as they are.
local function record_images(c, code, value)
  for _, kind in ipairs(model.kinds()) do
    local s = model.kind(kind)
    if s.collection == c then
      local list = value
      if s.records then
        local ok, l = pcall(s.records, { [c.name] = value })
        list = ok and l or nil
      end
      if type(list) == "table" then
        local seen = {}
        for _, r in ipairs(list) do
          local key = model.key(kind, r)
          if not seen[key] and key:match("^[%w_.:@~-]+$") then
            seen[key] = true
            local name = kind .. "#" .. key .. (c.by_lang and ("@" .. code) or "")
            images[name] = image_of(r, name)
          end
        end
      end
    end
  end
end

for _, c in ipairs(model.collections()) do
  local first -- a by_lang = false collection must come out the same in every language
  for _, code in ipairs(lang.codes) do
    if c.by_today or skipped[c.name] then break end
    cica.set_lang(code)
    forget_all()
    used_today = false
    local value = model.build(c.name, cica)
    if used_today then
      skipped[c.name] = true
    else
      local src = serialize(value, "collection " .. c.name)
      if c.by_lang then
        images[c.name .. "@" .. code] = dump(src)
        record_images(c, code, value)
      elseif not first then
        first = src
        images[c.name] = dump(src)
        record_images(c, code, value)
      elseif src ~= first then
        error(string.format("collection %s is declared by_lang = false but its records differ in %s", c.name, code), 0)
      end
    end
  end
end
cica.today = real_today

-- The bundled quiz topics' questions (src/build/quiz_images.lua, beside this file).
dofile((arg[0]:match("^(.*)/[^/]*$") or ".") .. "/quiz_images.lua")(image_of, images)

-- In byte order (strcmp's, whatever the locale): cica.core.image finds a name by binary search.
local function byte_less(a, b)
  for i = 1, math.min(#a, #b) do
    local x, y = a:byte(i), b:byte(i)
    if x ~= y then return x < y end
  end
  return #a < #b
end
local keys = {}
for k in pairs(images) do
  -- written into a C string as it is
  if not k:match("^[%w_.:@~,#-]+$") then error("images: a name that cannot be written as it is: " .. k, 0) end
  keys[#keys + 1] = k
end
table.sort(keys, byte_less)
local f = assert(io.open(out_path, "w"))
f:write("/* Generated by src/build/images.lua: do not edit. */\n#include \"embedded.h\"\n\n")
-- one array of every image's bytecode and one of their names, and a table of offsets into them
local entries, code_at, name_at = {}, 0, 0
f:write("const unsigned char cica_image_code[] = {\n")
for i, k in ipairs(keys) do
  local code, bytes = images[k], {}
  for j = 1, #code do
    bytes[#bytes + 1] = code:byte(j)
    if #bytes == 24 then f:write(table.concat(bytes, ","), ",\n") bytes = {} end
  end
  if #bytes > 0 then f:write(table.concat(bytes, ","), ",\n") end
  entries[i] = string.format("  {%d, %d, %d},\n", name_at, code_at, #code)
  code_at, name_at = code_at + #code, name_at + #k + 1
end
f:write("0\n};\n")
assert(code_at < 2^32 and name_at < 2^32, "images: more than 4 GB")
f:write("const char cica_image_names[] =\n")
for _, k in ipairs(keys) do f:write(string.format("  \"%s\\0\"\n", k)) end
f:write("  \"\";\n")
f:write("const struct cica_image cica_images[] = {\n", table.concat(entries), "  {0, 0, 0}\n};\n")
f:write(string.format("const unsigned int cica_image_count = %d;\n", #keys))
assert(f:close())
local names = {}
for name in pairs(skipped) do names[#names + 1] = name end
table.sort(names)
io.stderr:write(string.format("images: %d precomputed, not precomputed (they read today's date): %s\n",
  #keys, #names > 0 and table.concat(names, ", ") or "none"))

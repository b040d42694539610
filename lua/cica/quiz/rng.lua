-- A small seeded PRNG (SplitMix64) in Lua 5.4 integer arithmetic, so that `--seed` gives the same
-- quiz on every build: math.random's algorithm and seeding are not ours to rely on.
-- Integer multiplication wraps modulo 2^64 and `>>` is a logical shift, exactly as SplitMix64 needs.
local M = {}
M.__index = M
-- Generators reach g.rng, and through getmetatable this table: locked, so a user's quiz pack
-- cannot replace the methods cica's own topics and the session use.
M.__metatable = "cica.quiz.rng"

-- FNV-1a 64-bit: turns any seed text ("7", "class-3b") into a 64-bit state.
function M.hash(s)
  local h = -3750763034362895579 -- 0xcbf29ce484222325 as a signed integer
  -- the bytes fetched in runs (one call per 64 bytes, not one per byte)
  for i = 1, #s, 64 do
    local bytes = { s:byte(i, i + 63) }
    for k = 1, #bytes do h = (h ~ bytes[k]) * 1099511628211 end
  end
  return h
end

function M.new(seed)
  local state
  if math.type(seed) == "integer" then state = seed else state = M.hash(tostring(seed)) end
  return setmetatable({ state = state }, M)
end

-- The next 64-bit output.
function M:next64()
  self.state = self.state + -7046029254386353131 -- 0x9e3779b97f4a7c15
  local z = self.state
  z = (z ~ (z >> 30)) * -4658895280553007687 -- 0xbf58476d1ce4e5b9
  z = (z ~ (z >> 27)) * -7723592293110705685 -- 0x94d049bb133111eb
  return z ~ (z >> 31)
end

-- A uniform integer in 1..n (n ≥ 1). The top 53 bits make the modulo bias negligible.
function M:int(n)
  return (self:next64() >> 11) % n + 1
end

-- A new generator whose stream depends on this seed and `label` only, so that one topic's
-- questions do not change when another topic is added or removed.
function M:derive(label)
  return M.new(self.state ~ M.hash(label))
end

-- Shuffle `t` in place (Fisher–Yates) and return it.
function M:shuffle(t)
  for i = #t, 2, -1 do
    local j = self:int(i)
    t[i], t[j] = t[j], t[i]
  end
  return t
end

-- Pick one element of a non-empty array.
function M:pick(t)
  return t[self:int(#t)]
end

return M

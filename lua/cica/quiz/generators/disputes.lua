-- Where sources disagree (the dataset's `discrepancies`): what one source says, and which year
-- the dataset adopts and why. Questions about the sources themselves, which only a dataset that
-- keeps every claim can ask.
local M = {
  topic = "disputes",
  order = 110,             -- where --list-topics shows it (cica.discover)
  name = { en = "Disputes", ["zh-Hans"] = "说法分歧", ["zh-Hant"] = "說法分歧" },
  title = { en = "Where sources disagree", ["zh-Hans"] = "来源说法不一之处", ["zh-Hant"] = "來源說法不一之處" },
}

local T = {
  says = { en = "Sources disagree on “%s”. What does source %s say?",
    ["zh-Hans"] = "各来源对“%s”说法不一。来源%s怎么说？", ["zh-Hant"] = "各來源對「%s」說法不一。來源%s怎麼說？" },
  source = { en = "%s (%s)", ["zh-Hans"] = "%s（%s）", ["zh-Hant"] = "%s（%s）" },
  says_fact = { en = "%s says: %s. The dataset adopts: %s.", ["zh-Hans"] = "%s的说法：%s。本数据集采用：%s。",
    ["zh-Hant"] = "%s的說法：%s。本數據集採用：%s。" },
  other_claim = { en = "That is what %s says.", ["zh-Hans"] = "这是%s的说法。", ["zh-Hant"] = "這是%s的說法。" },
  adopted = { en = "Sources disagree on “%s”. Which year does the dataset adopt?",
    ["zh-Hans"] = "各来源对“%s”说法不一。本数据集采用哪一年？", ["zh-Hant"] = "各來源對「%s」說法不一。本數據集採用哪一年？" },
  adopted_fact = { en = "The dataset adopts %d. %s", ["zh-Hans"] = "本数据集采用%d年。%s",
    ["zh-Hant"] = "本數據集採用%d年。%s" },
  year_claim = { en = "%d is one claim: %s.", ["zh-Hans"] = "%d年是其中一种说法：%s。", ["zh-Hant"] = "%d年是其中一種說法：%s。" },
  claims = { en = "The claims: %s.", ["zh-Hans"] = "各方说法：%s。", ["zh-Hant"] = "各方說法：%s。" },
}

local function text3(n) return { n.hans, n.hant, n.en } end

-- The claim text in the session's language, accepting its three forms.
local function claim_option(g, c, why)
  local text = g.name(c.text) or c.claim
  return g.option(text, text3(c.text), why)
end

-- The first four-digit year of a text, or nil.
local function first_year(s)
  local y = tostring(s or ""):match("%f[%d](%d%d%d%d)%f[%D]")
  return y and math.tointeger(tonumber(y))
end

-- Whether any year of `claim` shows in `text` (a source's title that would give it away).
local function shares_year(text, claim)
  for y in tostring(claim or ""):gmatch("%f[%d](%d%d%d%d)%f[%D]") do
    if tostring(text or ""):find(y, 1, true) then return true end
  end
  return false
end

-- A source as the prompt names it: its id, and its title where the title does not give the
-- claim away.
local function source_label(g, id, claim)
  local s = g.data.sources[id]
  if not s or shares_year(s.title and s.title.en, claim.claim) or shares_year(g.name(s.title), claim.claim) then
    return id
  end
  return g.F(T.source, id, g.name(s.title))
end

-- "What does source X say?": for each claim whose first source gives no other claim of the
-- dispute, and whose text no other claim shares. Choice only: the claims are sentences.
local function says_questions(g, x, out)
  local by_source, texts = {}, {}
  for _, c in ipairs(x.claims) do
    for _, id in ipairs(c.sources) do by_source[id] = (by_source[id] or 0) + 1 end
    local t = g.name(c.text) or c.claim
    texts[t] = (texts[t] or 0) + 1
  end
  local options = {}
  for i, c in ipairs(x.claims) do
    options[i] = claim_option(g, c, function()
      return g.F(T.other_claim, table.concat(c.sources, g.lang == "en" and ", " or "、"))
    end)
  end
  for i, c in ipairs(x.claims) do
    local first = c.sources[1]
    if first and by_source[first] == 1 and texts[g.name(c.text) or c.claim] == 1 then
      local pool = {}
      for j, o in ipairs(options) do if j ~= i then pool[#pool + 1] = o end end
      -- a descriptor: the answer and pool decide whether it can be asked (choice only); the
      -- texts are made when it is shown
      out[#out + 1] = {
        id = "disputes:" .. x.id .. ":" .. i .. ":says", group = "disputes:" .. x.id,
        answer = claim_option(g, c), pool = pool, modes = { "choice" }, sources = c.sources,
        build = function()
          return {
            prompt = g.F(T.says, g.name(x.title), source_label(g, first, c)),
            explain = g.F(T.says_fact, first, g.name(c.text) or c.claim, g.name(x.preferred)),
          }
        end,
      }
    end
  end
end

-- "Which year does the dataset adopt?": for a dispute about a date whose adopted value is a
-- year some claim gives, while another claim gives another year; the reason explains it.
local function adopted_question(g, x, out)
  local y = first_year(x.preferred.en)
  if not y or not tostring(x.preferred.en):match("^%d%d%d%d") or tostring(x.preferred.en):find("unverified") then return end
  local years, backed, others = {}, false, 0
  for _, c in ipairs(x.claims) do
    local cy = first_year(c.claim)
    if cy == y then backed = true end
    if cy and cy ~= y and not years[cy] then years[cy] = true; others = others + 1 end
  end
  if not backed or others == 0 then return end
  local title = g.name(x.title)
  if tostring(title):find(tostring(y), 1, true) then return end -- the prompt would give it away
  out[#out + 1] = {
    id = "disputes:" .. x.id .. ":adopted", group = "disputes:" .. x.id,
    build = function()
      local seen, pool, sources, parts = {}, {}, {}, {}
      for _, c in ipairs(x.claims) do
        local cy = first_year(c.claim)
        sources = g.sources(sources, c.sources)
        parts[#parts + 1] = g.claim_line(c)
        if cy and cy ~= y and not seen[cy] then
          seen[cy] = true
          pool[#pool + 1] = g.year(cy, g.F(T.year_claim, cy, g.claim_line(c)))
        end
      end
      return {
        prompt = g.F(T.adopted, title), answer = g.year(y),
        pool = { pool, g.years_near(y, 2, 1992, 2025) },
        explain = g.F(T.adopted_fact, y, g.name(x.reason) or ""),
        note = g.F(T.claims, table.concat(parts, g.lang == "en" and "; " or "；")),
        sources = sources,
      }
    end,
  }
end

function M.generate(g)
  local out = {}
  for _, row in ipairs(g.data.discrepancies) do
    -- the three forms of the adopted value and the reason, beside the title's
    local x = setmetatable({
      preferred = { hans = row.preferred_hans, hant = row.preferred_hant, en = row.preferred_en },
      reason = { hans = row.reason_hans, hant = row.reason_hant, en = row.reason_en },
    }, { __index = row })
    if #row.claims >= 2 then
      says_questions(g, x, out)
      adopted_question(g, x, out)
    end
  end
  return out
end

return M

-- No explanation gives away a later question's answer in the same session: for many seeds, each
-- language and a session of 12 questions, the text shown after each answer (explanation and
-- note) never names the answer of a question asked after it. Checked here independently of
-- cica.quiz.session.reveals, with plain substring tests. Runs under cica (busted --lua=cica).
local session = require "cica.quiz.session"
local topics = require "cica.quiz.topics"

local SEEDS, COUNT = 60, 12
local LANGS = { "zh-Hans", "zh-Hant", "en" }
local STANDING = { member = true, observer = true, partner = true, ["成员国"] = true, ["成員國"] = true,
  ["观察员"] = true, ["觀察員"] = true, ["伙伴"] = true, ["夥伴"] = true }

-- Does `text` give `answer` away? Years (four digits) anywhere as a number; names of two CJK
-- characters or more as they stand; Latin names of three letters or more as whole words.
local function gives_away(text, answer)
  if STANDING[answer] then return false end
  if answer:match("^%d%d%d%d$") then return text:find("%f[%d]" .. answer .. "%f[%D]") ~= nil end
  if answer:match("^%d+$") then return false end -- small numbers: dates get in the way
  if answer:match("^[%w%s%p]+$") then
    if #answer < 3 then return false end
    return (" " .. text:lower() .. " "):find("[^%w]" .. answer:lower():gsub("%p", "%%%0") .. "[^%w]") ~= nil
  end
  return utf8.len(answer) >= 2 and text:find(answer, 1, true) ~= nil
end

describe("quiz sessions", function()
  local gens = topics.all()
  for _, lang in ipairs(LANGS) do
    it("never explain a later answer (" .. lang .. ", " .. SEEDS .. " seeds)", function()
      local asked = 0
      for seed = 1, SEEDS do
        local all = session.generate(gens, { seed = seed, lang = lang })
        local chosen = session.select(all, { seed = seed, count = COUNT, mode = "mixed" }, {}, 0)
        assert.equals(COUNT, #chosen)
        for i, a in ipairs(chosen) do
          local shown = (a.explain or "") .. "\n" .. (a.note or "")
          for j = i + 1, #chosen do
            local b = chosen[j]
            if b.group ~= a.group and gives_away(shown, b.answer) then
              error(string.format("seed %d: after '%s' the feedback (%s) gives away the answer '%s' of '%s'",
                seed, a.prompt, shown, b.answer, b.prompt))
            end
          end
        end
        asked = asked + #chosen
      end
      assert.equals(SEEDS * COUNT, asked)
    end)
  end

  it("the check can fail: without it some session would leak", function()
    -- The study sheet's selection (opts.all) skips the check; its first 12 in session order leak.
    local found = false
    for seed = 1, SEEDS do
      local all = session.generate(gens, { seed = seed, lang = "en" })
      local chosen = session.select(all, { seed = seed, count = COUNT, mode = "mixed", all = true }, {}, 0)
      for i = 1, #chosen do
        local shown = (chosen[i].explain or "") .. "\n" .. (chosen[i].note or "")
        for j = i + 1, #chosen do
          if chosen[j].group ~= chosen[i].group and gives_away(shown, chosen[j].answer) then found = true end
        end
      end
      if found then break end
    end
    assert.is_true(found)
  end)
end)

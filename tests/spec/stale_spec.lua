-- Planned meetings past their date (cica.dataset.planned_status, cica.today, cica.set_today):
-- the one rule every place that shows a planned meeting uses. The spec runs with
-- CICA_TODAY=2026-12-05 (tests/CMakeLists.txt), the 7th summit planned for 2026-10.
local dataset = require "cica.dataset"

describe("planned meetings past their date", function()
  after_each(function() cica.set_today(nil); cica.set_lang("zh-Hans") end)

  it("is stale only once the last day the date can stand for has passed", function()
    local ps = dataset.planned_status
    assert.is_false((ps("2026-10", nil, "2025-09-25", "2026-10-31")))
    assert.is_true((ps("2026-10", nil, "2025-09-25", "2026-11-01")))
    assert.is_false((ps("2026", nil, "2025-09-25", "2026-12-31")))
    assert.is_true((ps("2026", nil, "2025-09-25", "2027-01-01")))
    assert.is_false((ps("2026-10-01", nil, "2025-09-25", "2026-10-01")))
    assert.is_true((ps("2026-10-01", nil, "2025-09-25", "2026-10-02")))
    -- a meeting of several days is stale after its last day
    assert.is_false((ps("2026-10-01", "2026-10-03", "2025-09-25", "2026-10-03")))
    assert.is_true((ps("2026-10-01", "2026-10-03", "2025-09-25", "2026-10-04")))
  end)

  it("says so in the three languages, dates in Chinese as 2026年10月", function()
    local _, planned = dataset.planned_status("2026-10", nil, "2025-09-25", "2026-01-01")
    assert.are.same({ hans = "计划于2026年10月举行", hant = "計劃於2026年10月舉行", en = "planned for 2026-10" }, planned)
    local _, stale = dataset.planned_status("2026-10-15", nil, "2025-09-25", "2026-12-05")
    assert.are.equal("原定于2026年10月15日举行；数据中没有其举行情况的报道（数据截至2025年9月25日）", stale.hans)
    assert.are.equal("原定於2026年10月15日舉行；數據中沒有其舉行情況的報道（數據截至2025年9月25日）", stale.hant)
    assert.are.equal("planned for 2026-10-15; no report of it in the data (as of 2025-09-25)", stale.en)
  end)

  it("marks the 7th summit stale on the tests' today and counts it", function()
    assert.are.equal("2026-12-05", cica.today())
    local s = cica.summits[7]
    assert.are.equal("summit-7", s.id)
    assert.is_true(s.stale)
    assert.are.equal(s.status_text_hans, s.status_text)
    assert.are.equal(1, #cica.stale_planned())
    cica.set_lang("en")
    assert.truthy(cica.version_line():find("dataset as of 2025-09-25; 1 planned meeting past its date, no report in the data)", 1, true))
    cica.set_lang("zh-Hans")
    assert.truthy(cica.version_line():find("数据截至 2025-09-25；1 场计划中的会议已过日期，数据中没有其报道）", 1, true))
  end)

  it("follows cica.set_today, and leaves held meetings alone", function()
    cica.set_today("2026-06-01")
    assert.is_false(cica.summits[7].stale)
    assert.are.equal(0, #cica.stale_planned())
    assert.truthy(cica.version_line():find("数据截至 2025-09-25）", 1, true))
    for _, m in ipairs(cica.meetings) do
      if m.status == "held" then assert.is_nil(m.stale, m.id); assert.is_nil(m.status_text, m.id) end
    end
  end)

  it("titles the meeting with its status in the timeline and in search results", function()
    cica.set_lang("en")
    local found
    for _, e in ipairs(cica.timeline) do
      if e.ref and e.ref.id == "summit-7" then found = e end
    end
    assert.are.equal("7th CICA Summit — planned for 2026-10; no report of it in the data (as of 2025-09-25)", found.title)
    assert.are.equal("亚信第七次峰会——原定于2026年10月举行；数据中没有其举行情况的报道（数据截至2025年9月25日）", found.title_hans)
    local hit = cica.search("Baku summit", { kinds = { "meeting" } })[1]
    assert.are.equal("summit-7", hit.id)
    assert.are.equal(found.title, hit.title)
  end)

  it("refuses a day that is not a date", function()
    cica.set_lang("en")
    assert.has_error(function() cica.set_today("2026-1-1") end,
      "cica.set_today: expected a date YYYY-MM-DD or nil, got '2026-1-1'")
    assert.has_error(function() cica.set_today({}) end, "cica.set_today: expected a date YYYY-MM-DD or nil, got table")
    cica.set_lang("zh-Hans")
    assert.has_error(function() cica.set_today({}) end, "cica.set_today：应为日期 YYYY-MM-DD 或 nil，得到的是 table")
  end)
end)

-- Every public function of the API and of the helper modules checks its arguments: a wrong one is
-- an error that names the function and what it accepts, located at the caller's line (never an
-- internal error inside cica's own files). Issue 13 (B10) and issue 17. Runs with busted --lua=cica.
local cica = rawget(_G, "cica") or require "cica"
local F = require "cica.format"
local W = require "cica.width"
local D = require "cica.date"
local DS = require "cica.dataset"
local R = require "cica.report"

-- The message f(...) raises, called from the line below (so the position is known).
local function raised(f, ...)
  local args = table.pack(...)
  local ok, err = pcall(function()
    f(table.unpack(args, 1, args.n)) -- the caller's line
  end)
  assert.is_false(ok)
  return err
end
local WHERE = debug.getinfo(1, "S").short_src .. ":" .. (debug.getinfo(raised, "S").linedefined + 3) .. ": "

-- Asserts that f(...) raises exactly WHERE .. message.
local function refuses(message, f, ...)
  assert.are.equal(WHERE .. message, raised(f, ...))
end

-- The messages are in the display language (cica.lang): the cases below are the English ones, the
-- last block checks the Chinese texts of each kind of message.
local was_lang
local function in_lang(code) cica.set_lang(code) end

describe("argument errors", function()
  setup(function() was_lang = cica.lang; in_lang("en") end)
  teardown(function() in_lang(was_lang) end)

  it("cica API", function()
    refuses("cica.isatty: expected 0, 1 or 2 (stdin, stdout, stderr), got string", cica.isatty, "1")
    refuses("cica.isatty: expected 0, 1 or 2 (stdin, stdout, stderr), got 7", cica.isatty, 7)
    refuses("cica.members_at: bad date 'last year': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
      cica.members_at, "last year")
    refuses("cica.observers_at: bad date: expected a year or a date string, got nil", cica.observers_at)
    refuses("cica.chair_at: bad date '2023-13': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
      cica.chair_at, "2023-13")
    refuses("cica.find: expected a string, got number", cica.find, 1)
    refuses("cica.search: expected a string, got nil", cica.search)
    refuses('cica.set_lang: unknown language "fr" (expected zh-Hans, zh-Hant or en)', cica.set_lang, "fr")
  end)

  it("cica.format", function()
    local spec = { columns = { "a" }, rows = { { a = 1 } } }
    refuses("cica.format.normalize: expected a report spec (a table with 'columns' and 'rows'), got nil",
      F.normalize, nil)
    refuses("cica.format.render: expected a report spec (a table with 'columns' and 'rows'), got string",
      F.render, "x", "text")
    refuses("cica.format.render: unknown format 'pdf' (formats: text, md, csv, json, html, svg)", F.render, spec, "pdf")
    refuses("cica.format.text: expected an options table or nil, got number", F.text, spec, 5)
    refuses("cica.format.csv: expected a language code (zh-Hans, zh-Hant or en) or nil, got number",
      F.csv, spec, { lang = 1 })
    refuses("cica.format.md: 'columns' must be a non-empty array", F.md, { rows = {} })
    refuses("cica.format.json: row 1 is a number, not a table", F.json, { columns = { "a" }, rows = { 5 } })
    refuses("cica.format.html: column 1 must be a string or a table with a string 'key'", F.html,
      { columns = { {} }, rows = {} })
    refuses("cica.format.text: column 'a': 'align' must be 'left', 'right' or 'center'", F.text,
      { columns = { { key = "a", align = "middle" } }, rows = {} })
    refuses("cica.format.svg: 'chart' must be a table", F.svg, { columns = { "a" }, rows = {}, chart = 1 })
    refuses("cica.format.localize: expected a language code (zh-Hans, zh-Hant or en) or nil, got table",
      F.localize, "x", {})
    refuses("cica.format.shown: expected a column table as argument 1, got nil", F.shown)
    refuses("cica.format.supports: expected a report spec (a table) as argument 1, got nil", F.supports, nil, "csv")
    refuses("cica.format.available: expected a report spec (a table), got boolean", F.available, true)
    for _, name in ipairs { "csv", "md", "html", "json", "svg", "text" } do
      refuses("cica.format." .. name .. ".render: expected a report spec (a table with 'columns' and 'rows'), got nil",
        require("cica.format." .. name).render, nil)
    end
    refuses("cica.format.text.table_lines: expected a report spec (a table with 'columns' and 'rows'), got nil",
      require("cica.format.text").table_lines)
    refuses("cica.format.csv.field: expected a string, got nil", require("cica.format.csv").field)
    refuses("cica.format.md.escape_cell: expected a string, got number", require("cica.format.md").escape_cell, 1)
    refuses("cica.format.json.string: expected a string, got nil", require("cica.format.json").string)
    refuses("cica.format.json.number: expected a number, got string", require("cica.format.json").number, "1")
    refuses("cica.format.json.object: expected an array of keys as argument 1, got nil",
      require("cica.format.json").object)
  end)

  it("cica.width", function()
    refuses("cica.width.pad: expected a number of columns as argument 2, got nil", W.pad, "x")
    refuses("cica.width.pad: expected 'left', 'right', 'center' or nil as argument 3, got 'middle'", W.pad, "x", 3, "middle")
    refuses("cica.width.truncate: expected a number of columns as argument 2, got string", W.truncate, "x", "3")
    refuses("cica.width.wrap: expected a number of columns as argument 2, got nil", W.wrap, "x")
    refuses("cica.width.codepoint: expected an integer code point, got string", W.codepoint, "a")
    refuses("cica.width.valid: expected a string, got nil", W.valid)
    refuses("cica.width.check: expected a string as argument 1, got number", W.check, 5)
  end)

  it("cica.date", function()
    refuses('cica.date.last_day: expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "last year"',
      D.last_day, "last year")
    -- (whether a text is a date is remembered: asked again, the answer is the same)
    refuses('cica.date.last_day: expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "last year"',
      D.last_day, "last year")
    for _, bad in ipairs { "", "200", "20011", "2001-1", "2001-011", "2001-01-1", "2001-01-011", "2001/01/01", "2001-01-01 " } do
      refuses('cica.date.last_day: expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "' .. bad .. '"', D.last_day, bad)
    end
    refuses("cica.date.holds: expected a date as argument 1 (start), got nil", D.holds)
    refuses("cica.date.holds: expected a date or nil as argument 2 (finish), got number", D.holds, "2001", 5, "2001")
    refuses("cica.date.holds: expected a date as argument 3 (day), got nil", D.holds, "2001", nil, nil)
    refuses("cica.date.check: expected a function name or nil as argument 2, got table", D.check, 2001, {})
    refuses("cica.date.check: expected an integer level or nil as argument 3, got \"2\"", D.check, 2001, "f", "2")
    refuses("f: bad date 'x': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)", D.check, "x", "f", 1)
  end)

  it("cica.dataset", function()
    refuses("cica.dataset.members: expected the cica table as argument 1, got nil", DS.members)
    refuses("cica.dataset.members_at: bad date: expected a year or a date string, got nil", DS.members_at, cica)
    refuses("cica.dataset.chair_at: bad date 'soon': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
      DS.chair_at, cica, "soon")
    refuses("cica.dataset.find: expected a string as argument 2, got number", DS.find, cica, 1)
  end)

  it("cica.report helpers", function()
    refuses("cica.report.pick: expected a field name (a string) as argument 2, got nil", R.pick, {})
    refuses("cica.report.pick: expected a record (a table) or nil as argument 1, got string", R.pick, "x", "name")
    refuses("cica.report.join: expected an array of strings, got nil", R.join)
    refuses("cica.report.join: item 2 is a table, not a string", R.join, { "a", {} })
    refuses("cica.report.build: expected a report (a table, as validate accepts) as argument 1, got nil", R.build)
    refuses("cica.report.validate: expected a name (a string) or nil as argument 2, got number", R.validate, {}, 1)
  end)

  it("still accepts what it accepted", function()
    assert.are.equal("x  ", W.pad("x", 3))
    assert.are.equal(3, W.width(nil))
    assert.are.equal("2001-06-31", D.last_day("2001-06"))
    assert.is_true(D.holds("2001", nil, "2010-06-31"))
    assert.are.equal("a,b\r\n1,\r\n", F.csv({ columns = { "a", "b" }, rows = { { a = 1, b = F.null } } }):match("^[^\n]*\n[^\n]*\n"))
    assert.are.equal("a, b", R.join({ "a", "b" }))
    assert.is_nil(R.pick(nil, "name"))
  end)

  it("in the display language: zh-Hans and zh-Hant", function()
    in_lang("zh-Hans")
    local ok, err = pcall(function()
      refuses("cica.members_at：日期“last year”有误：不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）",
        cica.members_at, "last year")
      refuses("cica.observers_at：日期有误：需要年份或日期字符串，而不是 nil", cica.observers_at)
      refuses("cica.find：应为字符串，得到的是 number", cica.find, 1)
      refuses("cica.isatty：应为文件描述符 0、1 或 2（stdin、stdout、stderr），得到的是 7", cica.isatty, 7)
      refuses("cica.set_lang：没有“fr”这种语言（可用：zh-Hans、zh-Hant 或 en）", cica.set_lang, "fr")
      refuses("cica.search：选项“limit”应为 1 到 1000 之间的整数，得到的是 0", cica.search, "x", { limit = 0 })
      refuses("cica.search：没有“entitys”这种类型（可用：" .. table.concat(require("cica.search").kinds, "、")
        .. "）；你是不是要找“entity”？", cica.search, "x", { kinds = { "entitys" } })
      refuses("cica.format.render：没有“pdf”这种格式（可用：text、md、csv、json、html、svg）", F.render,
        { columns = { "a" }, rows = {} }, "pdf")
      refuses("cica.format.csv：应为语言代码（zh-Hans、zh-Hant 或 en）或 nil，得到的是 number",
        F.csv, { columns = { "a" }, rows = {} }, { lang = 1 })
      refuses("cica.format.md：'columns' 应为非空数组", F.md, { rows = {} })
      refuses("cica.width.pad：应为列数（第 2 个参数），得到的是 nil", W.pad, "x")
      refuses("cica.date.holds：应为日期（第 1 个参数 start），得到的是 nil", D.holds)
      refuses("cica.dataset.find：应为字符串（第 2 个参数），得到的是 number", DS.find, cica, 1)
      refuses("cica.report.join：第 2 项是 table，不是字符串", R.join, { "a", {} })
      refuses("cica.format.json.number：应为数字，得到的是 string", require("cica.format.json").number, "1")
      in_lang("zh-Hant")
      refuses("cica.chair_at：日期「2023-13」有誤：不是日期（應為 YYYY、YYYY-MM 或 YYYY-MM-DD）", cica.chair_at, "2023-13")
      refuses("cica.report.pick：應為欄位名稱（字串，第 2 個參數），得到的是 nil", R.pick, {})
    end)
    in_lang("en")
    assert(ok, err)
  end)
end)

-- cica.repl.pretty and cica.repl.tabular: how the REPL prints values and tables.
package.path = "lua/?.lua;" .. package.path
local pretty = require "cica.repl.pretty"
local tabular = require "cica.repl.tabular"
local width = require "cica.width"

-- Every line of text has the same display width (the table lines up).
local function assert_aligned(text)
  local w
  for line in text:gmatch("[^\n]+") do
    if line:match("^[┌├│└+|]") then
      w = w or width.width(line)
      assert.are.equal(w, width.width(line), "misaligned: " .. line)
    end
  end
  assert.is_not_nil(w, "no table lines in:\n" .. text)
end

describe("cica.repl.pretty", function()
  describe("scalars", function()
    it("prints numbers, booleans and nil as Lua does", function()
      assert.are.equal("42", pretty.format(42))
      assert.are.equal("0.5", pretty.format(0.5))
      assert.are.equal("true", pretty.format(true))
      assert.are.equal("nil", pretty.format(nil))
    end)
    it("quotes strings and escapes control characters, keeping UTF-8", function()
      assert.are.equal('"韩国"', pretty.format("韩国"))
      assert.are.equal('"a\\nb\\t\\"c\\"\\\\"', pretty.format('a\nb\t"c"\\'))
      assert.are.equal('"\\001"', pretty.format("\1"))
    end)
    it("names the functions of the API when told how", function()
      local name_of = function(f) if f == print then return "print" end end
      assert.are.equal("function: print", pretty.format(print, { name_of = name_of }))
      assert.matches("^function: ", pretty.format(function() end, { name_of = name_of }))
    end)
  end)

  describe("tables", function()
    it("prints the array part first, then id and name, then the other keys A-Z", function()
      assert.are.equal('{ 1, 2, id = "KR", name = "韩国", founding = false, joined = "2006-06-17" }',
        pretty.format({ 1, 2, joined = "2006-06-17", founding = false, name = "韩国", id = "KR" }))
    end)
    it("writes keys that are not identifiers in brackets", function()
      assert.are.equal('{ ["a b"] = 1, ["end"] = 2, [10] = "x" }', pretty.format({ ["a b"] = 1, ["end"] = 2, [10] = "x" }))
    end)
    it("prints empty and nested tables", function()
      assert.are.equal("{}", pretty.format({}))
      assert.are.equal("{ a = { b = { 1, 2 } } }", pretty.format({ a = { b = { 1, 2 } } }))
    end)
    it("shows a table that contains itself as <cycle>", function()
      local t = { name = "x" }
      t.self = t
      assert.are.equal('{ name = "x", self = <cycle> }', pretty.format(t))
      local a, b = {}, {}
      a.b, b.a = b, a
      assert.are.equal("{ b = { a = <cycle> } }", pretty.format(a))
    end)
    it("prints a table shared by two keys twice (it is not a cycle)", function()
      local shared = { 1 }
      assert.are.equal("{ x = { 1 }, y = { 1 } }", pretty.format({ x = shared, y = shared }))
    end)
    it("uses __tostring when the table has one", function()
      local t = setmetatable({}, { __tostring = function() return "<thing>" end })
      assert.are.equal("<thing>", pretty.format(t))
      assert.are.equal("{ <thing> }", pretty.format({ t }))
    end)
    it("stops at a depth with {…}", function()
      assert.are.equal("{\n  { { { {…} } } }\n}", pretty.format({ { { { { { 1 } } } } } }))
    end)
  end)

  describe("long results", function()
    it("prints a table that does not fit one line one key per line, id and name first", function()
      local r = { id = "KR", name = "韩国", name_en = "Republic of Korea", joined = "2006-06-17",
                  aliases = { "South Korea", "ROK" }, founding = false, note = string.rep("x", 40) }
      assert.are.equal(table.concat({
        '{ id = "KR", name = "韩国",',
        '  aliases = { "South Korea", "ROK" },',
        '  founding = false,',
        '  joined = "2006-06-17",',
        '  name_en = "Republic of Korea",',
        '  note = "' .. string.rep("x", 40) .. '"',
        '}' }, "\n"), pretty.format(r, { width = 60 }))
    end)
    it("puts an id without a name on the first line too", function()
      assert.matches('^{ id = "A1",\n  title = "t+…",\n  url = "u"\n}$',
        pretty.format({ id = "A1", url = "u", title = string.rep("t", 80) }, { width = 40 }))
      assert.matches('^{\n  note = ', pretty.format({ note = string.rep("t", 80), x = 1 }, { width = 40 }))
    end)
    it("cuts long arrays with a count of what was left out", function()
      local t = {}
      for i = 1, 100 do t[i] = i end
      local s = pretty.format({ t = t }, { width = 40, lang = "en" })
      assert.matches("… %d+ more }", s)
      local shown = select(2, s:gsub("%d+,", ""))
      local left = tonumber(s:match("… (%d+) more"))
      assert.are.equal(100, shown + left)
    end)
    it("cuts a long array printed one item a line after MAX_LINES", function()
      local t = {}
      for i = 1, 120 do t[i] = string.rep("y", 30) end
      local s = pretty.format(t, { width = 40, lang = "en" })
      local lines = select(2, s:gsub("\n", "")) + 1
      assert.are.equal(pretty.MAX_LINES + 3, lines)            -- {, items, "… N more", }
      assert.matches("\n  … 70 more\n}$", s)
    end)
    it("says what it left out in the display language", function()
      local t = {}
      for i = 1, 120 do t[i] = string.rep("y", 30) end
      assert.matches("\n  … 另有 70 项\n}$", pretty.format(t, { width = 40, lang = "zh-Hans" }))
      assert.matches("\n  … 另有 70 項\n}$", pretty.format(t, { width = 40, lang = "zh-Hant" }))
      local n = {}
      for i = 1, 100 do n[i] = i end
      assert.matches("… 另有 %d+ 项 }", pretty.format({ t = n }, { width = 40, lang = "zh-Hans" }))
      -- without opts.lang: cica.lang, the display language
      local cica = require "cica"
      local was = cica.lang
      cica.set_lang("zh-Hans")
      local ok, s = pcall(pretty.format, t, { width = 40 })
      cica.set_lang(was)
      assert.is_true(ok, s)
      assert.matches("\n  … 另有 70 项\n}$", s)
    end)
    it("cuts long strings inside tables with …", function()
      local s = pretty.format({ { note = string.rep("长", 80) } }, { width = 200 })
      assert.matches('…"', s)
      assert.is_true(width.width(s) < 200)
    end)
    it("measures Chinese by display width", function()
      -- 20 Chinese characters are 40 columns: { a = "…" } takes 50, so 49 is too narrow
      assert.are.equal('{ a = "' .. string.rep("中", 20) .. '" }', pretty.format({ a = string.rep("中", 20) }, { width = 50 }))
      local s = pretty.format({ a = string.rep("中", 20) }, { width = 49 })
      assert.are.equal('{\n  a = "' .. string.rep("中", 20) .. '"\n}', s)
    end)
  end)

  describe("colours", function()
    it("colours values only when asked", function()
      assert.are.equal('{ a = "x" }', pretty.format({ a = "x" }))
      assert.are.equal('{ a = \27[32m"x"\27[0m, b = \27[33m1\27[0m }', pretty.format({ a = "x", b = 1 }, { color = true }))
    end)
    it("does not count colour codes in the width", function()
      assert.are.equal(9, pretty.visible_width('\27[32m"韩国"\27[0m' .. "abc"))
    end)
  end)
end)

describe("cica.repl.tabular", function()
  local rows = {
    { id = "KZ", name = "哈萨克斯坦", joined = "1999-09-14", order = 1 },
    { id = "KR", name = "韩国", joined = "2006-06-17", order = 18 },
    { id = "QA", name = "卡塔尔", joined = "2014-05-21" },
  }
  local cols = { "id", "name", "joined", "order" }

  it("tells arrays of records from other tables", function()
    assert.is_true(tabular.is_records(rows))
    assert.is_false(tabular.is_records({}))
    assert.is_false(tabular.is_records({ 1, 2 }))
    assert.is_false(tabular.is_records({ { 1 }, { 2 } }))
    assert.is_false(tabular.is_records({ { id = 1 }, x = 1 }))
  end)

  it("draws a box aligned by display width, numbers on the right", function()
    local text = tabular.render(rows, cols, "box")
    assert.are.equal(table.concat({
      "┌────┬────────────┬────────────┬───────┐",
      "│ id │    name    │   joined   │ order │",
      "├────┼────────────┼────────────┼───────┤",
      "│ KZ │ 哈萨克斯坦 │ 1999-09-14 │     1 │",
      "│ KR │ 韩国       │ 2006-06-17 │    18 │",
      "│ QA │ 卡塔尔     │ 2014-05-21 │       │",
      "└────┴────────────┴────────────┴───────┘", "" }, "\n"), text)
    assert_aligned(text)
  end)

  it("draws the same in ASCII for table", function()
    local text = tabular.render(rows, { "id", "name" }, "table")
    assert.are.equal(table.concat({
      "+----+------------+",
      "| id |    name    |",
      "+----+------------+",
      "| KZ | 哈萨克斯坦 |",
      "| KR | 韩国       |",
      "| QA | 卡塔尔     |",
      "+----+------------+", "" }, "\n"), text)
  end)

  it("writes Markdown, CSV, JSON and line mode", function()
    assert.are.equal("| id | name |\n| :--- | :--- |\n| KZ | 哈萨克斯坦 |\n| KR | 韩国 |\n| QA | 卡塔尔 |\n",
      tabular.render(rows, { "id", "name" }, "md"))
    assert.are.equal("id,order\r\nKZ,1\r\nKR,18\r\nQA,\r\n", tabular.render(rows, { "id", "order" }, "csv"))
    assert.are.equal('[{"id":"KZ","order":1},\n {"id":"KR","order":18},\n {"id":"QA","order":null}]\n',
      tabular.render(rows, { "id", "order" }, "json"))
    assert.are.equal("   id = KZ\norder = 1\n\n   id = KR\norder = 18\n\n   id = QA\norder = \n",
      tabular.render(rows, { "id", "order" }, "line"))
    assert.are.equal("[]\n", tabular.render({}, { "id" }, "json"))
  end)

  it("keeps values JSON cannot hold as text", function()
    local text = tabular.render({ { id = "x", f = print } }, { "id", "f" }, "json")
    assert.matches('^%[{"id":"x","f":"function: ', text)
  end)

  it("shows the first rows and says how many were left out", function()
    local text = tabular.render(rows, { "id" }, "box", { limit = 2, lang = "en" })
    assert.matches("│ KR │\n└────┘\n… 1 more rows %(3 in all%)\n$", text)
    assert.matches("│ KR │\n└────┘\n… 另有 1 行（共 3 行）\n$",
      tabular.render(rows, { "id" }, "box", { limit = 2, lang = "zh-Hans" }))
    assert.matches("│ KR │\n└────┘\n… 另有 1 列（共 3 列）\n$",
      tabular.render(rows, { "id" }, "box", { limit = 2, lang = "zh-Hant" }))
    -- csv, json, md and line are for files and other programs: never cut
    assert.are.equal("id\r\nKZ\r\nKR\r\nQA\r\n", tabular.render(rows, { "id" }, "csv", { limit = 2 }))
  end)

  it("drops the columns that do not fit the width and names them", function()
    local text = tabular.render(rows, cols, "box", { fit = true, width = 30, lang = "en" })
    assert.matches("… not shown: joined, order\n$", text)
    assert.matches("… 未显示的列：joined、order\n$",
      tabular.render(rows, cols, "box", { fit = true, width = 30, lang = "zh-Hans" }))
    for line in text:gmatch("[^\n]+") do
      if not line:match("^…") then assert.is_true(width.width(line) <= 30) end
    end
  end)

  it("cuts long cells with …", function()
    local text = tabular.render({ { note = string.rep("x", 50) } }, { "note" }, "box")
    assert.matches("│ " .. string.rep("x", tabular.MAX_CELL - 1) .. "… │", text)
  end)

  it("picks the columns of records: id and name first, language variants hidden", function()
    local recs = { { id = "KZ", name = "x", name_en = "K", name_hans = "x", joined = "1999", sources = { "A1" }, history = { {} } } }
    local all, shown = tabular.record_columns(recs)
    assert.are.same({ "id", "name", "joined", "name_en", "name_hans", "sources" }, all)
    assert.are.same({ "id", "name", "joined", "sources" }, shown)
    local _, preferred = tabular.record_columns(recs, { "name", "joined", "missing" })
    assert.are.same({ "name", "joined" }, preferred)
  end)
end)

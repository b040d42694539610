-- cica.format: the report formatters. They need no dataset, so this runs under plain `busted`
-- as well as under `busted --lua=cica`.
package.path = "lua/?.lua;" .. package.path
local F = require "cica.format"
local W = require "cica.width"

local function spec(extra)
  local s = {
    title = { ["zh-Hans"] = "成员国", ["zh-Hant"] = "成員國", en = "Members" },
    columns = {
      { key = "order", title = { ["zh-Hans"] = "序号", en = "#" } },
      { key = "code", title = "code" },
      { key = "name", title = { ["zh-Hans"] = "名称", ["zh-Hant"] = "名稱", en = "Name" } },
      { key = "joined", title = { ["zh-Hans"] = "加入", en = "Joined" } },
    },
    rows = {
      { order = 1, code = "CN", name = "中国", joined = "1992" },
      { order = 2, code = "KZ", name = "哈萨克斯坦", joined = "1992" },
      { order = 3, code = "XX", name = 'a, "quoted" | name', joined = nil },
    },
    sources = { { id = "R1", title = "RFE/RL", url = "https://www.rferl.org/a/1343399.html" } },
  }
  for k, v in pairs(extra or {}) do s[k] = v end
  return s
end

-- Lines of the text output that belong to the box-drawn table.
local function box_lines(text)
  local out = {}
  for line in text:gmatch("[^\n]*") do
    if line:find("^[┌├└│]") then out[#out + 1] = line end
  end
  return out
end


-- Runs f with English as the display language, then puts the language back.
local in_english = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "support/english.lua")

describe("cica.format", function()
  describe("cell", function()
    it("prints nil as empty, integers without a decimal point", function()
      assert.are.equal("", F.cell(nil))
      assert.are.equal("42", F.cell(42))
      assert.are.equal("2.5", F.cell(2.5))
      assert.are.equal("true", F.cell(true))
      assert.are.equal("A1, B2", F.cell({ "A1", "B2" }))
    end)
  end)

  describe("localize", function()
    it("picks the language, then the other Chinese variant, then English", function()
      local t = { ["zh-Hans"] = "简", en = "en" }
      assert.are.equal("简", F.localize(t, "zh-Hans"))
      assert.are.equal("简", F.localize(t, "zh-Hant"))
      assert.are.equal("en", F.localize(t, "en"))
      assert.are.equal("plain", F.localize("plain", "en"))
    end)
  end)

  describe("text", function()
    it("draws a box whose lines all have the same display width", function()
      local out = F.text(spec(), { lang = "zh-Hans" })
      local lines = box_lines(out)
      assert.are.equal(7, #lines)     -- top, header, rule, 3 rows, bottom
      for _, l in ipairs(lines) do assert.are.equal(W.width(lines[1]), W.width(l)) end
      assert.truthy(out:find("成员国", 1, true))
      assert.truthy(out:find("│ 哈萨克斯坦 ", 1, true))
      assert.truthy(out:find("[R1] RFE/RL — https://www.rferl.org/a/1343399.html", 1, true))
    end)
    it("right-aligns number columns", function()
      local out = F.text(spec(), { lang = "en" })
      assert.truthy(out:find("│ 1 │ CN ", 1, true))
    end)
    it("prints nil cells as empty", function()
      local out = F.text(spec(), { lang = "en" })
      assert.truthy(out:find('│ 3 │ XX   │ a, "quoted" | name │        │', 1, true))
    end)
    it("wraps long cells to the column maximum and keeps the box aligned", function()
      local s = spec()
      s.columns[3].max = 6
      local out = F.text(s, { lang = "en" })
      local lines = box_lines(out)
      assert.is_true(#lines > 7)
      for _, l in ipairs(lines) do assert.are.equal(W.width(lines[1]), W.width(l)) end
      assert.truthy(out:find("│ 哈萨克 ", 1, true))
      assert.truthy(out:find("│ 斯坦   ", 1, true))
    end)
    it("truncates instead when asked", function()
      local s = spec()
      s.columns[3].max = 6
      s.columns[3].overflow = "truncate"
      local out = F.text(s, { lang = "en" })
      assert.are.equal(7, #box_lines(out))
      assert.truthy(out:find("│ 哈萨… ", 1, true))
    end)
    it("accepts columns given as plain strings", function()
      local out = F.text({ columns = { "a", "b" }, rows = { { a = 1, b = "x" } } })
      assert.truthy(out:find("│ a │ b │", 1, true))
    end)
    it("draws a bar chart after the table", function()
      local s = {
        title = "growth", columns = { "year", "members" },
        rows = { { year = 2020, members = 10 }, { year = 2021, members = 20 } },
        chart = { type = "bar", x = "year", series = { { key = "members", title = "Members" } } },
      }
      local out = F.text(s, { bar_width = 10 })
      assert.truthy(out:find("2020 │█████ 10", 1, true))
      assert.truthy(out:find("2021 │██████████ 20", 1, true))
    end)
    it("says when there are no rows", function()
      local out = F.text({ columns = { "a" }, rows = {} })
      assert.truthy(out:find("(no rows)", 1, true))
    end)
  end)

  describe("md", function()
    it("writes a GitHub table with escaped pipes", function()
      local out = F.md(spec(), { lang = "en" })
      assert.truthy(out:find("| # | code | Name | Joined |", 1, true))
      assert.truthy(out:find("| ---: | :--- | :--- | :--- |", 1, true))
      assert.truthy(out:find('| 3 | XX | a, "quoted" \\| name |  |', 1, true))
      assert.truthy(out:find("- `R1` [RFE/RL](<https://www.rferl.org/a/1343399.html>)", 1, true))
    end)
  end)

  describe("csv", function()
    it("has a header of column keys and quotes fields per RFC 4180", function()
      local out = F.csv(spec(), { lang = "en" })
      assert.are.equal(
        'order,code,name,joined\r\n1,CN,中国,1992\r\n2,KZ,哈萨克斯坦,1992\r\n3,XX,"a, ""quoted"" | name",\r\n', out)
    end)
    it("quotes line breaks", function()
      local out = F.csv({ columns = { "a" }, rows = { { a = "x\ny" } } })
      assert.are.equal('a\r\n"x\ny"\r\n', out)
    end)
  end)

  describe("json", function()
    it("writes rows as objects in column order, nil as null, integers as integers", function()
      local out = F.json(spec(), { lang = "en" })
      assert.truthy(out:find('{"order":1,"code":"CN","name":"中国","joined":"1992"}', 1, true))
      assert.truthy(out:find('{"order":3,"code":"XX","name":"a, \\"quoted\\" | name","joined":null}', 1, true))
      assert.truthy(out:find('"title": "Members"', 1, true))
      assert.truthy(out:find('"sources": [', 1, true))
    end)
    it("escapes control characters, quotes and backslashes", function()
      assert.are.equal('"a\\"b\\\\c\\n\\t\\u0001"', F.encode_json('a"b\\c\n\t\1'))
    end)
    it("encodes numbers, booleans, arrays and sorted objects", function()
      assert.are.equal('[1,2.5,true,null,"x"]', F.encode_json({ 1, 2.5, true, F.null, "x" }))
      assert.are.equal('{"a":1,"b":[]}', F.encode_json({ b = {}, a = 1 }))
      assert.are.equal("3.0", F.encode_json(3.0))
      assert.are.equal("null", F.encode_json(0 / 0))
    end)
    it("rejects invalid UTF-8 with a clear error, in the display language", function()
      in_english(function()
        assert.has_error(function()
          F.json({ columns = { "a" }, rows = { { a = "bad\xFF" } } })
        end, "cannot encode row 1.a as JSON: invalid UTF-8 at byte 4")
      end)
      if rawget(_G, "cica") and cica.set_lang then -- (under cica: the Chinese text too)
        local was = cica.lang
        cica.set_lang("zh-Hans")
        local ok, err = pcall(F.json, { columns = { "a" }, rows = { { a = "bad\xFF" } } })
        cica.set_lang(was)
        assert.is_false(ok)
        assert.are.equal("第 1 行.a：无法编码为 JSON，不是有效的 UTF-8（第 4 个字节有误）", err)
      end
    end)
  end)

  describe("html", function()
    it("escapes text and includes the sources", function()
      local s = spec()
      s.rows[3].name = "<b>&</b>"
      local out = F.html(s, { lang = "en" })
      assert.truthy(out:find("<!DOCTYPE html>", 1, true))
      assert.truthy(out:find("&lt;b&gt;&amp;&lt;/b&gt;", 1, true))
      assert.falsy(out:find("<b>&</b>", 1, true))
      assert.truthy(out:find('<a href="https://www.rferl.org/a/1343399.html">RFE/RL</a>', 1, true))
      assert.falsy(out:find("<svg", 1, true))
    end)
    it("inlines the chart as SVG", function()
      local s = spec({ chart = { type = "line", x = "code", series = { "order" } } })
      assert.truthy(F.html(s):find("<svg", 1, true))
    end)
  end)

  describe("svg", function()
    local s = spec({ chart = { type = "line", x = "code", series = { { key = "order", title = "Order" } } } })
    it("draws the chart with a title and a legend", function()
      local out = F.svg(s, { lang = "en" })
      assert.truthy(out:find('^<%?xml'))
      assert.truthy(out:find("<svg xmlns=\"http://www.w3.org/2000/svg\"", 1, true))
      assert.truthy(out:find("<polyline", 1, true))
      assert.truthy(out:find(">Order</text>", 1, true))
      assert.truthy(out:find(">Members</text>", 1, true))
    end)
    it("draws bars", function()
      s.chart.type = "bar"
      assert.truthy(F.svg(s):find("<rect x=", 1, true))
    end)
    it("refuses a spec without a chart", function()
      in_english(function()
        assert.has_error(function() F.svg(spec()) end,
          "report has no chart, so it cannot be rendered as svg (try: text, md, csv, json, html)")
      end)
    end)
  end)

  describe("render", function()
    it("rejects unknown formats and bad specs", function()
      assert.has_error(function() F.render(spec(), "pdf") end)
      in_english(function()
        assert.has_error(function() F.text({ rows = {} }) end, "cica.format.text: 'columns' must be a non-empty array")
        assert.has_error(function() F.text({ columns = { "a" }, rows = { 5 } }) end,
          "cica.format.text: row 1 is a number, not a table")
      end)
    end)
    it("lists the formats a spec supports", function()
      assert.are.same({ "text", "md", "csv", "json", "html" }, F.available(spec()))
    end)
  end)

  describe("output that fits (issue 17)", function()
    local wide = {
      columns = { "date", "name", "note" },
      rows = {
        { date = "2014-05-21", name = "Kazakhstan", note = "a long note that has to wrap somewhere on a narrow screen" },
        { date = "2010-06-08", name = "中华人民共和国", note = "short" },
      },
    }
    it("fits a table to opts.width, narrowing running text before dates", function()
      local lines = require("cica.format.text").table_lines(wide, { width = 40 })
      assert.is_true(W.width(lines[1]) <= 40)
      assert.are.same({
        "┌────────────┬────────────┬───────────┐",
        "│    date    │    name    │   note    │",
        "├────────────┼────────────┼───────────┤",
        "│ 2014-05-21 │ Kazakhstan │ a long    │",
        "│            │            │ note that │",
        "│            │            │ has to    │",
        "│            │            │ wrap      │",
        "│            │            │ somewhere │",
        "│            │            │ on a      │",
        "│            │            │ narrow    │",
        "│            │            │ screen    │",
        "│ 2010-06-08 │ 中华人民共 │ short     │",
        "│            │ 和国       │           │",
        "└────────────┴────────────┴───────────┘",
      }, lines)
    end)
    it("keeps the natural width without opts.width (files and pipes)", function()
      local lines = require("cica.format.text").table_lines(wide)
      assert.are.equal(W.width(lines[1]), W.width(lines[4]))
      assert.is_true(W.width(lines[1]) > 60)
    end)
    it("writes CSV with a byte-order mark when asked", function()
      assert.are.equal("\239\187\191code\r\nCN\r\n",
        F.csv({ columns = { "code" }, rows = { { code = "CN" } } }, { bom = true }))
      assert.are.equal("code\r\nCN\r\n", F.csv({ columns = { "code" }, rows = { { code = "CN" } } }))
    end)
    it("draws every bar label, turned when they would overlap", function()
      local rows = {}
      for i = 1, 12 do rows[i] = { region = "South-eastern Asia " .. i, n = i } end
      local svg = F.svg({ columns = { "region", "n" }, rows = rows,
        chart = { type = "bar", x = "region", series = { "n" } } })
      local _, turned = svg:gsub('transform="rotate%(%-45', "")
      assert.are.equal(12, turned)
      assert.truthy(svg:find('width="100%"', 1, true))
    end)
    it("says the date of an as-of view in every format", function()
      local s = { columns = { "a" }, rows = { { a = 1 } }, view_date = "2014-05-21" }
      assert.truthy(F.text(s):find("As it stood on 2014-05-21", 1, true))
      assert.truthy(F.md(s):find("*As it stood on 2014-05-21*", 1, true))
      assert.truthy(F.html(s):find('<p class="as-of-view">As it stood on 2014-05-21</p>', 1, true))
      assert.truthy(F.json(s):find('"view_date": "2014-05-21"', 1, true))
      assert.has_error(function() F.text({ columns = { "a" }, rows = {}, view_date = 2014 }) end)
    end)
  end)
end)

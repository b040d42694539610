-- cica.rows / cica.each / cica.query: the values and keys of the row iterators, including the
-- paths the performance work added (names kept as upvalues, a fallback for rows wider than Lua's
-- upvalue limit, values pushed without a stack check for narrow rows).

-- "SELECT 1 AS c1, 2 AS c2, ..., n AS cn"
local function wide_select(n)
  local cols = {}
  for i = 1, n do cols[i] = ("%d AS c%d"):format(i, i) end
  return "SELECT " .. table.concat(cols, ", ")
end

describe("row iterators", function()
  it("give every type its Lua value and leave NULL columns out of row tables", function()
    local sql = "SELECT 7 AS i, 2.5 AS f, 'é亚' AS t, x'00ff' AS b, NULL AS n"
    local r = cica.query(sql)[1]
    assert.are.same({ i = 7, f = 2.5, t = "é亚", b = "\0\255" }, r)
    assert.are.equal("integer", math.type(r.i))
    local got
    for row in cica.rows(sql) do got = row end
    assert.are.same(r, got)
    local i, f, t, b, n, extra = nil, nil, nil, nil, nil, nil
    for a1, a2, a3, a4, a5, a6 in cica.each(sql) do i, f, t, b, n, extra = a1, a2, a3, a4, a5, a6 end
    assert.are.same({ 7, 2.5, "é亚", "\0\255" }, { i, f, t, b })
    assert.is_nil(n)
    assert.is_nil(extra)
  end)

  it("give an empty string and an empty blob as empty strings", function()
    for v1, v2 in cica.each("SELECT '', x''") do
      assert.are.equal("", v1)
      assert.are.equal("", v2)
    end
  end)

  it("key each row by column name, row after row", function()
    local seen = {}
    for r in cica.rows("SELECT id, name_en FROM entities ORDER BY id LIMIT 3") do
      assert.are.equal("string", type(r.id))
      assert.are.equal("string", type(r.name_en))
      seen[#seen + 1] = r.id
    end
    assert.are.equal(3, #seen)
    assert.is_true(seen[1] < seen[2] and seen[2] < seen[3])
  end)

  for _, n in ipairs({ 21, 254, 255, 300 }) do
    it(("handle a row of %d columns"):format(n), function()
      local sql = wide_select(n)
      local count = 0
      for r in cica.rows(sql) do
        for i = 1, n do assert.are.equal(i, r["c" .. i]) end
        count = count + 1
      end
      assert.are.equal(1, count)
      local values
      for a, b in cica.each(sql) do values = { a, b } end
      assert.are.same({ 1, 2 }, values)
      local all = table.pack(cica.each(sql)(nil, nil))
      assert.are.equal(n, all.n)
      assert.are.equal(n, all[n])
      assert.are.equal(n, cica.query(sql)[1]["c" .. n])
    end)
  end

  it("stop cleanly on break and can run again", function()
    for _ = 1, 3 do
      for r in cica.rows("SELECT id FROM entities") do
        assert.is_string(r.id)
        break
      end
    end
    local n = 0
    for _ in cica.each("SELECT id FROM entities") do n = n + 1 end
    assert.are.equal(#cica.query("SELECT id FROM entities"), n)
  end)
end)

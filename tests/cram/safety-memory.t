Memory safety of the bindings (docs/security.md, "Audit: memory safety of the bindings"). User
code can run in the middle of a binding: a finalizer (__gc) runs whenever Lua allocates, and an
__index metamethod whenever a table is read. Each case here is such code attacking the C state
under it; each must give a clear result or error, never a crash. The sanitizer job runs these
with ASan filling freed memory (ASAN_OPTIONS=max_free_fill_size=...:free_fill_byte=...), which
turns a read of a freed SQLite statement into a crash even though libsqlite3 is not instrumented.

A self-re-arming finalizer that closes the cursor of a running cica.rows loop (issue 13, B3): 200
columns (the iterator with one upvalue per name), 300 (too many for upvalues: the names array) and
cica.each. The close waits for the row being read, and the loop then ends; reading the cursor
again from the finalizer while a row is being read is an error:

  $ cat > closer.lua <<'LUA'
  > local how, ncols, nrows = arg[1], tonumber(arg[2]), tonumber(arg[3])
  > local cols = {}
  > for i = 1, ncols do cols[i] = ("printf('%%.500c', 'x') as c%d"):format(i) end
  > local sql = "with recursive r(n) as (select 1 union all select n + 1 from r where n < "
  >   .. nrows .. ") select " .. table.concat(cols, ", ") .. " from r"
  > local target, seen, rows = nil, {}, 0
  > local function arm()
  >   setmetatable({}, {__gc = function()
  >     if target then
  >       local ok, err = pcall(target)
  >       if not ok then seen[err] = true end
  >     end
  >     arm()
  >   end})
  > end
  > arm()
  > for round = 1, 20 do
  >   local it, s, c, cur = (how == "each" and cica.each or cica.rows)(sql)
  >   if how == "read" then target = it
  >   else target = function() getmetatable(cur).__close(cur) end end
  >   for row in it, s, c, cur do rows = rows + 1 end
  >   target = nil
  > end
  > for k in pairs(seen) do print(k) end
  > print(rows <= 20 * nrows)
  > LUA
  $ cica --safe closer.lua close 200 200
  true
  $ cica --safe closer.lua close 300 200
  true
  $ cica --safe closer.lua each 200 200
  true
  $ cica --safe closer.lua read 200 200
  cica.rows: the cursor is already reading a row
  true
  $ cica --safe closer.lua read 300 200
  cica.rows: the cursor is already reading a row
  true

cica.query's own cursor is not given to user code, but a finalizer with the debug library (no
--safe) can find it on the stack and close it: the rows being read are finished first, or the
query fails with a clear error if it had not started:

  $ cat > query.lua <<'LUA'
  > local cols = {}
  > for i = 1, 200 do cols[i] = ("printf('%%.500c', 'x') as c%d"):format(i) end
  > local sql = "with recursive r(n) as (select 1 union all select n + 1 from r where n < 100) select "
  >   .. table.concat(cols, ", ") .. " from r"
  > local closed = 0
  > local function arm()
  >   setmetatable({}, {__gc = function()
  >     for level = 2, 6 do
  >       for i = 1, 8 do
  >         local ok, name, v = pcall(debug.getlocal, level, i)
  >         if not ok or not name then break end
  >         local mt = type(v) == "userdata" and getmetatable(v)
  >         if mt and mt.__close and mt.__gc then mt.__close(v); closed = closed + 1 end
  >       end
  >     end
  >     arm()
  >   end})
  > end
  > arm()
  > for round = 1, 10 do
  >   local ok, rows = pcall(cica.query, sql)
  >   assert(ok and #rows == 100 or rows:find("the statement was closed before it ran", 1, true), rows)
  > end
  > print(closed > 0)
  > LUA
  $ cica query.lua
  true

Named parameters are read before any is bound, so an __index that closes the statement (again
through the debug library) cannot free it under the binding:

  $ cica -e '
  > local params = setmetatable({}, {__index = function(_, k)
  >   for level = 2, 4 do
  >     for i = 1, 8 do
  >       local name, v = debug.getlocal(level, i)
  >       if not name then break end
  >       local mt = type(v) == "userdata" and getmetatable(v)
  >       if mt and mt.__close then mt.__close(v) end
  >     end
  >   end
  >   return k
  > end})
  > print(pcall(cica.query, "select :a as a, :b as b", params))'
  false	cica.query: the statement was closed while its parameters were read
  $ cica --safe -e 'print(cica.query("select :a as a, :b as b", setmetatable({}, {__index = function(_, k) return k:upper() end}))[1].b)'
  B

A finalizer that queries while cica exits (issue 13, B4): lua_close runs finalizers newest first,
and the dataset handle is made before any user code runs, so it is closed after every user
finalizer: they can still query, also when the dataset was never opened before (and then it is
closed all the same: the sanitizer job would report the leak), through every way in:

  $ cica -e 'setmetatable({}, {__gc=function() print(#cica.query("select 1 as a union all select 2")) end}) cica.query("select 1")'
  2
  $ cica --safe -e 'setmetatable({}, {__gc=function() for r in cica.rows("select 1 as a") do print(r.a) end for v in cica.each("select 2") do print(v) end end})'
  1
  2
  $ cica --safe -e 'setmetatable({}, {__gc=function() print(#cica.search("阿拉木图") > 0) end})'
  true
  $ printf 'h = require("cica.repl.host")\nkeep = setmetatable({}, {__gc=function() print(h.columns("select 1 as a, 2 as b")[2]) end})\n' | cica -i
  b
  $ python3 -c 'import sqlite3; c = sqlite3.connect("mini.db"); c.execute("create table meta(key, value)"); c.execute("insert into meta values (\"schema_version\", \"1\")"); c.commit()'
  $ cica --db mini.db -e 'setmetatable({}, {__gc=function() print(cica.query("select value from meta")[1].value) end})'
  1

Once the handle is closed (here by calling its __gc through the debug library), every query is a
clear error, and a cursor opened before refuses to read:

  $ cica -e '
  > local h = debug.getregistry()["cica.dataset"]
  > local it = cica.rows("select 1 as a")
  > getmetatable(h).__gc(h)
  > print(pcall(it))
  > print(pcall(cica.query, "select 1"))
  > print(pcall(cica.rows, "select 1"))
  > print(pcall(cica.each, "select 1"))
  > print(pcall(cica.search, "china"))'
  false	cica.rows: the database is closed
  false	cica.query: the dataset is closed (cica is exiting)
  false	cica.rows: the dataset is closed (cica is exiting)
  false	cica.each: the dataset is closed (cica is exiting)
  false\\tlua/cica/search\.lua:\d+: cica\.query: the dataset is closed \(cica is exiting\) \(esc\) (re)

A cursor opened before the exit and read from a finalizer after its statement was finalized ends
quietly:

  $ cica -e 'local it; setmetatable({}, {__gc=function() print(pcall(it)) end}) it = cica.rows("select 1 as a")'
  true

cica.core.listdir holds an open directory while it pushes names, which can fail for memory: the
directory is then closed all the same (a to-be-closed value), so retrying under pcall near the
memory cap does not run out of file descriptors:

  $ mkdir many && (cd many && seq 1 3000 | xargs touch)
  $ cat > fd.lua <<'LUA'
  > local fails, ballast = 0, {}
  > pcall(function() while true do ballast[#ballast + 1] = ("x"):rep(1000 + #ballast) end end)
  > for i = 1, 20 do ballast[#ballast] = nil end
  > for i = 1, 300 do
  >   if not pcall(cica.core.listdir, "many") then fails = fails + 1 end
  > end
  > ballast = nil
  > collectgarbage()
  > print(fails > 0, #cica.core.listdir("/proc/self/fd") < 20)
  > LUA
  $ cica --max-memory 8 fd.lua
  true\ttrue (esc)

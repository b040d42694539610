-- cica.xdg: where the user's config and state live, and the places that use it (the user's
-- reports and quiz generators, the REPL's init.lua, the quiz history).
package.path = "lua/?.lua;" .. package.path
local xdg = require "cica.xdg"

-- Runs fn with os.getenv seeing only env (a table name → value); returns fn's results.
local function with_env(env, fn)
  local getenv = os.getenv
  os.getenv = function(name) return env[name] end
  local res = table.pack(pcall(fn))
  os.getenv = getenv
  assert(res[1], res[2])
  return table.unpack(res, 2, res.n)
end

-- A fresh empty folder.
local function tempdir()
  local path = os.tmpname()
  os.remove(path)
  assert(os.execute("mkdir -p '" .. path .. "'"))
  return path
end

-- Runs `cica ARGS` with the variables in unset removed and those in set given; returns the
-- output (stdout and stderr) and the exit status.
local function run(unset, set, args)
  local cmd = { "env" }
  for _, name in ipairs(unset) do cmd[#cmd + 1] = "-u " .. name end
  for name, value in pairs(set) do cmd[#cmd + 1] = string.format("%s='%s'", name, value) end
  cmd[#cmd + 1] = "cica " .. args .. " 2>&1"
  local p = assert(io.popen(table.concat(cmd, " ")))
  local out = p:read("a")
  local _, _, status = p:close()
  return out, status
end

describe("cica.xdg", function()
  describe("config_home", function()
    it("is $XDG_CONFIG_HOME when it is set", function()
      assert.are.equal("/x/conf", with_env({ XDG_CONFIG_HOME = "/x/conf", HOME = "/h" }, xdg.config_home))
    end)
    it("is $HOME/.config when XDG_CONFIG_HOME is unset or empty", function()
      assert.are.equal("/h/.config", with_env({ HOME = "/h" }, xdg.config_home))
      assert.are.equal("/h/.config", with_env({ XDG_CONFIG_HOME = "", HOME = "/h" }, xdg.config_home))
    end)
    it("is nil without either (an empty one counts as unset)", function()
      assert.is_nil(with_env({}, xdg.config_home))
      assert.is_nil(with_env({ XDG_CONFIG_HOME = "", HOME = "" }, xdg.config_home))
    end)
    it("does not look at XDG_STATE_HOME", function()
      assert.are.equal("/h/.config", with_env({ XDG_STATE_HOME = "/s", HOME = "/h" }, xdg.config_home))
    end)
  end)

  describe("state_home", function()
    it("is $XDG_STATE_HOME when it is set", function()
      assert.are.equal("/x/state", with_env({ XDG_STATE_HOME = "/x/state", HOME = "/h" }, xdg.state_home))
    end)
    it("is $HOME/.local/state when XDG_STATE_HOME is unset or empty", function()
      assert.are.equal("/h/.local/state", with_env({ HOME = "/h" }, xdg.state_home))
      assert.are.equal("/h/.local/state", with_env({ XDG_STATE_HOME = "", HOME = "/h" }, xdg.state_home))
    end)
    it("is nil without either (an empty one counts as unset)", function()
      assert.is_nil(with_env({}, xdg.state_home))
      assert.is_nil(with_env({ XDG_STATE_HOME = "", HOME = "" }, xdg.state_home))
      assert.is_nil(with_env({ XDG_CONFIG_HOME = "/c" }, xdg.state_home))
    end)
  end)

  describe("its users", function()
    it("the user's reports and quiz generators live under the config folder", function()
      local report, topics = require "cica.report", require "cica.quiz.topics"
      assert.are.equal("/c/cica/reports", with_env({ XDG_CONFIG_HOME = "/c" }, report.user_dir))
      assert.are.equal("/h/.config/cica/quiz", with_env({ HOME = "/h" }, topics.user_dir))
      assert.is_nil(with_env({ HOME = "" }, report.user_dir))
      assert.is_nil(with_env({}, topics.user_dir))
    end)

    it("the REPL's init.lua is found in the config folder", function()
      local repl = require "cica.repl"
      local dir = tempdir()
      assert.is_nil(with_env({ XDG_CONFIG_HOME = dir }, repl.init_file))
      assert(os.execute("mkdir -p '" .. dir .. "/cica' '" .. dir .. "/.config/cica'"))
      assert(os.execute(": > '" .. dir .. "/cica/init.lua'; : > '" .. dir .. "/.config/cica/init.lua'"))
      assert.are.equal(dir .. "/cica/init.lua", with_env({ XDG_CONFIG_HOME = dir, HOME = dir }, repl.init_file))
      assert.are.equal(dir .. "/.config/cica/init.lua", with_env({ XDG_CONFIG_HOME = "", HOME = dir }, repl.init_file))
      assert.is_nil(with_env({}, repl.init_file))
      os.execute("rm -rf '" .. dir .. "'")
    end)

    it("the quiz history defaults to the state folder, and says what to do without one", function()
      local quiz = require "cica.cli.quiz"
      assert.are.equal("/s/cica/quiz.db", with_env({ XDG_STATE_HOME = "/s", HOME = "/h" }, quiz.default_state))
      assert.are.equal("/h/.local/state/cica/quiz.db", with_env({ HOME = "/h" }, quiz.default_state))
      local ok, err = pcall(with_env, { XDG_STATE_HOME = "" }, function() return quiz.default_state("en") end)
      assert.is_false(ok)
      assert.matches("no history file: set HOME, XDG_STATE_HOME or use --state FILE", err, 1, true)
      ok, err = pcall(with_env, { XDG_STATE_HOME = "" }, function() return quiz.default_state("zh-Hans") end)
      assert.matches("没有记录文件：请设置 HOME 或 XDG_STATE_HOME，或使用 --state 文件", err, 1, true)
    end)
  end)

  describe("in a cica process", function()
    local dir
    before_each(function() dir = tempdir() end)
    after_each(function() os.execute("rm -rf '" .. dir .. "'") end)

    it("the quiz without a home or XDG_STATE_HOME fails with one clear message", function()
      local out, status = run({ "XDG_STATE_HOME", "HOME" }, {}, "quiz --print --count 1 --seed 1 --lang en")
      assert.are.equal("cica: no history file: set HOME, XDG_STATE_HOME or use --state FILE\n", out)
      assert.are.equal(1, status)
    end)

    it("the quiz history goes to $HOME/.local/state when XDG_STATE_HOME is empty", function()
      local out, status = run({}, { HOME = dir, XDG_STATE_HOME = "", XDG_CONFIG_HOME = dir .. "/config" },
        "quiz stats --format json")
      assert.are.equal(0, status)
      assert.matches('"state":"' .. dir .. '/.local/state/cica/quiz.db"', out, 1, true)
    end)

    it("a user report in $HOME/.config is listed when XDG_CONFIG_HOME is unset", function()
      assert(os.execute("mkdir -p '" .. dir .. "/.config/cica/reports'"))
      local f = assert(io.open(dir .. "/.config/cica/reports/mine.lua", "w"))
      f:write('return { title = "Mine", description = "my own", columns = { "a" }, rows = function() return {} end }\n')
      f:close()
      local out, status = run({ "XDG_CONFIG_HOME" }, { HOME = dir }, "report --list")
      assert.are.equal(0, status)
      assert.matches("(" .. dir .. "/.config/cica/reports):\nmine", out, 1, true)
      assert.matches("\nmine +my own\n$", out)
    end)

    it("report --list under --safe with an empty HOME lists the bundled reports", function()
      -- an empty HOME is no home: no folder outside the sandbox's config folder is asked for
      local out, status = run({ "XDG_CONFIG_HOME" }, { HOME = "" }, "--safe report --list")
      assert.are.equal(0, status)
      assert.matches("^overview ", out)
    end)

    it("the REPL's history file is in the state folder (src/repl.c asks cica.repl.history_file)", function()
      local repl = require "cica.repl"
      assert.are.equal("/x/state/cica/history", with_env({ XDG_STATE_HOME = "/x/state", HOME = "/h" }, repl.history_file))
      assert.are.equal("/h/.local/state/cica/history", with_env({ XDG_STATE_HOME = "", HOME = "/h" }, repl.history_file))
      assert.is_nil(with_env({}, repl.history_file))
    end)

    it("--safe's listdir allows cica's folder in $HOME/.config when XDG_CONFIG_HOME is unset", function()
      local dir = tempdir()
      assert(os.execute("mkdir -p '" .. dir .. "/.config/cica/reports' && : > '" .. dir .. "/.config/cica/reports/r.lua'"))
      local out, status = run({ "XDG_CONFIG_HOME" }, { HOME = dir },
        "--safe -e 'print(cica.core.listdir(\"" .. dir .. "/.config/cica/reports\")[1])'")
      assert.are.equal(0, status)
      assert.are.equal("r.lua\n", out)
      out, status = run({ "XDG_CONFIG_HOME" }, { HOME = dir }, "--lang en --safe -e 'cica.core.listdir(\"" .. dir .. "/.config\")'")
      assert.are.equal(1, status)
      assert.are.equal("cica: (command line):1: cica.core.listdir: '" .. dir .. "/.config' is not allowed in safe mode",
        out:match("^[^\n]*"))
      out, status = run({ "XDG_CONFIG_HOME" }, { HOME = dir }, "--safe -e 'cica.core.listdir(\"" .. dir .. "/.config\")'")
      assert.are.equal(1, status)
      assert.are.equal("cica: (command line):1: cica.core.listdir：安全模式下不能读取“" .. dir .. "/.config”（not allowed in safe mode）",
        out:match("^[^\n]*"))
      out, status = run({ "XDG_CONFIG_HOME", "HOME" }, {}, "--lang en --safe -e 'cica.core.listdir(\"/tmp\")'")
      assert.are.equal(1, status)
      assert.are.equal("cica: (command line):1: cica.core.listdir: '/tmp' is not allowed in safe mode", out:match("^[^\n]*"))
      os.execute("rm -rf '" .. dir .. "'")
    end)
  end)
end)

-- The XDG base folders cica keeps the user's files in: config (own reports, quiz generators,
-- the REPL's init.lua) and state (the quiz history). The C side (the REPL history in src/repl.c,
-- the --safe folder check in src/sandbox.c) follows the same rules.
local M = {}

-- The variable's value, or nil when it is unset or empty (the XDG spec treats both alike).
local function env(name)
  local value = os.getenv(name)
  if value == nil or value == "" then return nil end
  return value
end

-- $var, else $HOME/fallback, else nil.
local function folder(var, fallback)
  local base = env(var)
  if base then return base end
  local h = env("HOME")
  return h and h .. "/" .. fallback or nil
end

--- $XDG_CONFIG_HOME, else $HOME/.config; nil when neither is set.
function M.config_home()
  return folder("XDG_CONFIG_HOME", ".config")
end

--- $XDG_STATE_HOME, else $HOME/.local/state; nil when neither is set.
function M.state_home()
  return folder("XDG_STATE_HOME", ".local/state")
end

return M

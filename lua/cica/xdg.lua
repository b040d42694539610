-- The XDG base folders cica keeps the user's files in: config (own reports, quiz generators,
-- the REPL's init.lua) and state (the quiz history, the REPL history). The one place they are
-- worked out: the C side asks this module too (src/repl.c through cica.repl.history_file, the
-- --safe folder check of cica.core.listdir in src/sandbox.c).
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

-- Whether this run is under --safe: asked of cica.host (src/lhost.c), which reads the registry
-- key the C host sets before any user code runs, never a table user code can reach.
function M.safe()
  return require("cica.host").safe()
end

--- The one rule for files a user names for writing (`.once FILE`, `--state FILE`, `report -o
--- FILE`): under --safe every such path is refused, whatever it is, before anything is created or
--- opened; cica then writes only its own files in its own folders (the default quiz history, the
--- REPL history). `what` names the command or option in the message; `lang` (optional) is the
--- language of the message (default: the display language; the message is cica.messages.xdg's
--- "refused"); `hint` (optional) is appended. Raises; returns `path` otherwise.
function M.check_write_path(what, path, lang, hint)
  if M.safe() then
    error(require("cica.lang").t("xdg.refused", lang, what) .. (hint or ""), 0)
  end
  return path
end

return M

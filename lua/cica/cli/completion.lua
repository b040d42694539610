-- cica completion: prints the bash or zsh completion script for cica.
--   cica completion bash|zsh [-o FILE]
--
-- The script is generated at run time from the tables the program itself uses, so it cannot
-- drift from them:
--   subcommands  cica.core.subcommands() (the table in src/main.c; only those that are bundled)
--   reports      require("cica.report").list() (the bundled ones; the script lists the user's
--                $XDG_CONFIG_HOME/cica/reports/*.lua itself, at completion time)
--   quiz topics  require("cica.quiz.topics") (the bundled generators)
--   formats      require("cica.report").formats; languages cica.languages
-- (reports, topics and formats are the files cica.discover finds: a new one is completed with no
-- edit here; tests/spec/listings_spec.lua checks it).
-- Options are declared in OPTIONS below; tests/cram/completion.t compares them with each
-- command's --help, so an option added without completion fails the tests.
-- The build runs this to make the installed completion files (CMakeLists.txt, "Install").
local M = {}

M.USAGE = "cli.completion_usage" -- a catalogue key (cica.messages.cli), as HELP

local HELP = "cli.completion_help"

-- What follows an option: FILE (a file name), ANY (free text), or a list of words.
local FILE, ANY = "@file", "@any"

-- The options of each command ("" is cica itself, "quiz stats" a command inside quiz).
-- `v` holds the value lists read from the program's tables. Each entry: { name, value }.
local function OPTIONS(v)
  local text_json = { "text", "json" }
  return {
    [""] = {
      { "-e", ANY }, { "-l", ANY }, { "-i" }, { "-v" }, { "-E" }, { "-W" }, { "--lang", v.langs },
      { "--db", FILE }, { "--safe" }, { "--timeout", ANY }, { "--max-memory", ANY },
      { "--version" }, { "--help" },
    },
    report = {
      { "-f", v.formats }, { "--format", v.formats }, { "--lang", v.langs }, { "-o", FILE },
      { "--output", FILE }, { "-l" }, { "--list" }, { "-h" }, { "--help" }, { "--as-of", ANY }, { "--bom" }, { "--state", FILE },
    },
    quiz = {
      { "-n", ANY }, { "--count", ANY }, { "-t", v.topics }, { "--topic", v.topics },
      { "-m", v.modes }, { "--mode", v.modes }, { "-s", ANY }, { "--seed", ANY }, { "--due" },
      { "--wrong" }, { "--state", FILE }, { "--questions", FILE }, { "--print" },
      { "--format", { "text", "md", "html", "json" } }, { "-o", FILE }, { "--output", FILE }, { "--bom" },
      { "--retention", ANY }, { "--lang", v.langs }, { "--now", ANY }, { "--list-topics" },
      { "--no-leeches" }, { "--leech-threshold", ANY }, { "--reset" }, { "-h" }, { "--help" },
    },
    ["quiz export"] = {
      { "--format", { "anki", "csv", "json" } }, { "-o", FILE }, { "--output", FILE }, { "--bom" },
      { "-t", v.topics }, { "--topic", v.topics }, { "-s", ANY }, { "--seed", ANY },
      { "--questions", FILE }, { "--lang", v.langs }, { "-h" }, { "--help" },
    },
    ["quiz stats"] = {
      { "--state", FILE }, { "--format", { "text", "json", "svg", "html" } }, { "--retention", ANY },
      { "--lang", v.langs }, { "--now", ANY }, { "-h" }, { "--help" },
    },
    ["quiz leeches"] = {
      { "--state", FILE }, { "--format", text_json }, { "--leech-threshold", ANY }, { "--lang", v.langs },
      { "--now", ANY }, { "-h" }, { "--help" },
    },
    ["quiz optimize"] = {
      { "--state", FILE }, { "--reset" }, { "--format", text_json }, { "--lang", v.langs }, { "--now", ANY },
      { "-h" }, { "--help" },
    },
    ["quiz merge"] = { { "-o", FILE }, { "--output", FILE }, { "--lang", v.langs }, { "-h" }, { "--help" } },
    ["quiz class"] = { { "--format", text_json }, { "--lang", v.langs }, { "-h" }, { "--help" } },
    ["quiz revlog"] = { { "--state", FILE }, { "--lang", v.langs }, { "--now", ANY }, { "-h" }, { "--help" } },
    search = {
      { "--kind", v.kinds }, { "--format", text_json }, { "--lang", v.langs }, { "--limit", ANY }, { "--as-of", ANY },
      { "-h" }, { "--help" },
    },
    serve = {
      { "--port", ANY }, { "--host", ANY }, { "--open" }, { "--lang", v.langs }, { "--state", FILE },
      { "--timeout", ANY }, { "--export", FILE }, { "-h" }, { "--help" },
    },
    repl = {},
    help = {},
    stubs = { { "-h" }, { "--help" } },
    completion = { { "-o", FILE }, { "--output", FILE }, { "-h" }, { "--help" } },
  }
end

-- The words that may stand where a command takes its first argument.
local function WORDS(v)
  return {
    report = v.reports,     -- plus the user's reports and *.lua files, found by the script
    quiz = { "stats", "leeches", "export", "revlog", "optimize", "merge", "class" },
    completion = { "bash", "zsh" },
    search = ANY,
    help = v.commands,      -- cica help COMMAND
    stubs = FILE,           -- the folder to write into
  }
end

-- Commands inside commands: the name that follows, and the command it makes.
local NESTED = { quiz = { stats = "quiz stats", leeches = "quiz leeches", export = "quiz export",
  revlog = "quiz revlog", optimize = "quiz optimize", merge = "quiz merge", class = "quiz class" } }

-- Words that are safe to print inside single quotes in a shell script.
local function safe(list)
  local out = {}
  for _, w in ipairs(list or {}) do
    if type(w) == "string" and w:match("^[%w_%.:+%-]+$") then out[#out + 1] = w end
  end
  return out
end

-- Calls f, returning its result or nil when it fails: a module that is not bundled yet (or a
-- user's broken file) must not stop completion of the rest.
local function try(f)
  local ok, result = pcall(f)
  if ok then return result end
  return nil
end

-- The value lists, from the modules that own them.
local function values()
  local cica = rawget(_G, "cica") or require "cica"
  local report = try(function() return require "cica.report" end) or {}
  local v = { langs = cica.languages, formats = report.formats or {}, modes = { "choice", "typed", "mixed" } }
  v.reports = {}
  for _, r in ipairs(try(report.list) or {}) do
    if not r.user then v.reports[#v.reports + 1] = r.name end
  end
  v.topics = try(function()
    local topics, names = require "cica.quiz.topics", {}
    for _, gen in ipairs(topics.all()) do
      if not gen.user then names[#names + 1] = gen.topic end
    end
    return names
  end) or try(function() return require("cica.quiz.topics").bundled() end) or ANY
  local kinds = try(function() return require("cica.search").kinds end)
  if type(kinds) == "function" then kinds = try(kinds) end
  v.kinds = type(kinds) == "table" and kinds or ANY
  v.commands = M.commands()
  return v
end

-- The commands to complete: those in the C table that are bundled, in its order.
function M.commands()
  local names = {}
  for _, c in ipairs(require("cica.core").subcommands()) do
    if c.available then names[#names + 1] = c.name end
  end
  return names
end

local function quote(list)
  return "'" .. table.concat(safe(list), " ") .. "'"
end

-- The value spec as the script's _cica_value sees it: @file, @any or the words.
local function value_spec(v)
  if v == FILE or v == ANY then return "'" .. v .. "'" end
  return quote(v)
end

-- Shell functions holding the data: _cica_options CMD, _cica_value CMD OPT, _cica_words CMD,
-- _cica_nested CMD WORD.
local function data_functions(names, v)
  local options, words = OPTIONS(v), WORDS(v)
  local opt_arms, value_arms, word_arms, nested_arms = {}, {}, {}, {}
  local keys = { "" }
  for _, n in ipairs(names) do
    keys[#keys + 1] = n
    local nested = {}
    for word in pairs(NESTED[n] or {}) do nested[#nested + 1] = word end
    table.sort(nested) -- pairs' order differs from run to run: the script must not
    for _, word in ipairs(nested) do
      local cmd = NESTED[n][word]
      keys[#keys + 1] = cmd
      nested_arms[#nested_arms + 1] = string.format("    '%s %s') _cica_values='%s';;", n, word, cmd)
    end
  end
  for _, cmd in ipairs(keys) do
    local list = {}
    for _, o in ipairs(options[cmd] or {}) do
      list[#list + 1] = o[1]
      if o[2] then
        value_arms[#value_arms + 1] = string.format("    '%s %s') _cica_values=%s;;", cmd, o[1], value_spec(o[2]))
      end
    end
    opt_arms[#opt_arms + 1] = string.format("    '%s') _cica_values=%s;;", cmd, quote(list))
    if words[cmd] then
      word_arms[#word_arms + 1] = string.format("    '%s') _cica_values=%s;;", cmd, value_spec(words[cmd]))
    end
  end
  table.sort(nested_arms)
  local function fn(name, comment, case, arms)
    return table.concat({ "# " .. comment, name .. "() {", "  case " .. case .. " in",
      table.concat(arms, "\n"), "    *) return 1;;", "  esac", "}" }, "\n")
  end
  return table.concat({
    "_cica_commands=" .. quote(names),
    fn("_cica_options", "$1: a command ('' for cica itself) -> _cica_values: its options", '"$1"', opt_arms),
    fn("_cica_value", "$1 command, $2 option -> _cica_values: what follows it (@file, @any or words);\n"
      .. "# fails when the option takes no value", '"$1 $2"', value_arms),
    fn("_cica_words", "$1 command -> _cica_values: the words for its first argument", '"$1"', word_arms),
    fn("_cica_nested", "$1 command, $2 word -> _cica_values: the command inside it that the word names",
      '"$1 $2"', #nested_arms > 0 and nested_arms or { "    '') ;;" }),
  }, "\n\n")
end

-- The part of the script that does not depend on the data (bash, and zsh through bashcompinit).
local LOGIC = [=[
# The user's own reports: $XDG_CONFIG_HOME/cica/reports/*.lua (read at each completion).
_cica_user_reports() {
  local f
  for f in "${XDG_CONFIG_HOME:-$HOME/.config}"/cica/reports/*.lua; do
    [ -e "$f" ] || continue
    f=${f##*/}
    printf '%s\n' "${f%.lua}"
  done
}

# Sets COMPREPLY from a value spec ($1: @file, @any or words) for the word $2, each reply
# prefixed by $3 (for --option=value given as one word).
_cica_reply() {
  local n=0
  case $1 in
    @any) return 0;;
    @file)
      type compopt >/dev/null 2>&1 && compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$2"));;
    *) COMPREPLY=($(compgen -W "$1" -- "$2"));;
  esac
  [ -n "$3" ] || return 0
  while [ "$n" -lt "${#COMPREPLY[@]}" ]; do
    COMPREPLY[n]="$3${COMPREPLY[n]}"
    n=$((n + 1))
  done
}

# Adds to COMPREPLY what may stand where a script or a report file goes: the *.lua files and the
# directories (to walk into) that start with $1.
_cica_scripts() {
  local f
  type compopt >/dev/null 2>&1 && compopt -o filenames 2>/dev/null
  while IFS= read -r f; do
    [ -n "$f" ] && COMPREPLY+=("$f")
  done <<EOF_CICA
$(compgen -f -X '!*.lua' -- "$1"; compgen -d -- "$1")
EOF_CICA
}

_cica() {
  [ -n "${ZSH_VERSION-}" ] && setopt localoptions ksharrays nonomatch
  local cur=${COMP_WORDS[COMP_CWORD]} prev='' cmd='' opt='' pre='' word _cica_values
  local i=1 npos=0
  [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
  COMPREPLY=()
  # Which command the line is in: skip options and their values.
  while [ "$i" -lt "$COMP_CWORD" ]; do
    word=${COMP_WORDS[i]}
    if [ "${COMP_WORDS[i+1]-}" = "=" ]; then i=$((i + 3)); continue; fi
    case $word in
      --) [ -z "$cmd" ] && cmd=@script;;
      -|--*=*) [ -z "$cmd" ] && [ "$word" = - ] && cmd=@script;;
      -*) _cica_value "$cmd" "$word" && i=$((i + 1));;
      *)
        if [ -z "$cmd" ]; then
          case " $_cica_commands " in
            *" $word "*) cmd=$word;;
            *) cmd=@script;;
          esac
        elif _cica_nested "$cmd" "$word"; then
          cmd=$_cica_values npos=0
        else
          npos=$((npos + 1))
        fi;;
    esac
    [ "$cmd" = @script ] && break
    i=$((i + 1))
  done
  if [ "$cmd" = @script ]; then
    _cica_reply @file "$cur" ''
    return 0
  fi
  # The value of an option: "--opt value", "--opt=value" (one word, or split at '=' by bash).
  if [ "$cur" = "=" ]; then
    opt=$prev cur=''
  elif [ "$prev" = "=" ] && [ "$COMP_CWORD" -gt 1 ]; then
    opt=${COMP_WORDS[COMP_CWORD-2]}
  else
    case $cur in
      --*=*) opt=${cur%%=*} pre=${cur%%=*}= cur=${cur#*=};;
      *) _cica_value "$cmd" "$prev" && opt=$prev;;
    esac
  fi
  if [ -n "$opt" ]; then
    _cica_value "$cmd" "$opt" && _cica_reply "$_cica_values" "$cur" "$pre"
    return 0
  fi
  case $cur in
    -*) _cica_options "$cmd" && _cica_reply "$_cica_values" "$cur" ''; return 0;;
  esac
  if [ -z "$cmd" ]; then
    COMPREPLY=($(compgen -W "$_cica_commands" -- "$cur"))
    _cica_scripts "$cur"
    return 0
  fi
  [ "$npos" -eq 0 ] && _cica_words "$cmd" || return 0
  if [ "$cmd" = report ]; then
    case $cur in
      */*|.*|~*) _cica_reply @file "$cur" ''; return 0;;
    esac
    _cica_values="$_cica_values $(_cica_user_reports)"
    _cica_reply "$_cica_values" "$cur" ''
    _cica_scripts "$cur"
    return 0
  fi
  _cica_reply "$_cica_values" "$cur" ''
}
]=]

-- The bash script.
function M.bash(version)
  local names, v = M.commands(), values()
  return table.concat({
    "# bash completion for cica " .. version .. "                      -*- shell-script -*-",
    "# Generated by `cica completion bash` from cica's own tables; do not edit: regenerate.",
    "",
    data_functions(names, v),
    "",
    LOGIC,
    "complete -F _cica cica",
    "",
  }, "\n")
end

-- The zsh script: the same functions, run by zsh's bash-completion layer (bashcompinit).
function M.zsh(version)
  return table.concat({
    "#compdef cica",
    "# zsh completion for cica " .. version .. ": the bash completion through bashcompinit.",
    "# Generated by `cica completion zsh` from cica's own tables; do not edit: regenerate.",
    "autoload -U +X bashcompinit && bashcompinit",
    "",
    (M.bash(version):gsub("^[^\n]*\n[^\n]*\n", "")),
    "# Autoloaded from $fpath, this file is the body of the function _cica: the call that",
    "# defined everything above must complete the line too.",
    "[[ ${funcstack[1]-} == _cica && -n ${words-} ]] && _bash_complete -F _cica",
    "",
  }, "\n")
end

-- A usage error of `cica completion`: the catalogue message `key` (cica.messages.cli) in the
-- command's language. Returns 2.
local function usage_error(key, ...)
  local cliargs = require "cica.cli.args"
  return cliargs.usage_error("completion", cliargs.message(key, cliargs.lang_of(), ...))
end

-- Options from args: { shell =, output =, help = }, or nil and an exit status. Not the shared
-- loop of cica.cli.args: this one's messages differ ("needs a file"; an unknown option is named
-- with its "=value"), and changing them would change what users see.
local function parse(args)
  local opts, i = {}, 1
  while i <= #args do
    local a = args[i]
    local flag, value = a:match("^(%-%-output)=(.*)$")
    if flag or a == "-o" or a == "--output" then
      if not value then
        i = i + 1
        value = args[i]
        if not value then return nil, usage_error("needs_file", a) end
      end
      opts.output = value
    elseif a == "-h" or a == "--help" then
      opts.help = true
    elseif a:sub(1, 1) == "-" then
      return nil, usage_error("unknown_option", a,
        require("cica.cli.args").hint(a, { "--output", "--help" }))
    elseif opts.shell then
      return nil, usage_error("one_shell", opts.shell, a)
    elseif a == "bash" or a == "zsh" then
      opts.shell = a
    else
      return nil, usage_error("unknown_shell", a, require("cica.cli.args").hint(a, { "bash", "zsh" }))
    end
    i = i + 1
  end
  if not opts.shell and not opts.help then return nil, usage_error("which_shell") end
  return opts
end

function M.main(argv)
  local opts, status = require("cica.cli.args").start(parse, argv, M.USAGE, HELP)
  if not opts then return status end
  local text = M[opts.shell](require("cica.core").versions().cica)
  if not opts.output then
    io.stdout:write(text)
    return 0
  end
  require("cica.xdg").check_write_path("completion: --output", opts.output) -- refused under --safe
  local f, err = io.open(opts.output, "w")
  if not f then error(err, 0) end
  local ok, werr = f:write(text)
  f:close()
  if not ok then error(opts.output .. ": " .. tostring(werr), 0) end
  return 0
end

return M

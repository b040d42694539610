/*
** sandbox.c — the environment user code runs in under --safe (Redis's script sandbox is the
** model). User chunks get their own _ENV holding only allow-listed globals; the real globals stay
** untouched for cica's bundled modules, so the API, reports and quiz work unchanged. Library tables
** are copies, so user code cannot replace a function cica itself calls. Reading a global that is
** not there is an error, never a silent nil. What it guarantees, and what not: docs/security.md.
**
** User code also gets an API of its own: `cica` and every module it can require are a second,
** public instance of the bundled modules (loaded into a module table of the sandbox's, running with
** the sandbox's privileges), never the tables cica's own modules use. What user code changes there
** changes only what user code sees. cica's own modules find the sandbox through `cica.host`, a C
** module that reads the registry and that user code cannot require.
*/
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#include "cica.h"
#include "embedded.h"
#include "runlimit.h"


static const char *const safe_globals[] = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawlen",
  "rawset", "select", "setmetatable", "getmetatable", "tonumber", "tostring", "type", "warn",
  "_VERSION", NULL}; /* and `cica` (the public instance), `help` (safe_help), set by sandbox_install */
static const char *const copied_libraries[] = {"string", "table", "math", "utf8", "coroutine", NULL};
static const char *const os_allowed[] = {"time", "date", "clock", NULL};

/*
** The bundled modules user code may require: computation over the dataset and over text, nothing
** that reads or writes files, runs programs, or takes part in writing cica's own state (the quiz
** and its scheduler, the command line, the REPL); cica.lang and its message catalogue are text
** tables and formatting only. A name ending in ".*" allows the modules below
** it. A module added to cica later is not requirable until it is listed here.
*/
static const char *const requirable_modules[] = {
  "cica", "cica.core", "cica.date", "cica.dataset", "cica.model", "cica.model.*", "cica.lang",
  "cica.messages.*", "cica.width", "cica.natural", "cica.format", "cica.format.*", "cica.reports.*", NULL};

/*
** Bundled modules the public instance's own code may load besides requirable_modules (the full
** cica.report behind its view, cica.search behind cica.search(), cica.help behind help,
** cica.discover, which cica.report and cica.format list their bundled extensions with, and the
** language layer cica.lang with its message catalogue). A name ending in ".*" allows the modules
** below it, as in requirable_modules. They run with the sandbox's privileges like every public
** module; user code's require still refuses them.
*/
static const char *const internal_modules[] = {"cica.report", "cica.report.helpers", "cica.search",
                                               "cica.help", "cica.help.entries", "cica.discover",
                                               "cica.lang", "cica.messages.*", NULL};

/*
** Sentinels both instances must agree on (a value compared by identity, such as the JSON null a
** user report puts in a cell): the public module gets cica's own value, whose metatable is locked.
** Each entry: the module name, then its fields.
*/
static const char *const json_shared[] = {"cica.format.json", "null", NULL};
static const char *const *const shared_values[] = {json_shared, NULL};

/*
** What the public copy of cica.core keeps under --safe (cica's own modules keep the real table,
** which user code never sees); listdir is narrowed to cica's folder in the user's config.
*/
static const char *const core_allowed[] = {
  "query", "rows", "each", "modules", "isatty", "versions", "user_env", "subcommands", "lang",
  "listdir", "today_override", NULL};

/* Modules user code gets a restricted view of: the module name, then the fields it keeps. */
static const char *const report_helpers[] = {
  "cica.report", "formats", "null", "langs", "lang", "tr", "pick", "entity_name", "region_name",
  "place_name", "word", "join", "sources_column", "validate", "build", NULL};
static const char *const *const module_views[] = {report_helpers, NULL};

/*
** __index of the sandbox and its library copies: a missing name is an error that says why. Stack:
** raises, or returns nothing for a non-string key.
*/
static int refuse_missing(lua_State *L) {
  const char *owner = lua_tostring(L, lua_upvalueindex(1));
  const char *key = lua_tostring(L, 2);
  if (key == NULL) return 0;
  if (owner) return luaL_error(L, host_message(L, "safe_field"), owner, key);
  return luaL_error(L, host_message(L, "safe_global"), key);
}

/* Sets a metatable whose __index refuses missing names on the table on top. Stack: unchanged. */
static void refuse_on_missing(lua_State *L, const char *owner) {
  STACK_ENTER(L);
  lua_createtable(L, 0, 1);
  if (owner) lua_pushstring(L, owner);
  else lua_pushnil(L);
  lua_pushcclosure(L, refuse_missing, 1);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, -2);
  STACK_LEAVE(L, 0);
}

/* Pushes a shallow copy of the table global `name`, without the names in `except`. Stack: +1. */
static void push_copy(lua_State *L, const char *name, const char *except) {
  STACK_ENTER(L);
  lua_newtable(L);
  lua_getglobal(L, name);
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    if (!(except && lua_type(L, -2) == LUA_TSTRING && strcmp(lua_tostring(L, -2), except) == 0)) {
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_settable(L, -5);
    } else {
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  refuse_on_missing(L, name);
  STACK_LEAVE(L, 1);
}

/*
** load() under --safe: text chunks only, and by default in the sandbox. Stack: returns the chunk or
** nil and the message.
*/
static int safe_load(lua_State *L) {
  int has_env = !lua_isnone(L, 4);
  lua_settop(L, 4);
  lua_getglobal(L, "load");
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_pushliteral(L, "t");
  if (has_env) lua_pushvalue(L, 4);
  else lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ENV_KEY);
  lua_call(L, 4, 2); /* load itself does not run the chunk */
  return 2;
}

/*
** The message handler xpcall gets under --safe (upvalue 1: the user's handler). Lua runs a
** message handler for an error raised in a hook with hooks off, so a handler that loops would
** outlive the time limit; once the run is stopped, the user's handler is not called at all.
** Stack: returns the message.
*/
static int guarded_handler(lua_State *L) {
  const char *reason = runlimit_stop_reason();
  if (reason) {
    lua_pushstring(L, reason);
    return 1;
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/*
** xpcall() under --safe: the real one, with the handler wrapped in guarded_handler. Stack: returns
** what xpcall returns.
*/
static int safe_xpcall(lua_State *L) {
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_pushcclosure(L, guarded_handler, 1);
  lua_replace(L, 2);
  lua_getglobal(L, "xpcall");
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* The index in cica_modules of the bundled Lua module `name`, or -1. */
static int bundled_index(const char *name) {
  for (int i = 0; i < cica_module_count; i++)
    if (strcmp(cica_modules[i].name, name) == 0) return i;
  return -1;
}

/* Whether name is one of cica's bundled Lua modules. */
static int is_bundled(const char *name) {
  return bundled_index(name) >= 0;
}

/*
** Whether module `name` is in `list`: a module list whose entries ending in ".*" stand for the
** modules below them ("cica.format.*" holds "cica.format.csv", not "cica.format").
*/
static int module_listed(const char *const *list, const char *name) {
  for (const char *const *m = list; *m; m++) {
    size_t n = strlen(*m);
    if (n > 2 && strcmp(*m + n - 2, ".*") == 0) {
      if (strncmp(name, *m, n - 1) == 0 && name[n - 1] != '\0') return 1;
    } else if (strcmp(name, *m) == 0) {
      return 1;
    }
  }
  return 0;
}

/* Whether a module may be required from the sandbox (see requirable_modules). */
static int requirable(const char *name) {
  if (strcmp(name, "cica.core") == 0) return 1; /* the C binding, not a bundled Lua file */
  if (!is_bundled(name)) return 0;
  return module_listed(requirable_modules, name);
}

/* The restricted view list of module `name`, or NULL when it has none. */
static const char *const *view_of(const char *name) {
  for (const char *const *const *v = module_views; *v; v++)
    if (is_bundled(name) && strcmp((*v)[0], name) == 0) return *v + 1;
  return NULL;
}

/*
** Replaces the module table on top with its restricted view: a table holding only the listed
** fields, the same table at every require (kept in the registry). Stack: unchanged in size.
*/
static void to_view(lua_State *L, const char *name, const char *const *fields) {
  STACK_ENTER(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, SANDBOX_VIEWS_KEY);
  if (lua_getfield(L, -1, name) == LUA_TTABLE) {
    lua_replace(L, -3);
    lua_pop(L, 1);
    STACK_LEAVE(L, 0);
    return;
  }
  lua_pop(L, 1);
  lua_newtable(L);
  for (; *fields; fields++) {
    lua_getfield(L, -3, *fields);
    lua_setfield(L, -2, *fields);
  }
  refuse_on_missing(L, name);
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, name);
  lua_replace(L, -3);
  lua_pop(L, 1);
  STACK_LEAVE(L, 0);
}

/*
** collectgarbage() under --safe: measuring and collecting, not stopping or tuning the collector.
** Stack: returns one value.
*/
static int safe_collectgarbage(lua_State *L) {
  const char *opt = luaL_optstring(L, 1, "collect");
  if (strcmp(opt, "count") == 0) {
    lua_pushnumber(L, (lua_Number)lua_gc(L, LUA_GCCOUNT, 0) + lua_gc(L, LUA_GCCOUNTB, 0) / 1024.0);
    return 1;
  }
  if (strcmp(opt, "collect") == 0) {
    lua_gc(L, LUA_GCCOLLECT, 0);
    lua_pushinteger(L, 0);
    return 1;
  }
  if (strcmp(opt, "step") == 0) {
    lua_pushboolean(L, lua_gc(L, LUA_GCSTEP, (int)luaL_optinteger(L, 2, 0) & 0xFFFF));
    return 1;
  }
  if (strcmp(opt, "isrunning") == 0) {
    lua_pushboolean(L, lua_gc(L, LUA_GCISRUNNING, 0));
    return 1;
  }
  return luaL_error(L, host_message(L, "safe_collect"), opt);
}

/*
** cica.core.listdir under --safe (upvalue 1: the real one): only folders inside cica's own config
** folder, $XDG_CONFIG_HOME/cica/ (default ~/.config/cica/), where user reports and quiz files live.
** The folder comes from cica's own cica.xdg (the one XDG lookup; user code cannot reach that
** instance). Argument 1: the path. Returns what listdir returns. Errors: a path outside the folder.
*/
static int safe_listdir(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  lua_settop(L, 1);
  lua_getglobal(L, "require");                               /* path require */
  lua_pushliteral(L, "cica.xdg");
  lua_call(L, 1, 1);                                         /* path xdg (cica's own module) */
  lua_getfield(L, -1, "config_home");
  lua_call(L, 0, 1);                                         /* path xdg config|nil */
  if (lua_type(L, -1) == LUA_TSTRING) lua_pushfstring(L, "%s/cica/", lua_tostring(L, -1));
  else lua_pushliteral(L, "");                               /* path xdg config prefix */
  const char *prefix = lua_tostring(L, -1);
  size_t n = strlen(prefix);
  if (n == 0 || strncmp(path, prefix, n) != 0 || strstr(path, "/..") != NULL)
    return luaL_error(L, host_message(L, "safe_listdir"), path);
  lua_settop(L, 1);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, 1, LUA_MULTRET);
  return lua_gettop(L);
}

/*
** Pushes a copy of the real cica.core holding only core_allowed (listdir narrowed to cica's config
** folder, `lang` the current display language): the public instance's cica.core. Stack: +1.
*/
static void push_public_core(lua_State *L) {
  STACK_ENTER(L);
  lua_newtable(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  if (lua_getfield(L, -1, "cica.core") != LUA_TTABLE)
    luaL_error(L, "cica.core is not loaded"); /* cica.lua loads it before the sandbox is built */
  for (const char *const *f = core_allowed; *f; f++) {
    lua_getfield(L, -1, *f);
    if (strcmp(*f, "listdir") == 0 && lua_isfunction(L, -1)) lua_pushcclosure(L, safe_listdir, 1);
    lua_setfield(L, -4, *f);
  }
  lua_pop(L, 2);
  lua_getfield(L, LUA_REGISTRYINDEX, CICA_LANG_KEY);
  lua_setfield(L, -2, "lang");
  STACK_LEAVE(L, 1);
}

/*
** Gives the public module on top the shared_values of cica's own instance of module `name`
** (loaded with the real require). Stack: unchanged.
*/
static void share_values(lua_State *L, const char *name) {
  STACK_ENTER(L);
  for (const char *const *const *v = shared_values; *v; v++) {
    if (strcmp((*v)[0], name) != 0 || !lua_istable(L, -1)) continue;
    lua_getglobal(L, "require");
    lua_pushstring(L, name);
    lua_call(L, 1, 1);
    for (const char *const *f = *v + 1; *f; f++) {
      lua_getfield(L, -1, *f);
      lua_setfield(L, -3, *f);
    }
    lua_pop(L, 1);
  }
  STACK_LEAVE(L, 0);
}

/*
** require() of the public instance (the `require` of its modules' _ENV, and what the sandbox's
** require calls): argument 1, a module name. Returns the public instance of that module, loading
** it on first use: a bundled Lua module's chunk runs with SANDBOX_MODENV_KEY as its _ENV (the sandbox's
** globals, plus this require and a `package.loaded` that is the public module table), cica.core is
** push_public_core's copy. Errors: a module neither requirable nor in internal_modules (C modules
** such as cica.state never are), or the module's own error.
*/
static int public_require(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  lua_settop(L, 1);
  lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_LOADED_KEY); /* 2 */
  if (lua_getfield(L, 2, name) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  if (strcmp(name, "cica.core") == 0) {
    push_public_core(L);
  } else {
    int index = bundled_index(name);
    if (index < 0 || (!requirable(name) && !module_listed(internal_modules, name)))
      return luaL_error(L, host_message(L, "safe_require"), name);
    if (host_load_module(L, index) != LUA_OK) return lua_error(L);
    lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_MODENV_KEY);
    if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1); /* trusted code (a bundled module) with the sandbox's privileges */
    if (lua_isnil(L, -1)) {
      lua_pop(L, 1);
      if (lua_getfield(L, 2, name) == LUA_TNIL) { /* the module may set package.loaded itself */
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
      }
    }
    share_values(L, name);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, 2, name);
  return 1;
}

/* Calls public_require(name). Raises its errors. Stack: +1 (the module). */
static void push_public_module(lua_State *L, const char *name) {
  STACK_ENTER(L);
  lua_pushcfunction(L, public_require);
  lua_pushstring(L, name);
  lua_call(L, 1, 1);
  STACK_LEAVE(L, 1);
}

/* require() under --safe: only the allowed bundled modules, from the public instance, some of
** them as restricted views. Argument 1: the name. Errors: a module that is not allowed.
** Stack: returns the module. */
static int safe_require(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  const char *const *fields = view_of(name);
  if (!fields && !requirable(name))
    return luaL_error(L, host_message(L, "safe_require"), name);
  push_public_module(L, name);
  if (fields && lua_istable(L, -1)) to_view(L, name, fields);
  return 1;
}

/*
** help() under --safe: prints what cica.help's text(...) returns. A name (a string) is looked up by
** cica's own help module (it only reads its tables, and knows the REPL's dot-commands), in the
** public instance's display language (user code's cica.set_lang: text_shown(cica.lang, name)); a
** value is described by the public instance's, which knows the public API's tables and functions.
** Stack: returns nothing.
*/
static int safe_help(lua_State *L) {
  int n = lua_gettop(L);
  if (n >= 1 && lua_type(L, 1) == LUA_TSTRING) {
    lua_getglobal(L, "require");
    lua_pushliteral(L, "cica.help");
    lua_call(L, 1, 1);
    lua_getfield(L, -1, "text_shown");
    lua_remove(L, -2);
    lua_insert(L, 1);
    push_public_module(L, "cica");
    lua_getfield(L, -1, "lang");
    lua_remove(L, -2);
    lua_insert(L, 2);
    n++;
  } else {
    push_public_module(L, "cica.help");
    lua_getfield(L, -1, "text");
    lua_remove(L, -2);
    lua_insert(L, 1);
  }
  lua_call(L, n, 1);
  size_t len;
  const char *text = luaL_tolstring(L, -1, &len);
  lua_writestring(text, len);
  lua_writeline();
  return 0;
}

/*
** Closes the ways around the sandbox that go through cica's own code: modules load only from the
** binary (package.path/cpath emptied; with CICA_LUA_DIR, only from that folder), string.dump is
** gone even as a method ("").dump, and the string metatable is locked. Stack: unchanged.
*/
static void lock_process(lua_State *L) {
  lua_getglobal(L, "package");
  if (lua_istable(L, -1)) {
    const char *dir = getenv("CICA_LUA_DIR");
    if (dir && *dir) lua_pushfstring(L, "%s/?.lua;%s/?/init.lua", dir, dir);
    else lua_pushliteral(L, "");
    lua_setfield(L, -2, "path");
    lua_pushliteral(L, "");
    lua_setfield(L, -2, "cpath");
  }
  lua_pop(L, 1);
  lua_getglobal(L, "string");
  lua_pushnil(L);
  lua_setfield(L, -2, "dump");
  lua_pop(L, 1);
  /* Lock the string metatable: getmetatable("") now returns a string, not the table. */
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushliteral(L, "locked in safe mode");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
}

/*
** Builds the sandbox and stores it in the registry (SANDBOX_ENV_KEY), where host_load_* and
** cica.host find it; then the public instance's module table and _ENV, and loads the public `cica`
** into the sandbox, all before any user code runs. A lua_CFunction, run through host_pcall.
** Stack: unchanged.
*/
int sandbox_install(lua_State *L) {
  STACK_ENTER(L);
  lua_newtable(L);
  for (const char *const *g = safe_globals; *g; g++) {
    lua_getglobal(L, *g);
    lua_setfield(L, -2, *g);
  }
  for (const char *const *lib = copied_libraries; *lib; lib++) {
    push_copy(L, *lib, strcmp(*lib, "string") == 0 ? "dump" : NULL);
    lua_setfield(L, -2, *lib);
  }
  lua_newtable(L);
  lua_getglobal(L, "os");
  for (const char *const *f = os_allowed; *f; f++) {
    lua_getfield(L, -1, *f);
    lua_setfield(L, -3, *f);
  }
  lua_pop(L, 1);
  refuse_on_missing(L, "os");
  lua_setfield(L, -2, "os");
  lua_pushcfunction(L, safe_load);
  lua_setfield(L, -2, "load");
  lua_pushcfunction(L, safe_require);
  lua_setfield(L, -2, "require");
  lua_pushcfunction(L, safe_collectgarbage);
  lua_setfield(L, -2, "collectgarbage");
  lua_pushcfunction(L, safe_xpcall);
  lua_setfield(L, -2, "xpcall");
  lua_pushcfunction(L, safe_help);
  lua_setfield(L, -2, "help");
  lua_pushvalue(L, -1);
  lua_setfield(L, -2, "_G");
  refuse_on_missing(L, NULL);
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_ENV_KEY); /* stack: sandbox */

  /* The public instance: its module table, and its modules' _ENV (the sandbox, plus require). */
  lua_newtable(L); /* loaded */
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_LOADED_KEY);
  lua_createtable(L, 0, 2); /* the module _ENV */
  lua_pushcfunction(L, public_require);
  lua_setfield(L, -2, "require");
  lua_createtable(L, 0, 1);
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "loaded");
  lua_setfield(L, -2, "package");
  lua_createtable(L, 0, 1);
  lua_pushvalue(L, -4);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, -2);
  lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_MODENV_KEY);
  lua_pop(L, 1); /* loaded */

  lock_process(L);
  push_public_module(L, "cica");
  lua_setfield(L, -2, "cica");
  lua_pop(L, 1);
  STACK_LEAVE(L, 0);
  return 0;
}

/*
** Whether --safe is on (registry CICA_SAFE_KEY, set by host.c before any module loads). Stack:
** unchanged.
*/
int sandbox_is_safe(lua_State *L) {
  STACK_ENTER(L);
  int safe = lua_getfield(L, LUA_REGISTRYINDEX, CICA_SAFE_KEY) == LUA_TBOOLEAN && lua_toboolean(L, -1);
  lua_pop(L, 1);
  STACK_LEAVE(L, 0);
  return safe;
}

/*
** Pushes the environment user code runs in: the sandbox under --safe, else _G. Under --safe a
** missing sandbox is an error (fail closed), never _G. Stack: +1.
*/
void sandbox_push_env(lua_State *L) {
  STACK_ENTER(L);
  if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ENV_KEY) == LUA_TTABLE) {
    STACK_LEAVE(L, 1);
    return;
  }
  lua_pop(L, 1);
  if (sandbox_is_safe(L)) luaL_error(L, "the --safe sandbox is missing: refusing to run user code without it");
  lua_pushglobaltable(L);
  STACK_LEAVE(L, 1);
}

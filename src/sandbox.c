/*
** sandbox.c — the environment user code runs in under --safe (Redis's script sandbox is the
** model). User chunks get their own _ENV holding only allow-listed globals; the real globals stay
** untouched for cica's bundled modules, so the API, reports and quiz work unchanged. Library tables
** are copies, so user code cannot replace a function cica itself calls. Reading a global that is
** not there is an error, never a silent nil. What it guarantees, and what not: docs/security.md.
*/
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#include "cica.h"
#include "embedded.h"
#include "runlimit.h"

#define VIEWS_KEY "cica.sandbox_views" /* registry: module name -> its restricted view */

static const char *const safe_globals[] = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawlen",
  "rawset", "select", "setmetatable", "getmetatable", "tonumber", "tostring", "type", "warn",
  "_VERSION", "cica", "help", NULL};
static const char *const copied_libraries[] = {"string", "table", "math", "utf8", "coroutine", NULL};
static const char *const os_allowed[] = {"time", "date", "clock", NULL};

/*
** The bundled modules user code may require: computation over the dataset and over text, nothing
** that reads or writes files, runs programs, or takes part in writing cica's own state (the quiz
** and its scheduler, the command line, the REPL). A name ending in ".*" allows the modules below
** it. A module added to cica later is not requirable until it is listed here.
*/
static const char *const requirable_modules[] = {
  "cica", "cica.core", "cica.date", "cica.dataset", "cica.width", "cica.format", "cica.format.*",
  "cica.reports.*", NULL};

/*
** What stays in cica.core under --safe: the real table is shared with user code (as cica.core),
** so anything not listed is removed for the whole run, and listdir (which cica's own code uses to
** find the user's reports and quiz files) is narrowed to cica's folder in the user's config.
*/
static const char *const core_allowed[] = {
  "query", "rows", "each", "modules", "isatty", "versions", "user_env", "subcommands", "lang",
  "listdir", NULL};

/* Modules user code gets a restricted view of: the module name, then the fields it keeps. */
static const char *const report_helpers[] = {
  "cica.report", "formats", "null", "langs", "lang", "tr", "pick", "entity_name", "region_name",
  "place_name", "word", "join", "sources_column", "validate", "build", NULL};
static const char *const *const module_views[] = {report_helpers, NULL};

/* __index of the sandbox and its library copies: a missing name is an error that says why. */
static int refuse_missing(lua_State *L) {
  const char *owner = lua_tostring(L, lua_upvalueindex(1));
  const char *key = lua_tostring(L, 2);
  if (key == NULL) return 0;
  if (owner) return luaL_error(L, "'%s.%s' is not allowed in safe mode", owner, key);
  return luaL_error(L, "global '%s' is not allowed in safe mode (or not defined)", key);
}

/* Sets a metatable whose __index refuses missing names on the table on top. Stack: unchanged. */
static void refuse_on_missing(lua_State *L, const char *owner) {
  lua_createtable(L, 0, 1);
  if (owner) lua_pushstring(L, owner);
  else lua_pushnil(L);
  lua_pushcclosure(L, refuse_missing, 1);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, -2);
}

/* Pushes a shallow copy of the table global `name`, without the names in `except`. Stack: +1. */
static void push_copy(lua_State *L, const char *name, const char *except) {
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
}

/* load() under --safe: text chunks only, and by default in the sandbox. */
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

/* xpcall() under --safe: the real one, with the handler wrapped in guarded_handler. */
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

/* Whether name is one of cica's bundled Lua modules. */
static int is_bundled(const char *name) {
  for (int i = 0; i < cica_module_count; i++)
    if (strcmp(cica_modules[i].name, name) == 0) return 1;
  return 0;
}

/* Whether a module may be required from the sandbox (see requirable_modules). */
static int requirable(const char *name) {
  if (strcmp(name, "cica.core") == 0) return 1; /* the C binding, not a bundled Lua file */
  if (!is_bundled(name)) return 0;
  for (const char *const *m = requirable_modules; *m; m++) {
    size_t n = strlen(*m);
    if (n > 2 && strcmp(*m + n - 2, ".*") == 0) {
      if (strncmp(name, *m, n - 1) == 0 && name[n - 1] != '\0') return 1;
    } else if (strcmp(name, *m) == 0) {
      return 1;
    }
  }
  return 0;
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
  luaL_getsubtable(L, LUA_REGISTRYINDEX, VIEWS_KEY);
  if (lua_getfield(L, -1, name) == LUA_TTABLE) {
    lua_replace(L, -3);
    lua_pop(L, 1);
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
}

/* require() under --safe: only the allowed bundled modules, some of them as restricted views. */
static int safe_require(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  const char *const *fields = view_of(name);
  if (!fields && !requirable(name))
    return luaL_error(L, "require '%s' is not allowed in safe mode", name);
  lua_getglobal(L, "require");
  lua_pushvalue(L, 1);
  lua_call(L, 1, 1);
  if (fields && lua_istable(L, -1)) to_view(L, name, fields);
  return 1;
}

/* collectgarbage() under --safe: measuring and collecting, not stopping or tuning the collector. */
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
  return luaL_error(L, "collectgarbage('%s') is not allowed in safe mode", opt);
}

/* Whether name is in a NULL-terminated list. */
static int listed(const char *const *list, const char *name) {
  for (; *list; list++)
    if (strcmp(*list, name) == 0) return 1;
  return 0;
}

/* Removes from the table on top every string key not in `keep`. Stack: unchanged. */
static void keep_only(lua_State *L, const char *const *keep) {
  lua_newtable(L); /* the keys to remove: a table cannot lose keys while lua_next walks it */
  lua_pushnil(L);
  while (lua_next(L, -3)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING || !listed(keep, lua_tostring(L, -1))) {
      lua_pushvalue(L, -1);
      lua_rawseti(L, -3, (lua_Integer)lua_rawlen(L, -3) + 1);
    }
  }
  for (lua_Integer i = 1, n = (lua_Integer)lua_rawlen(L, -1); i <= n; i++) {
    lua_rawgeti(L, -1, i);
    lua_pushnil(L);
    lua_rawset(L, -4);
  }
  lua_pop(L, 1);
}

/*
** cica.core.listdir under --safe (upvalue 1: the real one): only folders inside cica's own config
** folder, $XDG_CONFIG_HOME/cica/ (default ~/.config/cica/), where user reports and quiz files live.
*/
static int safe_listdir(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  const char *config = getenv("XDG_CONFIG_HOME");
  const char *home = getenv("HOME");
  if (config && *config) lua_pushfstring(L, "%s/cica/", config);
  else if (home && *home) lua_pushfstring(L, "%s/.config/cica/", home);
  else lua_pushliteral(L, "");
  const char *prefix = lua_tostring(L, -1);
  size_t n = strlen(prefix);
  if (n == 0 || strncmp(path, prefix, n) != 0 || strstr(path, "/..") != NULL)
    return luaL_error(L, "cica.core.listdir: '%s' is not allowed in safe mode", path);
  lua_settop(L, 1);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, 1, LUA_MULTRET);
  return lua_gettop(L);
}

/*
** Closes the ways around the sandbox that go through cica's own code: modules load only from the
** binary (package.path/cpath emptied; with CICA_LUA_DIR, only from that folder), string.dump is
** gone even as a method ("").dump, and cica.core keeps only core_allowed. Stack: unchanged.
*/
static void lock_process(lua_State *L) {
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  if (lua_getfield(L, -1, "cica.core") == LUA_TTABLE) {
    keep_only(L, core_allowed);
    if (lua_getfield(L, -1, "listdir") == LUA_TFUNCTION) {
      lua_pushcclosure(L, safe_listdir, 1);
      lua_setfield(L, -2, "listdir");
    } else {
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 2);
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
** Builds the sandbox and stores it in the registry (SANDBOX_ENV_KEY), where host_load_* find it.
** A lua_CFunction, run through host_pcall. Stack: unchanged.
*/
int sandbox_install(lua_State *L) {
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
  lua_pushvalue(L, -1);
  lua_setfield(L, -2, "_G");
  refuse_on_missing(L, NULL);
  lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_ENV_KEY);
  lock_process(L);
  return 0;
}

/* Pushes the environment user code runs in: the sandbox under --safe, else _G. Stack: +1. */
void sandbox_push_env(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ENV_KEY) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_pushglobaltable(L);
  }
}

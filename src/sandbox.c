/*
** sandbox.c — the environment user code runs in under --safe (Redis's script sandbox is the
** model). User chunks get their own _ENV holding only allow-listed globals; the real globals stay
** untouched for cica's bundled modules, so the API, reports and quiz work unchanged. Library tables
** are copies, so user code cannot replace a function cica itself calls. Reading a global that is
** not there is an error, never a silent nil.
*/
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <string.h>

#include "cica.h"
#include "embedded.h"

static const char *const safe_globals[] = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawlen",
  "rawset", "select", "setmetatable", "getmetatable", "tonumber", "tostring", "type", "xpcall",
  "_VERSION", "cica", "help", NULL};
static const char *const copied_libraries[] = {"string", "table", "math", "utf8", "coroutine", NULL};
static const char *const os_allowed[] = {"time", "date", "clock", NULL};

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

/* Whether a bundled module may be required from the sandbox (not the ones that write files). */
static int requirable(const char *name) {
  if (strncmp(name, "cica.cli.", 9) == 0) return 0;
  if (strcmp(name, "cica.core") == 0) return 1;
  for (int i = 0; i < cica_module_count; i++)
    if (strcmp(cica_modules[i].name, name) == 0) return 1;
  return 0;
}

/* require() under --safe: only cica's bundled modules. */
static int safe_require(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  if (!requirable(name)) return luaL_error(L, "require '%s' is not allowed in safe mode", name);
  lua_getglobal(L, "require");
  lua_pushvalue(L, 1);
  lua_call(L, 1, 1);
  return 1;
}

/* collectgarbage() under --safe: measuring and collecting, not stopping or tuning the collector. */
static int safe_collectgarbage(lua_State *L) {
  const char *opt = luaL_optstring(L, 1, "collect");
  if (strcmp(opt, "count") == 0) {
    lua_pushnumber(L, (lua_Number)lua_gc(L, LUA_GCCOUNT, 0) + lua_gc(L, LUA_GCCOUNTB, 0) / 1024.0);
    return 1;
  }
  if (strcmp(opt, "collect") == 0 || strcmp(opt, "step") == 0) {
    lua_gc(L, LUA_GCCOLLECT, 0);
    lua_pushinteger(L, 0);
    return 1;
  }
  return luaL_error(L, "collectgarbage('%s') is not allowed in safe mode", opt);
}

/*
** Builds the sandbox and stores it in the registry (SANDBOX_ENV_KEY), where host_load_* find it.
** Also locks the string metatable, so getmetatable("").__index cannot be tampered with.
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
  lua_pushvalue(L, -1);
  lua_setfield(L, -2, "_G");
  refuse_on_missing(L, NULL);
  lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_ENV_KEY);
  /* Lock the string metatable: getmetatable("") now returns a string, not the table. */
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushliteral(L, "locked in safe mode");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
  return 0;
}

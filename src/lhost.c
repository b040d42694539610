/*
** lhost.c — the binding `cica.host`: how cica's own modules reach what the C host knows and user
** code must not change — the environment user code runs in (the --safe sandbox or _G), whether
** --safe is on, the public API under --safe, the display language, the terminal's width.
** Registered in package.preload by host.c; user code under --safe cannot require it (it is not a
** bundled Lua module, src/sandbox.c).
*/
#include <errno.h>
#include <lauxlib.h>
#include <lua.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cica.h"
#include "mkdirs.h"

/* cica.host.user_env() -> the environment user code runs in (see sandbox_push_env). */
static int host_user_env(lua_State *L) {
  STACK_ENTER(L);
  sandbox_push_env(L);
  STACK_LEAVE(L, 1);
  return 1;
}

/* cica.host.safe() -> whether --safe is on. */
static int host_safe(lua_State *L) {
  STACK_ENTER(L);
  lua_pushboolean(L, sandbox_is_safe(L));
  STACK_LEAVE(L, 1);
  return 1;
}

/*
** cica.host.user_api() -> the `cica` table user code sees under --safe (the public instance's), to
** hand to user callbacks such as a report's rows(cica); nil without --safe (user code then shares
** cica's own table). Errors under --safe when the sandbox is missing.
*/
static int host_user_api(lua_State *L) {
  if (!sandbox_is_safe(L)) {
    lua_pushnil(L);
    return 1;
  }
  if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_LOADED_KEY) != LUA_TTABLE)
    return luaL_error(L, "the --safe sandbox is missing: refusing to run user code without it");
  lua_getfield(L, -1, "cica");
  return 1;
}

/*
** cica.host.lang_given() -> the display language the command line's global --lang named
** ("zh-Hans", "zh-Hant" or "en"), or nil when the language came from the environment's locale
** (`cica --lang en serve` must force the pages' language as `cica serve --lang en` does).
** Unchanged by cica.set_lang. Stack: +1. Errors: none.
*/
static int host_lang_given(lua_State *L) {
  STACK_ENTER(L);
  if (lua_getfield(L, LUA_REGISTRYINDEX, CICA_LANG_GIVEN_KEY) != LUA_TSTRING) {
    lua_pop(L, 1);
    lua_pushnil(L);
  }
  STACK_LEAVE(L, 1);
  return 1;
}

/*
** cica.host.lang_changed(code, keys) — cica's own set_lang tells the public instance: with raw
** writes only (no user code runs), the public cica gets `lang` = code and forgets the collections
** named in the array `keys` (built again in the new language on next use); the registry's
** CICA_LANG_KEY follows too. Without --safe, only the registry. Errors: code not a string.
** Stack: returns nothing.
*/
static int host_lang_changed(lua_State *L) {
  luaL_checkstring(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_pushvalue(L, 1);
  lua_setfield(L, LUA_REGISTRYINDEX, CICA_LANG_KEY);
  if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_LOADED_KEY) != LUA_TTABLE) return 0;
  if (lua_getfield(L, -1, "cica.core") == LUA_TTABLE) {
    lua_pushvalue(L, 1);
    lua_setfield(L, -2, "lang");
  }
  lua_pop(L, 1);
  if (lua_getfield(L, -1, "cica") != LUA_TTABLE) return 0;
  lua_pushliteral(L, "lang");
  lua_pushvalue(L, 1);
  lua_rawset(L, -3);
  for (lua_Integer i = 1, n = (lua_Integer)lua_rawlen(L, 2); i <= n; i++) {
    if (lua_rawgeti(L, 2, i) != LUA_TSTRING) {
      lua_pop(L, 1);
      continue;
    }
    lua_pushnil(L);
    lua_rawset(L, -3);
  }
  return 0;
}

/*
** cica.host.terminal_width() -> the width in columns of the terminal standard output is, or nil
** when it is not a terminal (a file or a pipe: tables there are never fitted to a width).
** Stack: +1. Errors: none.
*/
int lhost_terminal_width(lua_State *L) {
  struct winsize ws;
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    lua_pushinteger(L, ws.ws_col);
  else
    lua_pushnil(L);
  return 1;
}

/*
** cica.host.make_dirs(dir) -> true, or nil and the reason: creates the folder dir and its missing
** parents (mkdir -p, src/mkdirs.c), for folders cica writes its own files into (the LuaLS addon).
** Stack: +1 or +2. Errors: dir not a string.
*/
static int host_make_dirs(lua_State *L) {
  STACK_ENTER(L);
  const char *dir = luaL_checkstring(L, 1);
  lua_pushfstring(L, "%s/", dir);                            /* dir/: the folder itself too */
  if (mkdirs_parents(lua_tostring(L, -1), NULL, 0) != 0) {
    int why = errno;
    lua_pushnil(L);
    lua_pushstring(L, strerror(why));
    lua_remove(L, -3);
    STACK_LEAVE(L, 2);
    return 2;
  }
  lua_pop(L, 1);
  lua_pushboolean(L, 1);
  STACK_LEAVE(L, 1);
  return 1;
}

static const luaL_Reg host_functions[] = {
  {"make_dirs", host_make_dirs},
  {"user_env", host_user_env},
  {"terminal_width", lhost_terminal_width},
  {"safe", host_safe},
  {"user_api", host_user_api},
  {"lang_changed", host_lang_changed},
  {"lang_given", host_lang_given},
  {NULL, NULL}
};

/*
** Opens `cica.host`: how cica's own modules reach the sandbox. Registered in package.preload by
** host.c; user code under --safe cannot require it (it is not a bundled Lua module). Stack: +1.
*/
int luaopen_cica_host(lua_State *L) {
  STACK_ENTER(L);
  luaL_newlib(L, host_functions);
  STACK_LEAVE(L, 1);
  return 1;
}

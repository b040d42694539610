/*
** Unit tests of the --safe sandbox's policy (src/sandbox.c, src/host.c): it is decided from the
** registry, out of user code's reach, and a missing sandbox fails closed (an error, never _G).
** Issue 13, B1.
*/
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <string.h>

#include "cica.h"

static int failures, checks;

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)

/* Records one check; prints the failing expression. */
static void check(int ok, const char *what, const char *file, int line) {
  checks++;
  if (!ok) {
    failures++;
    fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
  }
}

/* A state as the command line makes it, with or without --safe (NULL: out of memory). */
static lua_State *new_state(int safe) {
  struct host_options opt = {.lang = "en", .safe = safe};
  return host_new(&opt);
}

/*
** Runs code with cica's own globals (not the sandbox: the test plays cica's own modules) and
** returns its one result as a string, or "error: <message>" (first line). Static buffer.
*/
static const char *trusted_result(lua_State *L, const char *code) {
  static char out[300];
  int status = luaL_loadbufferx(L, code, strlen(code), "=trusted", "t");
  if (status == LUA_OK) status = host_pcall(L, 0, 1);
  const char *s = lua_tostring(L, -1);
  snprintf(out, sizeof out, "%s%s", status == LUA_OK ? "" : "error: ", s ? s : "(nil)");
  char *nl = strchr(out, '\n');
  if (nl) *nl = '\0';
  lua_pop(L, 1);
  return out;
}

/* Under --safe, user code's API and modules are not cica's own; cica.core stays whole. */
static void test_two_instances(void) {
  lua_State *L = new_state(1);
  CHECK(L != NULL);
  if (!L) return;
  CHECK(strcmp(trusted_result(L, "local env = require('cica.host').user_env() "
                                 "return tostring(env ~= _G and env.cica ~= cica)"), "true") == 0);
  CHECK(strcmp(trusted_result(L, "return tostring(require('cica.host').user_api() == "
                                 "require('cica.host').user_env().cica)"), "true") == 0);
  CHECK(strcmp(trusted_result(L, "local env = require('cica.host').user_env() "
                                 "return tostring(env.require('cica.format') ~= require('cica.format'))"),
               "true") == 0);
  CHECK(strcmp(trusted_result(L, "return tostring(cica.core.listdir ~= nil and cica.core.user_env ~= nil)"),
               "true") == 0);
  CHECK(strcmp(trusted_result(L, "return tostring(require('cica.host').safe())"), "true") == 0);
  lua_close(L);
}

/* Without --safe there is one instance, and user code runs in _G. */
static void test_without_safe(void) {
  lua_State *L = new_state(0);
  CHECK(L != NULL);
  if (!L) return;
  CHECK(strcmp(trusted_result(L, "local h = require('cica.host') "
                                 "return tostring(h.user_env() == _G and h.user_api() == nil and not h.safe())"),
               "true") == 0);
  lua_close(L);
}

/* Under --safe without the sandbox (removed behind cica's back), user code does not run at all. */
static void test_fails_closed(void) {
  lua_State *L = new_state(1);
  CHECK(L != NULL);
  if (!L) return;
  lua_pushnil(L);
  lua_setfield(L, LUA_REGISTRYINDEX, SANDBOX_ENV_KEY);
  const char *code = "return io ~= nil";
  int status = host_load_string(L, code, strlen(code), "=user");
  CHECK(status == LUA_ERRRUN);
  const char *msg = lua_tostring(L, -1);
  CHECK(msg && strcmp(msg, "the --safe sandbox is missing: refusing to run user code without it") == 0);
  lua_pop(L, 1);
  const char *got = trusted_result(L, "return require('cica.host').user_env()");
  CHECK(strcmp(got, "error: trusted:1: the --safe sandbox is missing: refusing to run user code without it") == 0);
  if (strstr(got, "sandbox is missing") == NULL) fprintf(stderr, "got: %s\n", got);
  /* a report file is not loaded: cica's own loader raises rather than fall back to _G */
  got = trusted_result(L, "local path = os.tmpname() local f = io.open(path, 'w') "
                          "f:write('return { title = \"x\", columns = { \"a\" }, rows = function() return {} end }') "
                          "f:close() local ok, err = pcall(require('cica.report').load, path) os.remove(path) "
                          "return tostring(ok) .. ' ' .. err:gsub('^[^ ]* ', '')");
  CHECK(strcmp(got, "false the --safe sandbox is missing: refusing to run user code without it") == 0);
  if (strncmp(got, "false the", 9) != 0) fprintf(stderr, "got: %s\n", got);
  lua_close(L);
}

int main(void) {
  test_two_instances();
  test_without_safe();
  test_fails_closed();
  printf("%d checks, %d failures\n", checks, failures);
  return failures ? 1 : 0;
}

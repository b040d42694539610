/*
** fuzz.h — what the libFuzzer targets in tests/fuzz share: a cica Lua state made as the program
** makes it, Lua-level coverage for libFuzzer, and the way a checker reports a broken property.
** Each target is one .c file including this header; `make fuzz` builds and runs them
** (tests/fuzz/run.sh). A crash, a sanitizer report or a failed property aborts the run and
** leaves the input in $(FUZZ_BUILD)/fuzz-crashes/ to become a regression test.
*/
#ifndef CICA_FUZZ_H
#define CICA_FUZZ_H
#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cica.h"
#include "runlimit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
** Lua code is invisible to libFuzzer's coverage (liblua is not instrumented), so a line hook
** counts (previous line, line) pairs of the Lua code it runs into libFuzzer's extra counters:
** an input that reaches new lines of date.lua or match.lua is kept like one reaching new C.
*/
#define FUZZ_LUA_COUNTERS 65536
__attribute__((section("__libfuzzer_extra_counters"), used))
static uint8_t fuzz_lua_counters[FUZZ_LUA_COUNTERS];

/*
** The line hook feeding fuzz_lua_counters: pairs of line numbers only (asking which file costs a
** lua_getinfo per line; pairs of lines tell the modules apart well enough).
*/
static void fuzz_line_hook(lua_State *L, lua_Debug *ar) {
  static uint32_t previous;
  (void)L;
  uint32_t here = (uint32_t)ar->currentline * 2654435761u;
  uint8_t *c = &fuzz_lua_counters[(here ^ previous) % FUZZ_LUA_COUNTERS];
  if (*c < 255) (*c)++;
  previous = here >> 1;
}

/* fuzz_fail(message): a checker found a broken property. Prints it and aborts. */
static int fuzz_fail(lua_State *L) {
  fprintf(stderr, "fuzz: property failed: %s\n", luaL_optstring(L, 1, "?"));
  fflush(stderr);
  abort();
}

/*
** The state every input runs in: made by host_new as the program makes it (English, no --safe),
** with a memory cap of max_mb megabytes and, if asked, the Lua coverage hook. The cap also keeps
** Lua on malloc (runlimit's allocator, not the pool of lalloc.c), so ASan and LeakSanitizer see
** every block. Created once per process. Aborts if it cannot be made.
*/
__attribute__((unused)) static lua_State *fuzz_state(size_t max_mb, int lua_coverage) {
  static lua_State *L;
  if (L) return L;
  struct host_options opt;
  memset(&opt, 0, sizeof opt);
  opt.lang = "en";
  opt.max_memory = max_mb << 20;
  L = host_new(&opt);
  if (L == NULL) abort();
  if (lua_coverage) lua_sethook(L, fuzz_line_hook, LUA_MASKLINE, 0);
  return L;
}

/*
** Compiles a checker (Lua source returning a function; it gets fuzz_fail as `...`) and leaves
** the function it returns in the registry under `key`. Aborts on any error.
*/
__attribute__((unused)) static void fuzz_checker(lua_State *L, const char *key, const char *source) {
  if (luaL_loadbuffer(L, source, strlen(source), key) != LUA_OK) {
    fprintf(stderr, "fuzz: %s\n", lua_tostring(L, -1));
    abort();
  }
  lua_pushcfunction(L, fuzz_fail);
  if (host_pcall(L, 1, 1) != LUA_OK || !lua_isfunction(L, -1)) {
    fprintf(stderr, "fuzz: %s\n", lua_tostring(L, -1));
    abort();
  }
  lua_setfield(L, LUA_REGISTRYINDEX, key);
}

/*
** Runs the checker `key` with the nargs values on top of the stack. An error the checker lets
** through is a finding when `errors_are_findings` (the code under test must not raise); the
** stack is left as it was before the arguments.
*/
__attribute__((unused)) static void fuzz_run(lua_State *L, const char *key, int nargs, int errors_are_findings) {
  int base = lua_gettop(L) - nargs;
  lua_getfield(L, LUA_REGISTRYINDEX, key);
  lua_insert(L, base + 1);
  int status = host_pcall(L, nargs, 0);
  if (status != LUA_OK && errors_are_findings) {
    fprintf(stderr, "fuzz: %s raised: %s\n", key, lua_tostring(L, -1));
    abort();
  }
  lua_settop(L, base);
}

#endif

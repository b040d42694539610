/*
** Unit tests of the pooled allocator (src/lalloc.c): the arena reserves far more than the 1 GiB
** that a big cica.query used to outgrow (then every small block fell back to malloc, a step in
** the cost per row), makes itself usable step by step as it fills without falling back, and
** reserves at most a quarter of an address-space limit (RLIMIT_AS), leaving the rest to malloc.
** Under AddressSanitizer the pool is off and the test is skipped.
*/
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lalloc.h"

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

#define MIB ((size_t)1 << 20)

/*
** In a child process limited to 1 GiB of address space: the arena takes at most a quarter of it,
** and a Lua state on the pool still works. Returns the child's number of failed checks.
*/
static int limited_child(void) {
  pid_t pid = fork();
  if (pid == 0) {
    struct rlimit lim = {(rlim_t)1024 * MIB, (rlim_t)1024 * MIB};
    if (setrlimit(RLIMIT_AS, &lim) != 0) _exit(0); /* cannot limit: nothing to check */
    lua_State *L = luaL_newstate();
    if (L == NULL) _exit(1);
    lalloc_install(L);
    struct lalloc_stats st;
    lalloc_get_stats(&st);
    int bad = 0;
    if (st.reserved > 256 * MIB) {
      fprintf(stderr, "limited: reserved %zu bytes of a 1 GiB limit\n", st.reserved);
      bad++;
    }
    if (luaL_dostring(L, "local t = {} for i = 1, 100000 do t[i] = {i} end return #t") != LUA_OK ||
        lua_tointeger(L, -1) != 100000) {
      fprintf(stderr, "limited: the state does not work\n");
      bad++;
    }
    lua_close(L);
    _exit(bad);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid) return 1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

int main(void) {
  if (!lalloc_pool_enabled()) { /* AddressSanitizer: nothing to test, and its shadow memory needs
                                ** far more address space than the limited child would allow */
    puts("test_lalloc: the pool is off (AddressSanitizer): skipped");
    return 0;
  }
  CHECK(limited_child() == 0);

  lua_State *L = luaL_newstate();
  CHECK(L != NULL);
  lalloc_install(L);
  luaL_openlibs(L);
  struct lalloc_stats st;
  lalloc_get_stats(&st);
  CHECK(st.reserved > 1024 * MIB);      /* past the old 1 GiB arena */
  CHECK(st.committed <= 32 * MIB);      /* usable in steps, not all at once */
  CHECK(st.fallbacks == 0);

  /* ~100 MiB of small blocks, all held: the arena grows step by step, never falling back */
  CHECK(luaL_dostring(L, "KEEP = {} for i = 1, 800000 do KEEP[i] = {a = i, b = tostring(i), c = i * 2} end") ==
        LUA_OK);
  lalloc_get_stats(&st);
  CHECK(st.used > 64 * MIB);
  CHECK(st.committed >= st.used && st.committed <= st.used + 32 * MIB);
  CHECK(st.fallbacks == 0);

  /* freed blocks are reused: the same work again after freeing takes little new arena */
  size_t used = st.used;
  CHECK(luaL_dostring(L, "KEEP = nil collectgarbage() KEEP = {} for i = 1, 800000 do "
                         "KEEP[i] = {a = i, b = tostring(i), c = i * 2} end") == LUA_OK);
  lalloc_get_stats(&st);
  CHECK(st.used < used + used / 4);
  lua_close(L);

  printf("test_lalloc: %d checks, %d failed\n", checks, failures);
  return failures ? 1 : 0;
}

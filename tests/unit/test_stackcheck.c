/*
** Unit tests of the stack-balance asserts (src/stackcheck.h), compiled in here whatever the build
** type: a helper that leaves the stack as its STACK_LEAVE says passes, one that does not aborts
** the process with the file and line (seen from a child process). Also: the bindings keep the
** balance they declare (host_pcall, host_load_string) in this build.
*/
#define CICA_STACK_CHECK 1
#include <lauxlib.h>
#include <lua.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* Pushes one value and says so. Stack: +1. */
static void push_one(lua_State *L) {
  STACK_ENTER(L);
  lua_pushinteger(L, 1);
  STACK_LEAVE(L, 1);
}

/* Pushes two values but declares one: the check must stop the process. Stack: +2. */
static void push_two_declare_one(lua_State *L) {
  STACK_ENTER(L);
  lua_pushinteger(L, 1);
  lua_pushinteger(L, 2);
  STACK_LEAVE(L, 1);
}

/* Runs f on a fresh state in a child process (stderr silenced); returns its wait status. */
static int in_child(void (*f)(lua_State *)) {
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    if (!freopen("/dev/null", "w", stderr)) _exit(3);
    lua_State *L = luaL_newstate();
    f(L);
    lua_close(L);
    _exit(0);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid) return -1;
  return status;
}

int main(void) {
  int balanced = in_child(push_one);
  CHECK(WIFEXITED(balanced) && WEXITSTATUS(balanced) == 0);
  int unbalanced = in_child(push_two_declare_one);
  CHECK(WIFSIGNALED(unbalanced) && WTERMSIG(unbalanced) == SIGABRT);

  struct host_options opt = {.lang = "en"};
  lua_State *L = host_new(&opt);
  CHECK(L != NULL);
  if (L) {
    int top = lua_gettop(L);
    CHECK(host_load_string(L, "return 1, 2", 11, "=test") == LUA_OK);
    CHECK(host_pcall(L, 0, 2) == LUA_OK && lua_gettop(L) == top + 2);
    lua_settop(L, top);
    CHECK(host_load_string(L, "error('x')", 10, "=test") == LUA_OK);
    CHECK(host_pcall(L, 0, 3) != LUA_OK && lua_gettop(L) == top + 1); /* the message */
    lua_close(L);
  }
  printf("%d checks, %d failures\n", checks, failures);
  return failures ? 1 : 0;
}

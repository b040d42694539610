/*
** runlimit.c — stopping user code that runs too long or allocates too much, without crashing.
**
** Time: a count hook checks a monotonic deadline every few thousand instructions. Once the limit is
** reached (or Ctrl-C arrives) the hook re-arms to fire on every instruction and raises each time,
** so a script that pcall()s in a loop cannot swallow the stop: the error keeps coming until the
** script is gone (the technique Redis uses for its script kill). Long SQL is stopped the same way
** by a SQLite progress handler. Memory: an allocator that refuses to grow past the cap, which Lua
** turns into a clean "not enough memory" error.
**
** cica runs one Lua state per process, so the state here is per process.
*/
#include "runlimit.h"

#include <lauxlib.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <time.h>

enum { RUNNING = 0, TIMED_OUT = 1, INTERRUPTED = 2 };
static volatile sig_atomic_t stop_state = RUNNING;
static int has_deadline;
static struct timespec deadline;
static size_t memory_used, memory_max;

/* lua_Alloc that keeps memory_used and refuses growth beyond memory_max. */
static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    memory_used -= old;
    return NULL;
  }
  if (nsize > old && memory_used + (nsize - old) > memory_max) return NULL;
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  memory_used = memory_used - old + nsize;
  return p;
}

/*
** Caps the memory of L (and SQLite's heap) at max_bytes. Blocks Lua allocated before are counted
** from the collector's own figure, so the switch can happen after the state exists.
*/
void runlimit_set_memory(lua_State *L, size_t max_bytes) {
  memory_used = (size_t)lua_gc(L, LUA_GCCOUNT, 0) * 1024 + (size_t)lua_gc(L, LUA_GCCOUNTB, 0);
  memory_max = max_bytes;
  lua_setallocf(L, capped_alloc, NULL);
  sqlite3_hard_heap_limit64((sqlite3_int64)max_bytes);
}

/* Whether the deadline has passed. */
static int past_deadline(void) {
  if (!has_deadline) return 0;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec > deadline.tv_sec ||
         (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec);
}

/* The count hook: once stopped, fire on every instruction and raise every time. */
static void stop_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  if (stop_state == RUNNING && past_deadline()) stop_state = TIMED_OUT;
  if (stop_state == RUNNING) return;
  lua_sethook(L, stop_hook, LUA_MASKCOUNT, 1);
  luaL_error(L, "%s", runlimit_stop_reason());
}

/* Starts a run: clears any earlier stop and, if seconds > 0, arms the time limit. */
void runlimit_start(lua_State *L, double seconds) {
  stop_state = RUNNING;
  has_deadline = seconds > 0;
  if (!has_deadline) {
    lua_sethook(L, NULL, 0, 0);
    return;
  }
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  time_t whole = (time_t)seconds;
  long nanos = (long)((seconds - (double)whole) * 1e9);
  deadline.tv_sec += whole + (deadline.tv_nsec + nanos) / 1000000000L;
  deadline.tv_nsec = (deadline.tv_nsec + nanos) % 1000000000L;
  lua_sethook(L, stop_hook, LUA_MASKCOUNT, 10000);
}

/* Ends a run: removes the hook and forgets the stop (the REPL goes on with the next statement). */
void runlimit_stop(lua_State *L) {
  lua_sethook(L, NULL, 0, 0);
  stop_state = RUNNING;
  has_deadline = 0;
}

/* Asks the running code to stop (Ctrl-C). Safe in a signal handler: lua_sethook is. */
void runlimit_interrupt(lua_State *L) {
  stop_state = INTERRUPTED;
  lua_sethook(L, stop_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

/* Why the current run was stopped, or NULL if it was not. */
const char *runlimit_stop_reason(void) {
  switch (stop_state) {
  case TIMED_OUT: return "time limit exceeded";
  case INTERRUPTED: return "interrupted";
  default: return NULL;
  }
}

/* SQLite progress handler: a non-zero return interrupts the statement. */
int runlimit_sqlite_progress(void *ud) {
  (void)ud;
  if (stop_state == RUNNING && past_deadline()) stop_state = TIMED_OUT;
  return stop_state != RUNNING;
}

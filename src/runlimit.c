/*
** runlimit.c — stopping user code that runs too long or allocates too much, without crashing.
**
** Time is processor time (CLOCK_PROCESS_CPUTIME_ID) per run: a run is what lies between
** runlimit_start and runlimit_stop (the command line's work; in the REPL one statement, so a REPL
** waiting at its prompt is not limited and each statement gets the whole budget; at exit, the
** finalizers, through runlimit_close). Three mechanisms share one stop flag:
**  - a count hook checks the deadline every HOOK_EVERY instructions. Once the limit is reached
**    (or Ctrl-C arrives) the hook re-arms to fire on every instruction and raises each time, so a
**    script that pcall()s in a loop cannot swallow the stop: the error keeps coming until the
**    script is gone (the technique Redis uses for its script kill). Coroutines inherit the hook;
**  - a SQLite progress handler stops long queries the same way;
**  - a watchdog timer on the same clock covers code that runs no Lua instruction for a long time
**    (one C function such as a pathological string.find, or a finalizer: Lua runs those with
**    hooks off). It raises the flag at the deadline and, if the run is still going GRACE_SECONDS
**    later, prints the reason and exits with status 1. Exiting is safe for data: the dataset is
**    read-only and cica's own files are written in SQLite transactions.
** Memory: an allocator that refuses to grow past the cap, which Lua turns into a clean
** "not enough memory" error; SQLite's heap gets the same cap of its own.
**
** cica runs one Lua state per process, so the state here is per process.
*/
#include "runlimit.h"
#include "cica.h"

#include <lauxlib.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define HOOK_EVERY 10000   /* instructions between two looks at the clock */
#define GRACE_SECONDS 1    /* how long a stopped run may stay inside one C function */
#define WATCHDOG_SIGNAL SIGVTALRM

enum { RUNNING = 0, TIMED_OUT = 1, INTERRUPTED = 2 };
static volatile sig_atomic_t stop_state = RUNNING;
static volatile sig_atomic_t watchdog_fired; /* times the watchdog fired during this run */
static volatile sig_atomic_t closing;        /* runlimit_close is closing the state */
static lua_State *limited;                   /* the state whose runs are limited */
static double budget;                        /* seconds of processor time per run; 0: none */
static int armed;                            /* a run is going on under the limit */
static int begun_early;                      /* runlimit_begin started the run; no state yet */
static volatile sig_atomic_t interrupt_pending; /* script-mode Ctrl-C: raise "interrupted!" once */
/* The lines the signal handlers write when they must exit, in the display language of the run
** (host_message, chosen when the run starts: a handler can only write what is ready). */
static const char *volatile stuck_line, *volatile again_line;
static struct timespec deadline;             /* on CLOCK_PROCESS_CPUTIME_ID */
static int has_watchdog;
static timer_t watchdog;
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
  if (nsize > old && nsize - old > memory_max - memory_used) return NULL;
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  memory_used = memory_used - old + nsize;
  return p;
}

/*
** Caps the memory of L (and, separately, SQLite's heap) at max_bytes. Blocks Lua allocated before
** are counted from the collector's own figure, so the switch can happen after the state exists.
*/
void runlimit_set_memory(lua_State *L, size_t max_bytes) {
  memory_used = (size_t)lua_gc(L, LUA_GCCOUNT, 0) * 1024 + (size_t)lua_gc(L, LUA_GCCOUNTB, 0);
  memory_max = max_bytes > memory_used ? max_bytes : memory_used;
  lua_setallocf(L, capped_alloc, NULL);
  sqlite3_hard_heap_limit64((sqlite3_int64)max_bytes);
}

/* Whether the processor-time deadline of this run has passed (false when there is none). */
static int past_deadline(void) {
  if (!armed) return 0;
  struct timespec now;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) != 0) return 0;
  return now.tv_sec > deadline.tv_sec ||
         (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec);
}

/* Adds seconds to t. */
static void add_seconds(struct timespec *t, double seconds) {
  time_t whole = (time_t)seconds;
  long nanos = t->tv_nsec + (long)((seconds - (double)whole) * 1e9);
  t->tv_sec += whole + nanos / 1000000000L;
  t->tv_nsec = nanos % 1000000000L;
}

/*
** Arms the watchdog to fire after `seconds` more processor time (0 disarms it). A positive time
** too small for a timespec is the smallest interval, never zero: a zero it_value disarms.
*/
static void arm_watchdog(double seconds) {
  if (!has_watchdog) return;
  struct itimerspec when;
  memset(&when, 0, sizeof when);
  add_seconds(&when.it_value, seconds);
  if (seconds > 0 && when.it_value.tv_sec == 0 && when.it_value.tv_nsec == 0)
    when.it_value.tv_nsec = 1;
  timer_settime(watchdog, 0, &when, NULL);
}

static void stop_hook(lua_State *L, lua_Debug *ar);
static void set_run_hook(lua_State *L);

/*
** The watchdog: at the deadline it raises the stop flag (the hook and the progress handler then
** stop the code); a second time, GRACE_SECONDS later, the run is stuck inside C: exit.
** Only async-signal-safe calls here.
*/
static void on_watchdog(int sig) {
  (void)sig;
  if (watchdog_fired++ == 0) {
    if (stop_state == RUNNING) stop_state = TIMED_OUT;
    /* The next Lua instruction of the main thread stops (lua_sethook is safe in a signal
    ** handler); not while lua_close runs, which frees the state (and runs no hooks anyway). */
    if (limited && !closing) lua_sethook(limited, stop_hook, LUA_MASKCOUNT, 1);
    arm_watchdog(GRACE_SECONDS);
    return;
  }
  const char *msg = stuck_line;
  ssize_t ignored = msg ? write(STDERR_FILENO, msg, strlen(msg)) : 0;
  (void)ignored;
#ifdef CICA_FUZZING
  /* libFuzzer keeps the input of a crash, not of an exit: a stuck input becomes a finding */
  abort();
#else
  _exit(1);
#endif
}

/* Creates the watchdog timer once; without it (an odd platform) the hook alone does the work. */
static void create_watchdog(void) {
  if (has_watchdog) return;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_watchdog;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = WATCHDOG_SIGNAL;
  if (sigaction(WATCHDOG_SIGNAL, &sa, NULL) == 0 &&
      timer_create(CLOCK_PROCESS_CPUTIME_ID, &ev, &watchdog) == 0)
    has_watchdog = 1;
}

/*
** The count hook: once stopped, fire on every instruction and raise every time. The error is the
** bare reason, with no position: the handler in host.c shows it as "cica: time limit exceeded".
*/
static void stop_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  if (stop_state == RUNNING && past_deadline()) stop_state = TIMED_OUT;
  if (stop_state == RUNNING && interrupt_pending) {
    /* script mode's Ctrl-C: one error that pcall can catch, as lua5.4's "interrupted!" */
    interrupt_pending = 0;
    set_run_hook(L);
    luaL_error(L, "interrupted!");
  }
  if (stop_state == RUNNING) return;
  lua_sethook(L, stop_hook, LUA_MASKCOUNT, 1);
  lua_pushstring(L, runlimit_stop_reason());
  lua_error(L);
}

/* Disarms the hook and the watchdog, keeping the budget. */
static void disarm(lua_State *L) {
  arm_watchdog(0);
  armed = 0;
  begun_early = 0;
  interrupt_pending = 0;
  stop_state = RUNNING;
  watchdog_fired = 0;
  if (L) lua_sethook(L, NULL, 0, 0);
}

/* Sets the hook that fits the run now: every instruction once stopped or interrupted, else every
** HOOK_EVERY instructions while a limit is armed, else none. */
static void set_run_hook(lua_State *L) {
  if (stop_state != RUNNING) lua_sethook(L, stop_hook, LUA_MASKCOUNT, 1);
  else if (interrupt_pending)
    lua_sethook(L, stop_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
  else if (armed) lua_sethook(L, stop_hook, LUA_MASKCOUNT, HOOK_EVERY);
  else lua_sethook(L, NULL, 0, 0);
}

/* Starts the clock of a run with a fresh budget: the deadline and the watchdog (no hook). */
static void begin_clock(void) {
  stop_state = RUNNING;
  watchdog_fired = 0;
  if (budget <= 0) {
    arm_watchdog(0);
    armed = 0;
    return;
  }
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &deadline) != 0) {
    deadline.tv_sec = 0;
    deadline.tv_nsec = 0;
  }
  add_seconds(&deadline, budget);
  armed = 1;
  arm_watchdog(budget);
}

/* Starts a run with a fresh budget: clears any earlier stop, arms the hook and the watchdog. */
static void begin_run(lua_State *L) {
  begin_clock();
  set_run_hook(L);
}

/* Picks the lines the signal handlers write, in the display language of L (NULL: the command
** line's). Stack: unchanged. */
static void choose_lines(lua_State *L) {
  stuck_line = host_message(L, "stop_stuck");
  again_line = host_message(L, "stop_again");
}

/*
** Starts the command line's run before its Lua state exists, so that the time limit covers
** everything after argument parsing (opening and checking a --db file, loading cica's modules):
** the SQLite progress handler and the watchdog work without a state; the next runlimit_start
** attaches the state to this run instead of starting another.
*/
void runlimit_begin(double seconds) {
  choose_lines(NULL);
  budget = seconds > 0 ? seconds : 0;
  if (budget <= 0) return;
  create_watchdog();
  begin_clock();
  begun_early = 1;
}

/* Sets the time limit of L's runs (seconds of processor time, 0 for none) and starts a run —
** or, after runlimit_begin, attaches L to the run already going, with what is left of it. */
void runlimit_start(lua_State *L, double seconds) {
  limited = L;
  choose_lines(L);
  if (begun_early) {
    begun_early = 0;
    set_run_hook(L); /* a limit that passed while there was no state stops the first instruction */
    return;
  }
  budget = seconds > 0 ? seconds : 0;
  if (budget > 0) create_watchdog();
  begin_run(L);
}

/*
** Ends a run: forgets its stop and disarms the limit until the next runlimit_start (the REPL
** waiting for its next statement runs no user code, and must not be stopped for typing).
*/
void runlimit_stop(lua_State *L) {
  disarm(L);
}

/*
** Closes L with the finalizers lua_close runs under a run of their own (a __gc that loops is
** stopped by the watchdog: Lua runs finalizers with hooks off), then disarms everything.
*/
void runlimit_close(lua_State *L) {
  begin_run(L);
  closing = 1;
  lua_close(L);
  disarm(NULL);
  limited = NULL;
  closing = 0;
}

/*
** Asks the running code to stop (Ctrl-C). Safe in a signal handler: lua_sethook is. A second
** Ctrl-C while the first has not stopped the code yet (it is inside one long C function) exits.
*/
void runlimit_interrupt(lua_State *L) {
  if (stop_state == INTERRUPTED) {
    const char *msg = again_line;
    ssize_t ignored = msg ? write(STDERR_FILENO, msg, strlen(msg)) : 0;
    (void)ignored;
    _exit(130);
  }
  stop_state = INTERRUPTED;
  lua_sethook(L, stop_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

/*
** Script mode's Ctrl-C, as lua5.4's: the running code gets one "interrupted!" error, which pcall
** can catch (the caller restores the default action first, so a second Ctrl-C kills). Safe in a
** signal handler: lua_sethook is.
*/
void runlimit_interrupt_once(lua_State *L) {
  interrupt_pending = 1;
  lua_sethook(L, stop_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE | LUA_MASKCOUNT, 1);
}

/* The key in the catalogue area "main" of the message that shows a stop reason (a text
** runlimit_stop_reason gives: "time limit exceeded" -> "stop_timeout", "interrupted" ->
** "stop_interrupted"), or NULL for any other text. */
const char *runlimit_reason_key(const char *text) {
  if (text == NULL) return NULL;
  if (strcmp(text, "time limit exceeded") == 0) return "stop_timeout";
  if (strcmp(text, "interrupted") == 0) return "stop_interrupted";
  return NULL;
}

/* Why the current run was stopped, or NULL if it was not: the error value of a stopped run, the
** same in every language (cica serve and scripts recognise it); the host shows it in the display
** language (runlimit_reason_key). */
const char *runlimit_stop_reason(void) {
  switch (stop_state) {
  case TIMED_OUT: return "time limit exceeded";
  case INTERRUPTED: return "interrupted";
  default: return NULL;
  }
}

/*
** SQLite progress handler: a non-zero return interrupts the statement. Once stopped it also makes
** the hook fire at once, so the Lua code that ran the query stops right after it (a loop that
** retries the query under pcall runs few instructions per costly try).
*/
int runlimit_sqlite_progress(void *ud) {
  (void)ud;
  if (stop_state == RUNNING && past_deadline()) stop_state = TIMED_OUT;
  if (stop_state == RUNNING && interrupt_pending && limited) {
    /* script mode's Ctrl-C ends the query with an error pcall can catch; taken, not re-raised */
    interrupt_pending = 0;
    set_run_hook(limited);
    return 1;
  }
  if (stop_state == RUNNING) return 0;
  if (limited) lua_sethook(limited, stop_hook, LUA_MASKCOUNT, 1);
  return 1;
}

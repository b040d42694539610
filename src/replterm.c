/*
** replterm.c — the REPL's terminal side: Ctrl-C (stops the running statement, or abandons the line
** being typed) and window-size signals, reading a line (readline's callback interface on a
** terminal, getline otherwise), Tab completion (readline asks cica.repl.complete), and running one
** statement under --timeout/--max-memory with Ctrl-C armed. The loop itself is src/repl.c.
*/
#include <errno.h>
#include <lua.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#ifdef CICA_HAVE_READLINE
#include <readline/readline.h>
#endif

#include "cica.h"
#include "repl.h"
#include "runlimit.h"

static struct session *current;                        /* for the signal and completion callbacks */
static volatile sig_atomic_t statement_running;        /* a statement is running: Ctrl-C stops it */
static volatile sig_atomic_t prompt_interrupted;       /* Ctrl-C arrived while reading a line */
static volatile sig_atomic_t window_resized;           /* SIGWINCH arrived while reading a line */

/* SIGINT: stop the running statement (runlimit_interrupt arms a hook), else clear the line. */
static void on_sigint(int sig) {
  (void)sig;
  if (statement_running && current) runlimit_interrupt(current->L);
  else prompt_interrupted = 1;
}

#ifdef SIGWINCH
/* SIGWINCH: readline re-reads the terminal size at the next chance. */
static void on_sigwinch(int sig) {
  (void)sig;
  window_resized = 1;
}
#endif

/* Installs handler for sig without SA_RESTART (so a blocking read returns EINTR); old gets the
** previous action when not NULL. */
static void catch_signal(int sig, void (*handler)(int), struct sigaction *old) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sigaction(sig, &sa, old);
}

/*
** Calls the function below nargs arguments through host_pcall with the limits armed: the
** timeout, and Ctrl-C stopping only this call. Returns the status. Stack as host_pcall.
*/
int term_run_limited(struct session *s, int nargs, int nresults) {
  struct sigaction old;
  if (!s->tty) catch_signal(SIGINT, on_sigint, &old);
  runlimit_start(s->L, s->timeout);
  statement_running = 1;
  int status = host_pcall(s->L, nargs, nresults); /* host_pcall checks the stack's balance */
  statement_running = 0;
  runlimit_stop(s->L);
  if (!s->tty) sigaction(SIGINT, &old, NULL);
  return status;
}

/* ---- reading lines ----------------------------------------------------------------------- */

#ifdef CICA_HAVE_READLINE
static char *readline_result;
static int readline_finished;

/* readline's callback when a line is complete (NULL at Ctrl-D on an empty line). */
static void on_readline_line(char *line) {
  readline_result = line;
  readline_finished = 1;
  rl_callback_handler_remove();
}

/* Abandons the line being edited after Ctrl-C: "^C" after its text, then a fresh line. */
static void abandon_line(void) {
  rl_point = rl_end;
  rl_redisplay();
  fputs("^C\n", rl_outstream);
  fflush(rl_outstream);
  rl_free_line_state();
  rl_callback_sigcleanup();
  rl_cleanup_after_signal();
  rl_callback_handler_remove();
}

/*
** Reads a line with readline's callback interface, so Ctrl-C can abandon the line. SIGINT and
** SIGWINCH are blocked except inside pselect(), so one that arrives while readline handles a key
** is seen at the top of the loop instead of being lost until the next key. Returns READ_*; *out
** gets a malloc'd line.
*/
static int read_line_readline(const char *prompt, char **out) {
  sigset_t block, orig;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
#ifdef SIGWINCH
  sigaddset(&block, SIGWINCH);
#endif
  sigprocmask(SIG_BLOCK, &block, &orig);
  readline_finished = 0;
  readline_result = NULL;
  rl_callback_handler_install(prompt, on_readline_line);
  int fd = fileno(rl_instream ? rl_instream : stdin);
  int got = READ_LINE;
  while (!readline_finished) {
    if (prompt_interrupted) {
      prompt_interrupted = 0;
      abandon_line();
      got = READ_INTERRUPTED;
      break;
    }
    if (window_resized) {
      window_resized = 0;
      rl_resize_terminal();
    }
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(fd, &fds);
    int n = pselect(fd + 1, &fds, NULL, NULL, NULL, &orig);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      rl_callback_handler_remove();
      got = READ_EOF;
      break;
    }
    sigprocmask(SIG_SETMASK, &orig, NULL);
    rl_callback_read_char();
    sigprocmask(SIG_BLOCK, &block, NULL);
  }
  sigprocmask(SIG_SETMASK, &orig, NULL);
  if (got != READ_LINE) return got;
  *out = readline_result;
  return readline_result ? READ_LINE : READ_EOF;
}
#endif

/*
** Reads one line (without its newline) into a malloc'd *out. On a terminal it shows prompt.
** Returns READ_LINE, READ_EOF at end of input, or READ_INTERRUPTED after Ctrl-C at the prompt.
*/
int term_read_line(const char *prompt, int tty, char **out) {
  prompt_interrupted = 0; /* a Ctrl-C between statements is not one for this line */
#ifdef CICA_HAVE_READLINE
  if (tty) return read_line_readline(prompt, out);
#endif
  if (tty) {
    fputs(prompt, stdout);
    fflush(stdout);
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) {
    free(line);
    if (errno == EINTR && prompt_interrupted) {
      prompt_interrupted = 0;
      clearerr(stdin);
      return READ_INTERRUPTED;
    }
    return READ_EOF;
  }
  if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
  *out = line;
  return READ_LINE;
}

/* ---- completion -------------------------------------------------------------------------- */

#ifdef CICA_HAVE_READLINE

static char **candidates;     /* the Lua side's answer for the word being completed */
static size_t candidate_count, candidate_next;

/* Frees the candidates left from the previous completion. */
static void free_candidates(void) {
  for (size_t i = 0; i < candidate_count; i++) free(candidates[i]);
  free(candidates);
  candidates = NULL;
  candidate_count = candidate_next = 0;
}

/* readline's generator: hands out the candidates one by one (readline frees them). */
static char *next_candidate(const char *text, int state) {
  (void)text;
  if (state == 0) candidate_next = 0;
  if (candidate_next >= candidate_count) return NULL;
  char *c = candidates[candidate_next];
  candidates[candidate_next++] = NULL;
  return c;
}

/*
** Copies the array of strings on top of the stack into `candidates`. Stack: pops it.
*/
static void take_candidates(lua_State *L) {
  STACK_ENTER(L);
  size_t n = lua_rawlen(L, -1);
  candidates = calloc(n ? n : 1, sizeof *candidates);
  if (candidates == NULL) n = 0;
  for (size_t i = 0; i < n; i++) {
    lua_rawgeti(L, -1, (lua_Integer)i + 1);
    const char *c = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL; /* no conversion */
    if (c && (candidates[candidate_count] = strdup(c)) != NULL) candidate_count++;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  STACK_LEAVE(L, -1);
}

/*
** Calls complete (argument 1) with the line up to the cursor (its length is argument 3) and the
** word (argument 2, a light userdata char *). In the protected path, because pushing the strings
** may fail for memory, and readline is on the C stack. Returns complete's one result.
*/
static int call_complete(lua_State *L) {
  const char *word = lua_touserdata(L, 2);
  size_t end = (size_t)lua_tointeger(L, 3);
  lua_settop(L, 1);
  lua_pushlstring(L, rl_line_buffer, end);
  lua_pushstring(L, word);
  lua_call(L, 2, 1);
  return 1;
}

/*
** readline's completion hook: asks cica.repl.complete(line_before_cursor, word) for candidates.
** The answer "files" means complete a file name (readline's default). Stack: unchanged.
*/
static char **complete_word(const char *text, int start, int end) {
  (void)start;
  rl_attempted_completion_over = 1;
  rl_completion_append_character = '\0';
  free_candidates();
  lua_State *L = current->L;
  STACK_ENTER(L);
  int top = lua_gettop(L);
  lua_pushcfunction(L, call_complete);
  lua_getfield(L, current->module, "complete");
  lua_pushlightuserdata(L, (void *)text);
  lua_pushinteger(L, end);
  runlimit_start(L, current->timeout);
  int status = host_pcall(L, 3, 1);
  runlimit_stop(L);
  char **matches = NULL;
  if (status == LUA_OK && lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), "files") == 0) {
    rl_attempted_completion_over = 0;
    rl_completion_append_character = ' ';
  } else if (status == LUA_OK && lua_istable(L, -1)) {
    take_candidates(L);
    if (candidate_count > 0) matches = rl_completion_matches(text, next_candidate);
  }
  lua_settop(L, top);
  STACK_LEAVE(L, 0);
  return matches;
}

/* Sets readline up: completion, and word breaks that keep `cica.members[1].na` (and `s:up`) one
** word, so the Lua side sees the whole path it completes. (The history: src/history.c.) */
void term_setup_readline(void) {
  rl_readline_name = "cica";
  rl_catch_signals = 0; /* Ctrl-C is ours: see read_line_readline */
  rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,+-*/%^~#})";
  rl_attempted_completion_function = complete_word;
}
#endif

/* ---- the session's signals ---------------------------------------------------------------- */

static struct sigaction old_int;                       /* the actions term_begin replaced */
#ifdef SIGWINCH
static struct sigaction old_winch;
#endif

/* Starts the terminal side of session s: on a terminal, Ctrl-C and SIGWINCH are caught for the
** whole session (between statements Ctrl-C abandons the line). Stack: untouched. */
void term_begin(struct session *s) {
  current = s;
  if (s->tty) catch_signal(SIGINT, on_sigint, &old_int);
#ifdef SIGWINCH
  if (s->tty) catch_signal(SIGWINCH, on_sigwinch, &old_winch);
#endif
}

/* Ends what term_begin started: the signals' old actions come back, completion's memory goes. */
void term_end(void) {
#ifdef CICA_HAVE_READLINE
  free_candidates();
#endif
#ifdef SIGWINCH
  if (current && current->tty) sigaction(SIGWINCH, &old_winch, NULL);
#endif
  if (current && current->tty) sigaction(SIGINT, &old_int, NULL);
  current = NULL;
}

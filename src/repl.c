/*
** repl.c — the interactive loop. C owns the terminal: reading lines (readline on a terminal),
** Tab completion, the history file, Ctrl-C and the limits around each statement. Lua (`cica.repl`)
** owns everything else: prepare(text) compiles a statement or parses a dot-command and returns a
** job; C runs the job under --timeout/--max-memory with Ctrl-C armed, then hands its results to
** finish(ok, ...), which prints them. When standard input is not a terminal there is no banner and
** no prompt, so piped sessions print only results.
**
** This file is also the binding `cica.repl.host` (registered in package.preload by repl_run): the
** few facts about the terminal and the dataset the Lua side cannot get by itself.
*/
#include <errno.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <locale.h>
#include <lua.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef CICA_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

#include "cica.h"
#include "db.h"
#include "lsql.h"
#include "runlimit.h"

#define HISTORY_MAX 1000 /* entries kept in the history file */
#ifdef CICA_HAVE_READLINE
#define READLINE_ECHOES_INTERRUPT 1 /* read_line_readline shows "^C" itself */
#else
#define READLINE_ECHOES_INTERRUPT 0
#endif

enum { READ_LINE, READ_EOF, READ_INTERRUPTED };       /* what reading a line gave */
enum { EVAL_DONE, EVAL_INCOMPLETE, EVAL_QUIT };       /* what evaluating the pending text gave */

/* One session: what the loop and the callbacks (signals, completion) share. */
struct session {
  lua_State *L;
  int module;       /* stack index of the cica.repl module table */
  int tty;          /* standard input is a terminal */
  double timeout;   /* --timeout seconds for each statement, 0 for none */
  char *history;    /* the history file, or NULL when there is none */
  int status;       /* the exit status repl_run returns */
};

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
static int read_line(const char *prompt, int tty, char **out) {
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

/* ---- history ----------------------------------------------------------------------------- */

#ifdef CICA_HAVE_READLINE
/* mkdir -p of the folder holding path (the part before its last '/'). Errors are ignored: the
** history is then not saved. */
static void make_parent_dirs(const char *path) {
  char *dir = strdup(path);
  if (dir == NULL) return;
  for (char *p = dir + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    mkdir(dir, 0700);
    *p = '/';
  }
  free(dir);
}

/* The history file: $XDG_STATE_HOME/cica/history, default ~/.local/state/cica/history. Returns
** a malloc'd path, or NULL when neither variable is set. */
static char *history_path(void) {
  const char *state = getenv("XDG_STATE_HOME");
  const char *home = getenv("HOME");
  const char *base = state && *state ? state : home && *home ? home : NULL;
  if (base == NULL) return NULL;
  const char *rest = state && *state ? "/cica/history" : "/.local/state/cica/history";
  char *path = malloc(strlen(base) + strlen(rest) + 1);
  if (path == NULL) return NULL;
  strcpy(path, base);
  strcat(path, rest);
  return path;
}

/* Writes one entry as one line: a multi-line statement stays one entry ('\n' and '\\' escaped). */
static void history_write_entry(FILE *f, const char *entry) {
  for (const char *p = entry; *p; p++) {
    if (*p == '\n') fputs("\\n", f);
    else if (*p == '\\') fputs("\\\\", f);
    else fputc(*p, f);
  }
  fputc('\n', f);
}

/* Undoes history_write_entry on line, in place. */
static void history_decode(char *line) {
  char *out = line;
  for (char *p = line; *p; p++) {
    if (*p == '\\' && p[1] == 'n') *out++ = '\n', p++;
    else if (*p == '\\' && p[1] == '\\') *out++ = '\\', p++;
    else *out++ = *p;
  }
  *out = '\0';
}

/* Loads the history file into readline's list; if it grew past HISTORY_MAX entries, rewrites it
** with the newest ones. A missing file is an empty history. */
static void history_load(const char *path) {
  FILE *f = fopen(path, "r");
  if (f == NULL) return;
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, f)) >= 0) {
    if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
    history_decode(line);
    if (*line) add_history(line);
  }
  free(line);
  fclose(f);
  if (history_length <= HISTORY_MAX) return;
  stifle_history(HISTORY_MAX);
  f = fopen(path, "w");
  if (f == NULL) return;
  for (int i = 0; i < history_length; i++) {
    HIST_ENTRY *e = history_get(history_base + i);
    if (e) history_write_entry(f, e->line);
  }
  fclose(f);
  unstifle_history();
}

/* Adds a complete statement to the history (unless it repeats the last one) and appends it to the
** file at once, so a session that dies keeps what was typed. */
static void history_add(struct session *s, const char *entry) {
  if (entry[strspn(entry, " \t\n")] == '\0') return;
  HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
  if (last && strcmp(last->line, entry) == 0) return;
  add_history(entry);
  if (s->history == NULL) return;
  FILE *f = fopen(s->history, "a");
  if (f == NULL) return;
  history_write_entry(f, entry);
  fclose(f);
}

/* ---- completion -------------------------------------------------------------------------- */

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
  return matches;
}

/* Sets readline up: history, completion, and word breaks that keep `cica.members[1].na` (and
** `s:up`) one word, so the Lua side sees the whole path it completes. */
static void readline_setup(struct session *s) {
  rl_readline_name = "cica";
  rl_catch_signals = 0; /* Ctrl-C is ours: see read_line_readline */
  rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,+-*/%^~#})";
  rl_attempted_completion_function = complete_word;
  s->history = history_path();
  if (s->history) {
    make_parent_dirs(s->history);
    history_load(s->history);
  }
}
#endif

/* ---- running statements ------------------------------------------------------------------ */

/* Prints the first line of the error on top (no traceback, and like the REPL's other errors no
** "cica:" prefix) and pops it. */
static void report_short(lua_State *L) {
  fflush(stdout);
  const char *msg = lua_tostring(L, -1);
  if (msg == NULL) msg = "(error object is not a string)";
  const char *nl = strchr(msg, '\n');
  fprintf(stderr, "%.*s\n", nl ? (int)(nl - msg) : (int)strlen(msg), msg);
  fflush(stderr);
  lua_pop(L, 1);
}

/*
** Calls the function below nargs arguments through host_pcall with the limits armed: the
** timeout, and Ctrl-C stopping only this call. Returns the status. Stack as host_pcall.
*/
static int run_limited(struct session *s, int nargs, int nresults) {
  struct sigaction old;
  if (!s->tty) catch_signal(SIGINT, on_sigint, &old);
  runlimit_start(s->L, s->timeout);
  statement_running = 1;
  int status = host_pcall(s->L, nargs, nresults);
  statement_running = 0;
  runlimit_stop(s->L);
  if (!s->tty) sigaction(SIGINT, &old, NULL);
  return status;
}

/*
** Sends standard output to path until restore_stdout (for `.once FILE`). Returns the saved
** descriptor of the old output, or -1 after printing why the file cannot be written.
*/
static int redirect_stdout(lua_State *L, const char *path) {
  lua_getfield(L, LUA_REGISTRYINDEX, "cica.safe");
  int safe = lua_toboolean(L, -1);
  lua_pop(L, 1);
  if (safe) {
    fputs(".once: writing files is not allowed in safe mode\n", stderr);
    return -1;
  }
  fflush(stdout);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    fprintf(stderr, ".once: cannot write '%s': %s\n", path, strerror(errno));
    return -1;
  }
  int saved = dup(1);
  if (saved < 0 || dup2(fd, 1) < 0) {
    fprintf(stderr, ".once: %s\n", strerror(errno));
    if (saved >= 0) close(saved);
    close(fd);
    return -1;
  }
  close(fd);
  return saved;
}

/* Puts standard output back after redirect_stdout. */
static void restore_stdout(int saved) {
  fflush(stdout);
  dup2(saved, 1);
  close(saved);
}

/*
** Evaluates the pending text (on top of the stack): repl.prepare(text) gives a job (and maybe a
** file for its output), the job runs under the limits, repl.finish(ok, results...) prints.
** Returns EVAL_*. Stack: unchanged.
*/
static int evaluate(struct session *s) {
  lua_State *L = s->L;
  int top = lua_gettop(L);
  lua_getfield(L, s->module, "prepare");
  lua_pushvalue(L, top);
  runlimit_start(L, s->timeout);
  int status = host_pcall(L, 1, 2);
  runlimit_stop(L);
  if (status != LUA_OK) return report_short(L), lua_settop(L, top), EVAL_DONE;
  if (lua_type(L, top + 1) == LUA_TSTRING && strcmp(lua_tostring(L, top + 1), "incomplete") == 0)
    return lua_settop(L, top), EVAL_INCOMPLETE;
  if (!lua_isfunction(L, top + 1)) return lua_settop(L, top), EVAL_DONE;
  int saved_stdout = -2;
  if (lua_type(L, top + 2) == LUA_TSTRING) {
    saved_stdout = redirect_stdout(L, lua_tostring(L, top + 2));
    if (saved_stdout < 0) return lua_settop(L, top), EVAL_DONE;
  }
  lua_settop(L, top + 1);                      /* text job */
  lua_getfield(L, s->module, "finish");        /* text job finish */
  lua_insert(L, top + 1);                      /* text finish job */
  status = run_limited(s, 0, LUA_MULTRET);     /* text finish results... | message */
  luaL_checkstack(L, 2, "too many results");
  lua_pushboolean(L, status == LUA_OK);
  lua_insert(L, top + 2);                      /* text finish ok results... */
  status = run_limited(s, lua_gettop(L) - top - 1, 1);
  int result = EVAL_DONE;
  if (status != LUA_OK) report_short(L);
  else if (lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), "quit") == 0) result = EVAL_QUIT;
  if (saved_stdout >= 0) restore_stdout(saved_stdout);
  lua_settop(L, top);
  return result;
}

/*
** Calls repl.<name>(args...) (nargs arguments on the stack) under the limits and returns its one
** result as a malloc'd string, or NULL when it returned none or failed (the error printed).
*/
static char *call_for_string(struct session *s, const char *name, int nargs) {
  lua_State *L = s->L;
  lua_getfield(L, s->module, name);
  lua_insert(L, -nargs - 1);
  if (run_limited(s, nargs, 1) != LUA_OK) return report_short(L), NULL;
  char *text = lua_type(L, -1) == LUA_TSTRING ? strdup(lua_tostring(L, -1)) : NULL;
  lua_pop(L, 1);
  return text;
}

/* Runs the start-up file repl.init_file() names, if any, under the limits. Its errors are printed
** as the REPL prints a statement's (repl.finish(false, message)) and the session goes on. */
static void run_init_file(struct session *s) {
  lua_State *L = s->L;
  char *path = call_for_string(s, "init_file", 0);
  if (path == NULL) return;
  int status = host_load_file(L, path);
  free(path);
  if (status == LUA_OK) status = run_limited(s, 0, 0);
  if (status == LUA_OK) return;
  lua_getfield(L, s->module, "finish"); /* message finish */
  lua_insert(L, -2);                    /* finish message */
  lua_pushboolean(L, 0);
  lua_insert(L, -2);                    /* finish false message */
  if (run_limited(s, 2, 0) != LUA_OK) report_short(L);
}

/* Starts the session on the Lua side: repl.start(tty) sets colours, `help`, the output width.
** Then prints the banner on a terminal. Returns 0, or 1 if cica.repl cannot start. */
static int start(struct session *s) {
  lua_State *L = s->L;
  lua_getfield(L, s->module, "start");
  lua_pushboolean(L, s->tty);
  if (run_limited(s, 1, 0) != LUA_OK) return host_report(L, 1), 1;
  if (s->tty) {
    char *banner = call_for_string(s, "banner", 0);
    if (banner) puts(banner);
    free(banner);
  }
  return 0;
}

/* Appends line to the pending statement (joined by newlines). Stack: replaces the pending text,
** or pushes it when first. */
static void append_line(lua_State *L, const char *line, int first) {
  if (!first) lua_pushliteral(L, "\n");
  lua_pushstring(L, line);
  lua_concat(L, first ? 1 : 3);
}

/* The read-evaluate-print loop proper, until end of input or .quit. */
static void loop(struct session *s) {
  lua_State *L = s->L;
  int pending = 0;
  for (;;) {
    lua_pushboolean(L, pending);
    char *prompt = call_for_string(s, "prompt", 1);
    char *line = NULL;
    int got = read_line(prompt ? prompt : (pending ? ">> " : "> "), s->tty, &line);
    free(prompt);
    if (got == READ_EOF) break;
    if (got == READ_INTERRUPTED) {
      if (!s->tty || !READLINE_ECHOES_INTERRUPT) fputs("^C\n", stdout);
      fflush(stdout);
      if (pending) lua_pop(L, 1);
      pending = 0;
      continue;
    }
    append_line(L, line, !pending);
    free(line);
    int answer = evaluate(s);
    if (answer == EVAL_INCOMPLETE) {
      pending = 1;
      continue;
    }
#ifdef CICA_HAVE_READLINE
    if (s->tty) history_add(s, lua_tostring(L, -1));
#endif
    lua_pop(L, 1);
    pending = 0;
    if (answer == EVAL_QUIT) break;
  }
  if (pending) lua_pop(L, 1);
}

/*
** The session proper, inside a protected call as lua.c's pmain is: a memory error in the loop's
** own pushes (the pending text, say) ends the session with a message instead of aborting.
** Argument 1: the session (light userdata). Raises what cannot be handled.
*/
static int run_session(lua_State *L) {
  struct session *s = lua_touserdata(L, 1);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_cica_repl_host);
  lua_setfield(L, -2, "cica.repl.host");
  lua_pop(L, 1);
  if (host_require(L, "cica.repl", NULL) != LUA_OK) return lua_error(L);
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  lua_getfield(L, -1, "cica.repl");
  lua_remove(L, -2);
  s->module = lua_gettop(L);
  if (start(s) != 0) {
    s->status = 1;
    return 0;
  }
  run_init_file(s);
#ifdef CICA_HAVE_READLINE
  if (s->tty) readline_setup(s);
#endif
  loop(s);
  if (s->tty) putchar('\n');
  return 0;
}

/*
** Runs the REPL until end of input or .quit, in the user's LC_CTYPE locale (from then on).
** tty: standard input is a terminal (banner, prompts, readline, history). timeout: --timeout
** for each statement (0: none). Returns an exit status.
** Stack: unchanged.
*/
int repl_run(lua_State *L, int tty, double timeout) {
  /* The user's character set, for readline's UTF-8 input. Only the REPL sets it: scripts run in
  ** the "C" locale, as under lua5.4, and start-up does not pay for loading the locale. */
  setlocale(LC_CTYPE, "");
  struct session s = {L, 0, tty, timeout, NULL, 0};
  int base = lua_gettop(L);
  current = &s;
  struct sigaction old_int;
  if (tty) catch_signal(SIGINT, on_sigint, &old_int);
#ifdef SIGWINCH
  struct sigaction old_winch;
  if (tty) catch_signal(SIGWINCH, on_sigwinch, &old_winch);
#endif
  lua_pushcfunction(L, run_session);
  lua_pushlightuserdata(L, &s);
  if (host_pcall(L, 1, 0) != LUA_OK) {
    fflush(stdout);
    host_report(L, LUA_ERRRUN);
    s.status = 1;
  }
#ifdef CICA_HAVE_READLINE
  free_candidates();
#endif
#ifdef SIGWINCH
  if (tty) sigaction(SIGWINCH, &old_winch, NULL);
#endif
  if (tty) sigaction(SIGINT, &old_int, NULL);
  free(s.history);
  current = NULL;
  lua_settop(L, base);
  return s.status;
}

/* ---- the binding cica.repl.host ---------------------------------------------------------- */

/*
** cica.repl.host.columns(sql) -> the names of the result columns of sql, in order (the statement
** is prepared, not run). Rows from cica.query are keyed tables, so this is how `.sql` keeps the
** columns in the order the SELECT gave them. Raises SQLite's message for bad SQL.
*/
static int host_columns(lua_State *L) {
  size_t len;
  const char *sql = luaL_checklstring(L, 1, &len);
  struct db_dataset *ds = cica_dataset(L);
  sqlite3_stmt *stmt = NULL;
  struct db_error err;
  if (db_prepare_dataset(ds, sql, len, &stmt, NULL, &err) != 0) return luaL_error(L, "%s", err.message);
  lsql_new_cursor(L, stmt, "cica.repl.host.columns", 0, 0);
  lua_getiuservalue(L, -1, 1);                                /* the names array */
  lsql_close(L, -2);   /* now: made while cica exits, it would get no __gc */
  return 1;
}

/* cica.repl.host.width() -> the terminal's width in columns when standard output is one, else nil. */
static int host_width(lua_State *L) {
  struct winsize ws;
  if (isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) lua_pushinteger(L, ws.ws_col);
  else lua_pushnil(L);
  return 1;
}

/* cica.repl.host.readline() -> whether line editing (readline) is compiled in. */
static int host_readline(lua_State *L) {
#ifdef CICA_HAVE_READLINE
  lua_pushboolean(L, 1);
#else
  lua_pushboolean(L, 0);
#endif
  return 1;
}

static const luaL_Reg host_functions[] = {
  {"columns",  host_columns},
  {"width",    host_width},
  {"readline", host_readline},
  {NULL, NULL}
};

/* Opens `cica.repl.host`. Stack: +1 (the module table). */
int luaopen_cica_repl_host(lua_State *L) {
  luaL_newlib(L, host_functions);
  return 1;
}

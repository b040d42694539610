/*
** repl.c — the interactive loop. C owns the terminal: reading lines (readline on a terminal),
** Tab completion, the history file, Ctrl-C and the limits around each statement. Lua (`cica.repl`)
** owns everything else: prepare(text) compiles a statement or parses a dot-command and returns a
** job; C runs the job under --timeout/--max-memory with Ctrl-C armed, then hands its results to
** finish(ok, ...), which prints them. When standard input is not a terminal there is no banner and
** no prompt, so piped sessions print only results.
**
** This file is the loop and the session; src/replterm.c the terminal (signals, reading a line,
** completion, running a statement under the limits), src/history.c the history file, and
** src/lrepl.c the binding `cica.repl.host`.
*/
#include <errno.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <locale.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cica.h"
#include "mkdirs.h"
#include "repl.h"
#include "runlimit.h"

enum { EVAL_DONE, EVAL_INCOMPLETE, EVAL_QUIT };       /* what evaluating the pending text gave */

/* ---- running statements ------------------------------------------------------------------ */

/* Prints the first line of the error on top, which ended a call with `status` (no traceback, and
** like the REPL's other errors no "cica:" prefix; running out of memory in the display language,
** host_error_text) and pops it. */
static void report_short(lua_State *L, int status) {
  fflush(stdout);
  const char *msg = host_error_text(L, status);
  const char *nl = strchr(msg, '\n');
  fprintf(stderr, "%.*s\n", nl ? (int)(nl - msg) : (int)strlen(msg), msg);
  fflush(stderr);
  lua_pop(L, 1);
}

/*
** Sends standard output to path until restore_stdout (for `.once FILE`). Returns the saved
** descriptor of the old output, or -1 after printing why the file cannot be written.
** Stack: unchanged.
*/
static int redirect_stdout(lua_State *L, const char *path) {
  lua_getfield(L, LUA_REGISTRYINDEX, CICA_SAFE_KEY);
  int safe = lua_toboolean(L, -1);
  lua_pop(L, 1);
  if (safe) {
    fputs(host_message(L, "once_safe"), stderr);
    return -1;
  }
  fflush(stdout);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    fprintf(stderr, host_message(L, "once_cannot_write"), path, strerror(errno));
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
  STACK_ENTER(L);
  int top = lua_gettop(L);
  lua_getfield(L, s->module, "prepare");
  lua_pushvalue(L, top);
  runlimit_start(L, s->timeout);
  int status = host_pcall(L, 1, 2);
  runlimit_stop(L);
  if (status != LUA_OK) {
    report_short(L, status);
    lua_settop(L, top);
    STACK_LEAVE(L, 0);
    return EVAL_DONE;
  }
  if (lua_type(L, top + 1) == LUA_TSTRING && strcmp(lua_tostring(L, top + 1), "incomplete") == 0) {
    lua_settop(L, top);
    STACK_LEAVE(L, 0);
    return EVAL_INCOMPLETE;
  }
  if (!lua_isfunction(L, top + 1)) {
    lua_settop(L, top);
    STACK_LEAVE(L, 0);
    return EVAL_DONE;
  }
  int saved_stdout = -2;
  if (lua_type(L, top + 2) == LUA_TSTRING) {
    saved_stdout = redirect_stdout(L, lua_tostring(L, top + 2));
    if (saved_stdout < 0) {
      lua_settop(L, top);
      STACK_LEAVE(L, 0);
      return EVAL_DONE;
    }
  }
  lua_settop(L, top + 1);                      /* text job */
  lua_getfield(L, s->module, "finish");        /* text job finish */
  lua_insert(L, top + 1);                      /* text finish job */
  status = term_run_limited(s, 0, LUA_MULTRET);     /* text finish results... | message */
  luaL_checkstack(L, 2, "too many results");
  lua_pushboolean(L, status == LUA_OK);
  lua_insert(L, top + 2);                      /* text finish ok results... */
  status = term_run_limited(s, lua_gettop(L) - top - 1, 1);
  int result = EVAL_DONE;
  if (status != LUA_OK) report_short(L, status);
  else if (lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), "quit") == 0) result = EVAL_QUIT;
  if (saved_stdout >= 0) restore_stdout(saved_stdout);
  lua_settop(L, top);
  STACK_LEAVE(L, 0);
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
  int status = term_run_limited(s, nargs, 1);
  if (status != LUA_OK) return report_short(L, status), NULL;
  char *text = lua_type(L, -1) == LUA_TSTRING ? strdup(lua_tostring(L, -1)) : NULL;
  lua_pop(L, 1);
  return text;
}

/* Runs the start-up file repl.init_file() names, if any, under the limits. Its errors are printed
** as the REPL prints a statement's (repl.finish(false, message)) and the session goes on.
** Stack: unchanged. */
static void run_init_file(struct session *s) {
  lua_State *L = s->L;
  STACK_ENTER(L);
  char *path = call_for_string(s, "init_file", 0);
  if (path == NULL) {
    STACK_LEAVE(L, 0);
    return;
  }
  int status = host_load_file(L, path);
  free(path);
  if (status == LUA_OK) status = term_run_limited(s, 0, 0);
  if (status == LUA_OK) {
    STACK_LEAVE(L, 0);
    return;
  }
  lua_getfield(L, s->module, "finish"); /* message finish */
  lua_insert(L, -2);                    /* finish message */
  lua_pushboolean(L, 0);
  lua_insert(L, -2);                    /* finish false message */
  status = term_run_limited(s, 2, 0);
  if (status != LUA_OK) report_short(L, status);
  STACK_LEAVE(L, 0);
}

/* Starts the session on the Lua side: repl.start(tty) sets colours, `help`, the output width.
** Then prints the banner on a terminal. Returns 0, or 1 if cica.repl cannot start.
** Stack: unchanged (an error is reported and popped). */
static int start(struct session *s) {
  lua_State *L = s->L;
  STACK_ENTER(L);
  lua_getfield(L, s->module, "start");
  lua_pushboolean(L, s->tty);
  if (term_run_limited(s, 1, 0) != LUA_OK) {
    host_report(L, 1);
    STACK_LEAVE(L, 0);
    return 1;
  }
  if (s->tty) {
    char *banner = call_for_string(s, "banner", 0);
    if (banner) puts(banner);
    free(banner);
  }
  STACK_LEAVE(L, 0);
  return 0;
}

/* Appends line to the pending statement (joined by newlines). Stack: replaces the pending text,
** or pushes it when first. */
static void append_line(lua_State *L, const char *line, int first) {
  if (!first) lua_pushliteral(L, "\n");
  lua_pushstring(L, line);
  lua_concat(L, first ? 1 : 3);
}

/*
** The read-evaluate-print loop proper, until end of input or .quit. Stack: unchanged (the pending
** text is popped when the loop ends).
*/
static void loop(struct session *s) {
  lua_State *L = s->L;
  int pending = 0;
  for (;;) {
    lua_pushboolean(L, pending);
    char *prompt = call_for_string(s, "prompt", 1);
    char *line = NULL;
    int got = term_read_line(prompt ? prompt : (pending ? ">> " : "> "), s->tty, &line);
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
    if (s->tty) history_add(s->history, lua_tostring(L, -1));
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
** Argument 1: the session (light userdata). Raises what cannot be handled. Stack: returns nothing.
*/
static int run_session(lua_State *L) {
  struct session *s = lua_touserdata(L, 1);
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
  if (s->tty) {
    term_setup_readline();
    s->history = call_for_string(s, "history_file", 0);
    if (s->history) {
      mkdirs_parents(s->history, NULL, 0); /* if it fails, the history is not saved */
      history_load(s->history);
    }
  }
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
  term_begin(&s);
  lua_pushcfunction(L, run_session);
  lua_pushlightuserdata(L, &s);
  if (host_pcall(L, 1, 0) != LUA_OK) {
    fflush(stdout);
    host_report(L, LUA_ERRRUN);
    s.status = 1;
  }
  term_end();
  free(s.history);
  lua_settop(L, base);
  return s.status;
}

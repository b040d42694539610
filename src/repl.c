/*
** repl.c — the interactive loop. C owns the terminal (reading lines with readline, history,
** Ctrl-C); Lua (`cica.repl`) owns evaluation and printing: `submit(text)` evaluates a complete
** chunk and answers "incomplete" when the statement needs more lines, or "quit".
** When standard input is not a terminal there is no banner and no prompt, so piped sessions
** print only results.
*/

#include <lauxlib.h>
#include <lua.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef CICA_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

#include "cica.h"
#include "runlimit.h"

static lua_State *running_state; /* for the SIGINT handler */

/* SIGINT while a statement runs: stop it (runlimit_interrupt arms a hook), not the REPL. */
static void on_interrupt(int sig) {
  (void)sig;
  if (running_state) runlimit_interrupt(running_state);
}

/* Reads one line (without its newline) into a malloc'd string; NULL at end of input. */
static char *read_line(const char *prompt, int tty) {
#ifdef CICA_HAVE_READLINE
  if (tty) return readline(prompt);
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
    return NULL;
  }
  if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
  return line;
}

/* Appends line to the pending statement (joined by newlines). Stack: replaces the pending text. */
static void append_line(lua_State *L, const char *line, int first) {
  if (!first) lua_pushliteral(L, "\n");
  lua_pushstring(L, line);
  lua_concat(L, first ? 1 : 3);
}

/*
** Submits the pending text (on top) to repl.submit, with Ctrl-C stopping only this statement.
** Returns submit's answer as a static string: "incomplete", "quit" or "done". Stack: unchanged.
*/
static const char *submit(lua_State *L, int repl_index, int tty) {
  lua_getfield(L, repl_index, "submit");
  lua_pushvalue(L, -2);
  lua_pushboolean(L, tty);
  running_state = L;
  void (*previous)(int) = signal(SIGINT, on_interrupt);
  int status = host_pcall(L, 2, 1);
  signal(SIGINT, previous);
  running_state = NULL;
  const char *answer = "done";
  if (status != LUA_OK) host_report(L, status);
  else {
    const char *s = lua_tostring(L, -1);
    if (s && strcmp(s, "incomplete") == 0) answer = "incomplete";
    else if (s && strcmp(s, "quit") == 0) answer = "quit";
    lua_pop(L, 1);
  }
  runlimit_stop(L);
  return answer;
}

/* Prints the banner from repl.banner(). */
static void print_banner(lua_State *L, int repl_index) {
  lua_getfield(L, repl_index, "banner");
  if (host_pcall(L, 0, 1) == LUA_OK) {
    puts(lua_tostring(L, -1));
    lua_pop(L, 1);
  } else {
    host_report(L, 1);
  }
}

/* Runs the REPL until end of input or .quit. tty: standard input is a terminal. Returns 0. */
int repl_run(lua_State *L, int tty) {
  lua_getglobal(L, "require");
  lua_pushliteral(L, "cica.repl");
  if (host_pcall(L, 1, 1) != LUA_OK) return host_report(L, 1), 1;
  int repl_index = lua_gettop(L);
  if (tty) print_banner(L, repl_index);
  int pending = 0;
  for (;;) {
    char *line = read_line(pending ? ">> " : "> ", tty);
    if (line == NULL) break;
    append_line(L, line, !pending);
    free(line);
    const char *answer = submit(L, repl_index, tty);
    if (strcmp(answer, "incomplete") == 0) {
      pending = 1;
      continue;
    }
#ifdef CICA_HAVE_READLINE
    if (tty && lua_rawlen(L, -1) > 0) add_history(lua_tostring(L, -1));
#endif
    lua_pop(L, 1);
    pending = 0;
    if (strcmp(answer, "quit") == 0) break;
  }
  if (pending) lua_pop(L, 1);
  if (tty) putchar('\n');
  lua_pop(L, 1);
  return 0;
}

/*
** repl.h — what the REPL's C files share (private to them): the session, and the terminal side
** (src/replterm.c: signals, reading lines, Tab completion, running one statement with Ctrl-C
** armed) and the history file (src/history.c) that the loop (src/repl.c) uses.
*/
#ifndef CICA_REPL_H
#define CICA_REPL_H
#include <lua.h>

#ifdef CICA_HAVE_READLINE
#define READLINE_ECHOES_INTERRUPT 1 /* the readline line reader shows "^C" itself */
#else
#define READLINE_ECHOES_INTERRUPT 0
#endif

enum { READ_LINE, READ_EOF, READ_INTERRUPTED };       /* what reading a line gave */

/* One session: what the loop and the callbacks (signals, completion) share. */
struct session {
  lua_State *L;
  int module;       /* stack index of the cica.repl module table */
  int tty;          /* standard input is a terminal */
  double timeout;   /* --timeout seconds for each statement, 0 for none */
  char *history;    /* the history file, or NULL when there is none */
  int status;       /* the exit status repl_run returns */
};

/* replterm.c */
void term_begin(struct session *s);
void term_end(void);
int term_read_line(const char *prompt, int tty, char **out);
int term_run_limited(struct session *s, int nargs, int nresults);
void term_setup_readline(void);

/* history.c (with readline only) */
void history_load(const char *path);
void history_add(const char *path, const char *entry);

#endif

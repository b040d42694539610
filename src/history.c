/*
** history.c — the REPL's history file (with readline only): one entry per line, a multi-line
** statement kept as one entry ('\n' and '\\' escaped), at most HISTORY_MAX entries kept. Where
** the file is comes from the Lua side (cica.repl.history_file, from cica.xdg); src/repl.c creates
** its folder (mkdirs.c) and calls these.
*/
#ifdef CICA_HAVE_READLINE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include <readline/history.h>

#include "repl.h"

#define HISTORY_MAX 1000 /* entries kept in the history file */


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
void history_load(const char *path) {
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
void history_add(const char *path, const char *entry) {
  if (entry[strspn(entry, " \t\n")] == '\0') return;
  HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
  if (last && strcmp(last->line, entry) == 0) return;
  add_history(entry);
  if (path == NULL) return;
  FILE *f = fopen(path, "a");
  if (f == NULL) return;
  history_write_entry(f, entry);
  fclose(f);
}
#else
typedef int history_unused; /* ISO C: a translation unit is not empty */
#endif

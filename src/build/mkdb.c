/*
** cica-mkdb: build tool. Runs the dataset's SQL files in order into an in-memory database, runs the
** validation queries in the checks file (each returns rows of one column `problem`; any row fails
** the build), then writes the database compactly to OUT.db.
**
** usage: cica-mkdb OUT.db FILE.sql... [--checks CHECKS.sql]
** Errors name the file and line: "data/40-statuses.sql:12: near "VALUS": syntax error".
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "searchtext.h"

/* Reads a whole text file into a NUL-terminated heap string; NULL (after perror) on failure. */
static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); return NULL; }
  size_t cap = 65536, len = 0;
  char *s = malloc(cap);
  size_t n;
  while (s && (n = fread(s + len, 1, cap - len - 1, f)) > 0) {
    len += n;
    if (cap - len - 1 == 0) {
      char *t = realloc(s, cap *= 2);
      if (!t) { free(s); s = NULL; }
      else s = t;
    }
  }
  fclose(f);
  if (!s) { fprintf(stderr, "%s: out of memory\n", path); return NULL; }
  s[len] = '\0';
  return s;
}

/* Line number (1-based) of position p within text. */
static int line_of(const char *text, const char *p) {
  int line = 1;
  for (const char *c = text; c < p; c++)
    if (*c == '\n') line++;
  return line;
}

/* Skips white space and SQL comments so a statement's reported line is where its text starts. */
static const char *skip_blank(const char *p) {
  for (;;) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    if (p[0] == '-' && p[1] == '-') { while (*p && *p != '\n') p++; continue; }
    return p;
  }
}

/*
** Runs every statement of a file. With is_check, each statement is a validation query whose rows
** are problems: they are printed and counted. Returns the number of failures (errors or problems).
*/
static int run_file(sqlite3 *db, const char *path, int is_check) {
  char *text = slurp(path);
  if (!text) return 1;
  int failures = 0;
  const char *p = skip_blank(text);
  while (*p) {
    sqlite3_stmt *stmt = NULL;
    const char *tail = NULL;
    if (sqlite3_prepare_v2(db, p, -1, &stmt, &tail) != SQLITE_OK) {
      fprintf(stderr, "%s:%d: %s\n", path, line_of(text, p), sqlite3_errmsg(db));
      failures++;
      break;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (is_check) {
        const unsigned char *problem = sqlite3_column_text(stmt, 0);
        fprintf(stderr, "%s:%d: data check failed: %s\n", path, line_of(text, p),
                problem ? (const char *)problem : "(null)");
        failures++;
      }
    }
    if (rc != SQLITE_DONE) {
      fprintf(stderr, "%s:%d: %s\n", path, line_of(text, p), sqlite3_errmsg(db));
      failures++;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) break;
    p = skip_blank(tail);
  }
  free(text);
  return failures;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fputs("usage: cica-mkdb OUT.db FILE.sql... [--checks CHECKS.sql]\n", stderr);
    return 2;
  }
  const char *out = argv[1];
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    fprintf(stderr, "cica-mkdb: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  /* data/95-search.sql builds the search index with the same tokenizer cica reads it with. */
  if (searchtext_register(db) != SQLITE_OK) {
    fprintf(stderr, "cica-mkdb: cannot register the search tokenizer: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return 1;
  }
  int failures = 0;
  if (sqlite3_exec(db, "PRAGMA foreign_keys = ON; BEGIN", NULL, NULL, NULL) != SQLITE_OK) failures++;
  for (int i = 2; i < argc && !failures; i++) {
    if (strcmp(argv[i], "--checks") == 0) {
      if (i + 1 >= argc) { fputs("cica-mkdb: --checks needs a file\n", stderr); failures++; break; }
      if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) failures++;
      else failures += run_file(db, argv[++i], 1);
      continue;
    }
    failures += run_file(db, argv[i], 0);
  }
  if (sqlite3_get_autocommit(db) == 0 && sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    failures++;
  if (!failures) {
    remove(out);
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(db, "VACUUM INTO ?1", -1, &stmt, NULL) != SQLITE_OK ||
        sqlite3_bind_text(stmt, 1, out, -1, SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_step(stmt) != SQLITE_DONE) {
      fprintf(stderr, "cica-mkdb: %s: %s\n", out, sqlite3_errmsg(db));
      failures++;
    }
    sqlite3_finalize(stmt);
  }
  if (sqlite3_close(db) != SQLITE_OK) failures++;
  if (failures) {
    fprintf(stderr, "cica-mkdb: %d problem%s; dataset not built\n", failures, failures == 1 ? "" : "s");
    remove(out);
    return 1;
  }
  return 0;
}

/*
** Unit tests of the search tokenizer and functions (src/searchtext.c): traditional text and
** queries fold to simplified, one- and two-character Chinese words match, snippets mark the
** original text, bad UTF-8 is survived, cica_tokens shows a query's tokens, cica_rank weighs each
** column by its own length, and the built-in dataset's index can be queried under the read-only
** authorizer.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "searchtext.h"

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

/* Runs one statement that returns nothing; 0 on success. */
static int exec(sqlite3 *db, const char *sql) {
  char *msg = NULL;
  int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
  if (rc != SQLITE_OK) fprintf(stderr, "%s: %s\n", sql, msg ? msg : "?");
  sqlite3_free(msg);
  return rc;
}

/*
** The first column of the first row of sql (with ?1 bound to arg when arg is not NULL), copied
** into buf; "" when there is no row, "ERROR" when the statement fails.
*/
static const char *first(sqlite3 *db, const char *sql, const char *arg, char *buf, size_t size) {
  sqlite3_stmt *stmt = NULL;
  snprintf(buf, size, "ERROR");
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) return buf;
  if (arg) sqlite3_bind_text(stmt, 1, arg, -1, SQLITE_STATIC);
  int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) {
    const unsigned char *v = sqlite3_column_text(stmt, 0);
    snprintf(buf, size, "%s", v ? (const char *)v : "NULL");
  } else if (rc == SQLITE_DONE) {
    snprintf(buf, size, "%s", "");
  }
  sqlite3_finalize(stmt);
  return buf;
}

/* The rowids matching the FTS5 expression expr in table t, as "1,3" ("" for none). */
static const char *matches(sqlite3 *db, const char *expr, char *buf, size_t size) {
  return first(db, "SELECT coalesce(group_concat(rowid), '') FROM (SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid)",
               expr, buf, size);
}

/* A connection with the functions registered, a small fold table and an indexed table t. */
static sqlite3 *open_fixture(int with_fold) {
  sqlite3 *db = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return NULL;
  CHECK(searchtext_register(db) == SQLITE_OK);
  if (with_fold) {
    CHECK(exec(db, "CREATE TABLE search_fold (hant TEXT PRIMARY KEY, hans TEXT NOT NULL);"
                   "INSERT INTO search_fold VALUES ('國', '国'), ('韓', '韩'), ('圖', '图'), ('會', '会')") == 0);
  }
  CHECK(exec(db, "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'cica');"
                 "INSERT INTO t (rowid, a) VALUES (1, '中国'), (2, '亚信第一次峰会'), (3, '阿拉木图文件'),"
                 " (4, 'Almaty Act, 2002'), (5, '韓國'), (6, CAST(X'FFFE20616263E4B8' AS TEXT)),"
                 " (7, 'Nur-Sultan (努爾蘇丹)')") == 0);
  return db;
}

static void test_matching(void) {
  char buf[256];
  sqlite3 *db = open_fixture(1);
  CHECK(strcmp(matches(db, "\"中国\"", buf, sizeof buf), "1") == 0);
  CHECK(strcmp(matches(db, "\"中國\"", buf, sizeof buf), "1") == 0);         /* query folded */
  CHECK(strcmp(matches(db, "\"中\"", buf, sizeof buf), "1") == 0);           /* one character */
  CHECK(strcmp(matches(db, "\"峰会\"", buf, sizeof buf), "2") == 0);         /* two characters */
  CHECK(strcmp(matches(db, "\"峰會\"", buf, sizeof buf), "2") == 0);
  CHECK(strcmp(matches(db, "\"一次峰\"", buf, sizeof buf), "2") == 0);       /* inside a word */
  CHECK(strcmp(matches(db, "\"阿拉木圖\"", buf, sizeof buf), "3") == 0);
  CHECK(strcmp(matches(db, "\"图文\"", buf, sizeof buf), "3") == 0);
  CHECK(strcmp(matches(db, "\"文阿\"", buf, sizeof buf), "") == 0);          /* order matters */
  CHECK(strcmp(matches(db, "\"拉阿\"", buf, sizeof buf), "") == 0);
  CHECK(strcmp(matches(db, "\"韩国\"", buf, sizeof buf), "5") == 0);         /* document folded */
  CHECK(strcmp(matches(db, "\"ALMATY act\"", buf, sizeof buf), "4") == 0);
  CHECK(strcmp(matches(db, "\"2002\"", buf, sizeof buf), "4") == 0);
  CHECK(strcmp(matches(db, "\"abc\"", buf, sizeof buf), "6") == 0);          /* bad UTF-8 skipped */
  CHECK(strcmp(matches(db, "\"nur sultan\"", buf, sizeof buf), "7") == 0);
  CHECK(strcmp(matches(db, "\"努尔苏丹\"", buf, sizeof buf), "") == 0);      /* 尔, 苏 not in this fold table */
  CHECK(strcmp(matches(db, "\"努爾蘇丹\"", buf, sizeof buf), "7") == 0);
  CHECK(strcmp(matches(db, "\"Nur-Sultan\" AND \"努爾\"", buf, sizeof buf), "7") == 0);
  /* snippets mark the original characters, traditional or not */
  CHECK(strcmp(first(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\"韩国\"'", NULL, buf, sizeof buf),
                "[韓國]") == 0);
  CHECK(strcmp(first(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\"图文\"'", NULL, buf, sizeof buf),
                "阿拉木[图文]件") == 0);
  CHECK(strcmp(first(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\"信\"'", NULL, buf, sizeof buf),
                "亚[信]第一次峰会") == 0);
  CHECK(strcmp(first(db, "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH '\"努爾蘇丹\"'", NULL, buf, sizeof buf),
                "Nur-Sultan ([努爾蘇丹])") == 0);
  sqlite3_close(db);
}

static void test_no_fold_table(void) {
  char buf[256];
  sqlite3 *db = open_fixture(0);
  CHECK(strcmp(matches(db, "\"中国\"", buf, sizeof buf), "1") == 0);
  CHECK(strcmp(matches(db, "\"中國\"", buf, sizeof buf), "") == 0);
  sqlite3_close(db);
}

static void test_tokens(void) {
  char buf[256];
  sqlite3 *db = open_fixture(1);
  const char *q = "SELECT cica_tokens(?1)";
  CHECK(strcmp(first(db, q, "阿拉木圖", buf, sizeof buf), "阿拉 拉木 木图 图") == 0);
  CHECK(strcmp(first(db, q, "中", buf, sizeof buf), "中") == 0);
  CHECK(strcmp(first(db, q, "Nur-Sultan 2021", buf, sizeof buf), "nur sultan 2021") == 0);
  CHECK(strcmp(first(db, q, "亚信2010年", buf, sizeof buf), "亚信 信 2010 年") == 0);
  CHECK(strcmp(first(db, q, "!!!", buf, sizeof buf), "") == 0);
  CHECK(strcmp(first(db, q, "，。、《》", buf, sizeof buf), "") == 0);
  CHECK(strcmp(first(db, "SELECT cica_tokens(NULL)", NULL, buf, sizeof buf), "NULL") == 0);
  sqlite3_close(db);
}

/*
** cica_tokens on a result longer than the connection's SQLITE_LIMIT_LENGTH: "string or blob too
** big", exactly at the limit and not one byte before (issue 13, B5: an int size overflowed for an
** 800 MB text and the buffer was freed twice). k characters of Chinese give 7k - 4 bytes.
*/
static void test_tokens_too_big(void) {
  char buf[256], text[3 * 14 + 1];
  sqlite3 *db = open_fixture(0);
  for (int i = 0; i < 14; i++) memcpy(text + 3 * i, "中", 3);
  text[3 * 14] = '\0';
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 94);
  CHECK(strlen(first(db, "SELECT cica_tokens(?1)", text, buf, sizeof buf)) == 94);
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 93);
  CHECK(strcmp(first(db, "SELECT cica_tokens(?1)", text, buf, sizeof buf), "ERROR") == 0);
  CHECK(strcmp(sqlite3_errmsg(db), "string or blob too big") == 0);
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1000000000);
  /* the limit stops the collecting, not only the result: a 3 MB text (within a 3.5 MB limit)
  ** whose 7 MB of tokens are too big takes no 7 MB token buffer first (SQLite's heap statistics) */
  size_t big = 1000000;
  char *huge = malloc(3 * big + 1);
  CHECK(huge != NULL);
  if (huge) {
    for (size_t i = 0; i < big; i++) memcpy(huge + 3 * i, "中", 3);
    huge[3 * big] = '\0';
    CHECK(strcmp(first(db, "SELECT substr(cica_tokens(?1), 1, 5)", huge, buf, sizeof buf), "中中 中中") == 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 3500000);
    sqlite3_int64 before = sqlite3_memory_used();
    sqlite3_memory_highwater(1);
    CHECK(strcmp(first(db, "SELECT cica_tokens(?1)", huge, buf, sizeof buf), "ERROR") == 0);
    CHECK(strcmp(sqlite3_errmsg(db), "string or blob too big") == 0);
    CHECK(sqlite3_memory_highwater(0) - before < 5000000);
    free(huge);
  }
  sqlite3_close(db);
}

static void test_rank(void) {
  char buf[256];
  sqlite3 *db = open_fixture(1);
  /* Row 1's name is short but its notes are long; row 2's name is longer and it has no notes.
     bm25 normalises by the whole row and prefers row 2; cica_rank weighs each column by its own
     length and prefers the record whose name is the word. */
  CHECK(exec(db, "CREATE VIRTUAL TABLE r USING fts5(name, notes, tokenize = 'cica');"
                 "INSERT INTO r (rowid, name, notes) VALUES"
                 " (1, '中国', 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen'),"
                 " (2, '亚信主席国 中国', '')") == 0);
  CHECK(strcmp(first(db, "SELECT rowid FROM r WHERE r MATCH '\"中国\"' ORDER BY bm25(r, 10, 1)", NULL, buf, sizeof buf),
                "2") == 0);
  CHECK(strcmp(first(db, "SELECT rowid FROM r WHERE r MATCH '\"中国\"' ORDER BY cica_rank(r, 10, 1) DESC", NULL, buf,
                     sizeof buf), "1") == 0);
  CHECK(strcmp(first(db, "SELECT cica_rank(r) > 0 FROM r WHERE r MATCH '\"中国\"'", NULL, buf, sizeof buf), "1") == 0);
  sqlite3_close(db);
}

static void test_dataset(void) {
  struct db_dataset ds;
  struct db_error err;
  CHECK(db_open_dataset(&ds, NULL, &err) == 0);
  const char *sql = "SELECT id FROM search WHERE search MATCH '\"韓國\"' AND kind = 'entity'";
  sqlite3_stmt *stmt = NULL;
  CHECK(db_prepare_dataset(&ds, sql, strlen(sql), &stmt, &err) == 0);
  CHECK(stmt && sqlite3_step(stmt) == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(stmt, 0), "KR") == 0);
  sqlite3_finalize(stmt);
  db_close(ds.db);
}

int main(void) {
  test_matching();
  test_no_fold_table();
  test_tokens();
  test_tokens_too_big();
  test_rank();
  test_dataset();
  printf("%d checks, %d failed\n", checks, failures);
  return failures ? 1 : 0;
}

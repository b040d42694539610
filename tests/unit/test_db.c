/*
** Unit tests of the database layer (src/db.c) and the bindings (src/lcore.c, src/lstate.c):
** the embedded dataset opens and is read-only by every route, state files refuse foreign files
** and never write to them, and the bindings convert values exactly.
*/
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cica.h"
#include "db.h"

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

/* Prepares sql against ds; returns 0 on success, else -1 with the message in err. */
static int prepare(struct db_dataset *ds, const char *sql, struct db_error *err) {
  sqlite3_stmt *stmt = NULL;
  int rc = db_prepare_dataset(ds, sql, strlen(sql), &stmt, err);
  sqlite3_finalize(stmt);
  return rc;
}

/* Runs a one-value query through the dataset's guard; returns SQLite's step code (or -1 when
** preparing failed, with the reason in err). */
static int step_once(struct db_dataset *ds, const char *sql, struct db_error *err) {
  sqlite3_stmt *stmt = NULL;
  if (db_prepare_dataset(ds, sql, strlen(sql), &stmt, err) != 0) return -1;
  int rc = sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return rc;
}

/*
** Every SQL function SQLite offers on the dataset connection has been decided: allowed (it runs)
** or refused by name. A function a newer SQLite adds fails this test until it is decided in
** src/db.c and docs/security.md.
*/
static void test_function_allow_list(void) {
  static const char *const refused[] = {
    "fts3_tokenizer", "load_extension", "fts5", "matchinfo", "offsets", "optimize", "rtreecheck",
    "rtreedepth", "rtreenode", "sqlite_log", "changes", "total_changes", "last_insert_rowid",
    "subtype", NULL};
  struct db_dataset ds;
  struct db_error err;
  CHECK(db_open_dataset(&ds, NULL, &err) == 0);
  sqlite3_stmt *list = NULL;
  CHECK(sqlite3_prepare_v2(ds.db, "SELECT name, max(narg) FROM pragma_function_list GROUP BY name", -1, &list,
                           NULL) == SQLITE_OK);
  int decided = 0;
  while (list && sqlite3_step(list) == SQLITE_ROW) {
    const char *name = (const char *)sqlite3_column_text(list, 0);
    int is_refused = 0;
    for (int i = 0; refused[i]; i++) is_refused |= strcmp(refused[i], name) == 0;
    char sql[256], expected[160];
    /* NULL arguments, as many as the function takes: enough for the authorizer */
    int narg = sqlite3_column_int(list, 1);
    int n = snprintf(sql, sizeof sql, "SELECT \"%s\"(", name);
    for (int i = 0; i < (narg < 0 ? 1 : narg) && n < 200; i++) n += snprintf(sql + n, sizeof sql - (size_t)n, i ? ", NULL" : "NULL");
    snprintf(sql + n, sizeof sql - (size_t)n, ")");
    snprintf(expected, sizeof expected, "the SQL function %s() is not allowed", name);
    if (strcmp(name, "->") == 0 || strcmp(name, "->>") == 0) continue; /* operators */
    int rc = prepare(&ds, sql, &err);
    int denied = rc != 0 && strcmp(err.message, expected) == 0;
    if (denied != is_refused) fprintf(stderr, "function %s: %s\n", name, rc ? err.message : "allowed");
    CHECK(denied == is_refused);
    decided++;
  }
  sqlite3_finalize(list);
  CHECK(decided > 100);
  CHECK(step_once(&ds, "SELECT hex(fts3_tokenizer('simple')) AS p", &err) == -1);
  CHECK(strcmp(err.message, "the SQL function fts3_tokenizer() is not allowed") == 0);
  /* and the connection refuses it even without the authorizer */
  sqlite3_set_authorizer(ds.db, NULL, NULL);
  CHECK(sqlite3_exec(ds.db, "SELECT fts3_tokenizer('x', X'0000000000000000')", NULL, NULL, NULL) != SQLITE_OK);
  db_close(ds.db);
}

/* Only the fts5 and JSON modules are reachable; the MATCH bound holds. */
static void test_modules_and_match_bound(void) {
  struct db_dataset ds;
  struct db_error err;
  CHECK(db_open_dataset(&ds, NULL, &err) == 0);
  CHECK(step_once(&ds, "SELECT count(*) FROM json_each('[1,2]')", &err) == SQLITE_ROW);
  CHECK(step_once(&ds, "SELECT count(*) FROM dbstat", &err) == -1);
  CHECK(strcmp(err.message, "no such table: dbstat") == 0);
  CHECK(step_once(&ds, "SELECT count(*) FROM sqlite_stmt", &err) == -1);
  CHECK(step_once(&ds, "SELECT count(*) FROM search WHERE search MATCH 'a NOT b'", &err) == SQLITE_ROW);
  size_t n = 10001, len = 0;
  char *sql = malloc(64 + 6 * n);
  CHECK(sql != NULL);
  if (!sql) return;
  len += (size_t)sprintf(sql, "SELECT count(*) FROM search WHERE search MATCH '");
  for (size_t i = 0; i < n; i++) len += (size_t)sprintf(sql + len, "a NOT ");
  sprintf(sql + len, "b'");
  CHECK(step_once(&ds, sql, &err) == SQLITE_TOOBIG);
  CHECK(strcmp(db_errmsg(ds.db), "full-text MATCH expression too large (more than 10000 phrases "
                                 "in one statement)") == 0);
  /* the next statement starts with a fresh count */
  CHECK(step_once(&ds, "SELECT count(*) FROM search WHERE search MATCH 'a'", &err) == SQLITE_ROW);
  CHECK(strcmp(db_errmsg(ds.db), "not an error") == 0);
  free(sql);
  db_close(ds.db);
}

static void test_embedded_dataset(void) {
  struct db_dataset ds;
  struct db_error err;
  CHECK(db_open_dataset(&ds, NULL, &err) == 0);
  CHECK(prepare(&ds, "SELECT count(*) FROM entities", &err) == 0);
  CHECK(prepare(&ds, "CREATE TABLE x(a)", &err) == -1);
  CHECK(strcmp(err.message, "the dataset is read-only") == 0);
  CHECK(prepare(&ds, "CREATE TEMP TABLE x(a)", &err) == -1);
  CHECK(prepare(&ds, "ATTACH ':memory:' AS other", &err) == -1);
  CHECK(strcmp(err.message, "ATTACH is not allowed: the dataset is read-only") == 0);
  CHECK(prepare(&ds, "PRAGMA user_version = 7", &err) == -1);
  CHECK(prepare(&ds, "PRAGMA user_version", &err) == 0);
  CHECK(prepare(&ds, "PRAGMA table_info(entities)", &err) == 0);
  CHECK(prepare(&ds, "SELECT load_extension('x')", &err) == -1);
  CHECK(strcmp(err.message, "the SQL function load_extension() is not allowed") == 0);
  CHECK(prepare(&ds, "SELECT 1; SELECT 2", &err) == -1);
  CHECK(strcmp(err.message, "only one SQL statement at a time") == 0);
  CHECK(prepare(&ds, "SELECT 1; -- trailing comment\n", &err) == 0);
  CHECK(prepare(&ds, "   ", &err) == -1);
  CHECK(strcmp(err.message, "empty SQL statement") == 0);
  /* Even a direct write through the connection fails: the image is deserialised read-only. */
  sqlite3_set_authorizer(ds.db, NULL, NULL);
  CHECK(sqlite3_exec(ds.db, "INSERT INTO meta VALUES ('k', 'v')", NULL, NULL, NULL) != SQLITE_OK);
  db_close(ds.db);
}

static void test_dataset_file_checks(void) {
  struct db_dataset ds;
  struct db_error err;
  CHECK(db_open_dataset(&ds, "/nonexistent/cica.db", &err) == -1);
  CHECK(strcmp(err.message, "/nonexistent/cica.db: No such file or directory") == 0);
  char path[] = "/tmp/cica-unit-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  CHECK(write(fd, "not a database at all, but long enough to look like one....", 60) == 60);
  close(fd);
  CHECK(db_open_dataset(&ds, path, &err) == -1);
  char want[128];
  snprintf(want, sizeof want, "%s: file is not a database", path);
  CHECK(strcmp(err.message, want) == 0);
  unlink(path);
  /* a FIFO is refused without being opened (opening it for reading would wait for a writer) */
  CHECK(mkfifo(path, 0600) == 0);
  CHECK(db_open_dataset(&ds, path, &err) == -1);
  snprintf(want, sizeof want, "%s: is a named pipe (FIFO), not a dataset file", path);
  CHECK(strcmp(err.message, want) == 0);
  unlink(path);
}

static void test_state_files(void) {
  char dir[] = "/tmp/cica-unit-state-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char path[256], foreign[256];
  snprintf(path, sizeof path, "%s/sub/dir/state.db", dir);
  struct db_error err;
  sqlite3 *db = NULL;
  CHECK(db_open_state(&db, path, &err) == 0); /* creates the folders */
  CHECK(sqlite3_exec(db, "CREATE TABLE t(a); INSERT INTO t VALUES (1)", NULL, NULL, NULL) == SQLITE_OK);
  db_close(db);
  CHECK(db_open_state(&db, path, &err) == 0); /* reopens its own file */
  db_close(db);
  /* A text file is refused and left exactly as it was. */
  snprintf(foreign, sizeof foreign, "%s/notes.txt", dir);
  FILE *f = fopen(foreign, "w");
  fputs("this is not a database", f);
  fclose(f);
  CHECK(db_open_state(&db, foreign, &err) == -1);
  f = fopen(foreign, "r");
  char content[64] = "";
  CHECK(fgets(content, sizeof content, f) != NULL);
  fclose(f);
  CHECK(strcmp(content, "this is not a database") == 0);
  /* Another program's SQLite database is refused too. */
  snprintf(foreign, sizeof foreign, "%s/other.db", dir);
  CHECK(sqlite3_open(foreign, &db) == SQLITE_OK);
  CHECK(sqlite3_exec(db, "CREATE TABLE theirs(x)", NULL, NULL, NULL) == SQLITE_OK);
  sqlite3_close(db);
  CHECK(db_open_state(&db, foreign, &err) == -1);
  CHECK(strstr(err.message, "not a cica state file") != NULL);
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  CHECK(system(cmd) == 0);
}

/* Size of a file in bytes, or -1. */
static long file_size(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fclose(f);
  return n;
}

/*
** Read-only opens: a private writable copy in memory, the file never changed; another program's
** file refused; a truncated file reported as damaged by both opens; a missing file not created.
*/
static void test_state_files_readonly(void) {
  char dir[] = "/tmp/cica-unit-ro-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char path[256], cut[256], cmd[600];
  snprintf(path, sizeof path, "%s/state.db", dir);
  struct db_error err;
  sqlite3 *db = NULL;
  CHECK(db_open_state_readonly(&db, path, &err) == -1); /* missing: not created */
  CHECK(access(path, F_OK) != 0);
  CHECK(db_open_state(&db, path, &err) == 0);
  CHECK(sqlite3_exec(db, "CREATE TABLE t(a); INSERT INTO t VALUES (1)", NULL, NULL, NULL) == SQLITE_OK);
  db_close(db);
  long before = file_size(path);
  CHECK(db_open_state_readonly(&db, path, &err) == 0);
  CHECK(sqlite3_exec(db, "INSERT INTO t VALUES (2); DELETE FROM t WHERE a = 1", NULL, NULL, NULL) == SQLITE_OK);
  db_close(db);
  CHECK(file_size(path) == before);
  CHECK(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  sqlite3_stmt *stmt = NULL;
  CHECK(sqlite3_prepare_v2(db, "SELECT group_concat(a) FROM t", -1, &stmt, NULL) == SQLITE_OK);
  CHECK(sqlite3_step(stmt) == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(stmt, 0), "1") == 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  /* The first 50 bytes of a state file: damaged, by either open, and left as it was. */
  snprintf(cut, sizeof cut, "%s/cut.db", dir);
  snprintf(cmd, sizeof cmd, "head -c 50 '%s' > '%s'", path, cut);
  CHECK(system(cmd) == 0);
  char want[512];
  snprintf(want, sizeof want, "%s: damaged: database disk image is malformed", cut);
  CHECK(db_open_state_readonly(&db, cut, &err) == -1);
  CHECK(strcmp(err.message, want) == 0);
  CHECK(db_open_state(&db, cut, &err) == -1);
  CHECK(strcmp(err.message, want) == 0);
  CHECK(file_size(cut) == 50);
  /* Another program's database is refused. */
  snprintf(cut, sizeof cut, "%s/other.db", dir);
  CHECK(sqlite3_open(cut, &db) == SQLITE_OK);
  CHECK(sqlite3_exec(db, "CREATE TABLE theirs(x)", NULL, NULL, NULL) == SQLITE_OK);
  sqlite3_close(db);
  CHECK(db_open_state_readonly(&db, cut, &err) == -1);
  snprintf(want, sizeof want, "%s: not a cica state file (it belongs to another program)", cut);
  CHECK(strcmp(err.message, want) == 0);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  CHECK(system(cmd) == 0);
}

/* Eight processes create the same new state file at once: every one must get it. */
static void test_state_file_race(void) {
  char dir[] = "/tmp/cica-unit-race-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char path[256];
  snprintf(path, sizeof path, "%s/quiz.db", dir);
  pid_t children[8];
  for (int i = 0; i < 8; i++) {
    children[i] = fork();
    if (children[i] == 0) {
      struct db_error err;
      sqlite3 *db = NULL;
      int ok = db_open_state(&db, path, &err) == 0 &&
               sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS t(a)", NULL, NULL, NULL) == SQLITE_OK;
      if (!ok) fprintf(stderr, "child %d: %s\n", i, err.message);
      db_close(db);
      _exit(ok ? 0 : 1);
    }
  }
  for (int i = 0; i < 8; i++) {
    int status = 0;
    CHECK(waitpid(children[i], &status, 0) == children[i]);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  CHECK(system(cmd) == 0);
}

/* Runs Lua code in a fresh host state; returns its single string result (static buffer). */
static const char *lua_result(const char *code) {
  static char out[256];
  struct host_options opt = {.lang = "en"};
  lua_State *L = host_new(&opt);
  if (!L) return "(no state)";
  int status = host_load_string(L, code, strlen(code), "=test");
  if (status == LUA_OK) status = host_pcall(L, 0, 1);
  const char *s = lua_tostring(L, -1);
  snprintf(out, sizeof out, "%s%s", status == LUA_OK ? "" : "error: ", s ? s : "(nil)");
  if (status != LUA_OK) {
    char *nl = strchr(out, '\n');
    if (nl) *nl = '\0';
  }
  lua_close(L);
  return out;
}

static void test_bindings(void) {
  CHECK(strcmp(lua_result("return math.type(cica.query('select 2 as n')[1].n)"), "integer") == 0);
  CHECK(strcmp(lua_result("return math.type(cica.query('select 2.0 as n')[1].n)"), "float") == 0);
  CHECK(strcmp(lua_result("return tostring(cica.query('select null as n')[1].n)"), "nil") == 0);
  CHECK(strcmp(lua_result("return cica.query('select :x || ?2 as s', {x = 'a', [2] = 'b'})[1].s"), "ab") == 0);
  CHECK(strcmp(lua_result("local n = 0 for a, b in cica.each('select 1, 2') do n = a + b end return n"), "3") == 0);
  CHECK(strcmp(lua_result("return cica.query('create table x(a)')"),
               "error: test:1: cica.query: the dataset is read-only") == 0);
  CHECK(strcmp(lua_result("return cica.find('kz').name"), "Kazakhstan") == 0);
  CHECK(strcmp(lua_result(
    "local s = require 'cica.state' local db = s.open(os.tmpname() .. '.d/x.db') "
    "db:exec('create table t(a)') db:exec('insert into t values (?)', 5) "
    "local v = db:query('select a from t')[1].a db:close() return v"), "5") == 0);
  CHECK(strcmp(lua_result("local p = os.tmpname() local f = io.open(p, 'w') f:write(('text '):rep(40)) f:close() "
                          "local db, err = require('cica.state').open(p) os.remove(p) "
                          "return tostring(db) .. ' ' .. err:gsub('^.*: ', '')"), "nil file is not a database") == 0);
}

int main(void) {
  test_embedded_dataset();
  test_function_allow_list();
  test_modules_and_match_bound();
  test_dataset_file_checks();
  test_state_files();
  test_state_files_readonly();
  for (int round = 0; round < 5; round++) test_state_file_race();
  test_bindings();
  printf("%d checks, %d passed, %d failed\n", checks, checks - failures, failures);
  return failures != 0;
}

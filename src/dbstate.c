/*
** dbstate.c — cica's own writable state files (the quiz history): SQLite only, no Lua. A file is
** opened only when it is cica's (PRAGMA application_id, CICA_STATE_APPLICATION_ID) or a new empty
** one, which is then claimed; another program's database or a damaged file is refused and never
** written to. Readers get a private in-memory copy (db_open_state_readonly). The guarded,
** read-only dataset is src/db.c.
*/
#include "db.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "mkdirs.h"

/* Creates the parent directories of path (like mkdir -p on its dirname). Returns 0 or -1. */
static int make_parents(const char *path, struct db_error *err) {
  char dir[4096] = "";
  if (strlen(path) >= sizeof dir) {
    db_set_error(err, "%s: path too long", path);
    return -1;
  }
  if (mkdirs_parents(path, dir, sizeof dir) != 0) {
    db_set_error(err, "%s: cannot create directory %s: %s", path, dir, strerror(errno));
    return -1;
  }
  return 0;
}

/* Reads PRAGMA application_id, or -1 (with err set) if the file is not a readable database. */
static long read_application_id(sqlite3 *db, const char *path, struct db_error *err) {
  sqlite3_stmt *stmt = NULL;
  long id = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    id = (long)sqlite3_column_int64(stmt, 0);
  else
    db_set_error(err, "%s: %s", path, sqlite3_errmsg(db));
  sqlite3_finalize(stmt);
  return id;
}

/* Counts the tables in a database (to tell a new empty file from someone else's database). */
static int count_tables(sqlite3 *db) {
  sqlite3_stmt *stmt = NULL;
  int n = -1;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    n = sqlite3_column_int(stmt, 0);
  sqlite3_finalize(stmt);
  return n;
}

/*
** Sets err to "<path>: damaged: <SQLite's message>": a file that starts like SQLite but whose
** schema cannot be read (truncated, overwritten), as opposed to another program's database.
*/
static void set_damaged(sqlite3 *db, const char *path, struct db_error *err) {
  db_set_error(err, "%s: damaged: %s", path, sqlite3_errmsg(db));
}

/*
** Makes sure the file at db is cica's: its application id is ours, or it is a new empty file,
** which is then marked as ours. The look and the mark happen in one write transaction, so two
** sessions creating the same file at once cannot take each other's tables for a stranger's.
** Returns 0, or -1 with err set (another program's database, a damaged file, or SQLite's error).
*/
static int claim_state_file(sqlite3 *db, const char *path, struct db_error *err) {
  if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
    db_set_error(err, "%s: %s", path, sqlite3_errmsg(db));
    return -1;
  }
  long app = read_application_id(db, path, err);
  int ok = app == CICA_STATE_APPLICATION_ID;
  int tables = !ok && app == 0 ? count_tables(db) : 0;
  if (tables < 0) {
    set_damaged(db, path, err);
  } else if (!ok && app == 0 && tables == 0) {
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA application_id = %d", CICA_STATE_APPLICATION_ID);
    ok = sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK;
    if (!ok) db_set_error(err, "%s: %s", path, sqlite3_errmsg(db));
  } else if (!ok && app >= 0) {
    db_set_error(err, "%s: not a cica state file (it belongs to another program)", path);
  }
  if (sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK && ok) {
    db_set_error(err, "%s: %s", path, sqlite3_errmsg(db));
    ok = 0;
  }
  return ok ? 0 : -1;
}

/*
** Puts a state file in WAL mode (readers and one writer at once). Switching needs a lock that
** SQLite may refuse at once, without waiting, when another session holds one (to avoid a
** deadlock): a refusal is retried for up to about five seconds, as the busy timeout would. Where
** the mode stays another (a file system without shared memory), the rollback journal is kept:
** sessions then take turns through the busy timeout. Returns 0, or -1 with err set.
*/
static int use_wal(sqlite3 *db, const char *path, struct db_error *err) {
  for (int attempt = 0;; attempt++) {
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
    const unsigned char *mode = rc == SQLITE_ROW ? sqlite3_column_text(stmt, 0) : NULL;
    int wal = mode && sqlite3_stricmp((const char *)mode, "wal") == 0;
    sqlite3_finalize(stmt);
    if (wal || (rc == SQLITE_ROW && attempt >= 20)) return 0;
    if (rc != SQLITE_ROW && ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt >= 500)) {
      db_set_error(err, "%s: %s", path, sqlite3_errmsg(db));
      return -1;
    }
    sqlite3_sleep(10);
  }
}

/*
** Opens (creating it and its folders if missing) one of cica's own writable state files. A file
** that is not SQLite, or is another program's database, is refused and never written to.
** Concurrent sessions wait for each other (busy timeout) rather than fail. Returns 0 or -1.
*/
int db_open_state(sqlite3 **out, const char *path, struct db_error *err) {
  *out = NULL;
  if (make_parents(path, err) != 0) return -1;
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           NULL);
  if (rc != SQLITE_OK) {
    db_set_error(err, "%s: %s", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    db_close(db);
    return -1;
  }
  sqlite3_busy_timeout(db, 5000);
  if (read_application_id(db, path, err) < 0 || claim_state_file(db, path, err) != 0) {
    db_close(db);
    return -1;
  }
  if (use_wal(db, path, err) != 0) {
    db_close(db);
    return -1;
  }
  *out = db;
  return 0;
}

/*
** Percent-encodes path into a "file:" URI with the given query (for SQLITE_OPEN_URI). Returns 0,
** or -1 with err set when it does not fit.
*/
static int file_uri(char *out, size_t size, const char *path, const char *query, struct db_error *err) {
  size_t n = 0;
  /* an absolute path gets an empty authority, so that "//x/y" is not read as host "x" */
  int w = snprintf(out, size, path[0] == '/' ? "file://" : "file:");
  if (w < 0) return -1;
  n = (size_t)w;
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (n + 4 >= size) break;
    if (*p == '%' || *p == '?' || *p == '#') n += (size_t)snprintf(out + n, size - n, "%%%02X", *p);
    else out[n++] = (char)*p;
  }
  if (n + strlen(query) + 2 > size) {
    db_set_error(err, "%s: path too long", path);
    return -1;
  }
  snprintf(out + n, size - n, "?%s", query);
  return 0;
}

/*
** Opens an existing state file read-only and copies it into a private in-memory database, which
** is returned in *out: reading the history (quiz stats, --print) then never writes the file or
** its folder, and an old layout can be migrated in the copy. A file in a read-only folder is
** opened immutable when its WAL index cannot be created there. The file must be cica's (or an
** empty database); another program's database, a damaged file or SQLite's error set err.
** Returns 0 or -1.
*/
int db_open_state_readonly(sqlite3 **out, const char *path, struct db_error *err) {
  *out = NULL;
  sqlite3 *file = NULL, *mem = NULL;
  char uri[4200];
  long app = -1;
  for (int immutable = 0; immutable <= 1; immutable++) {
    if (file_uri(uri, sizeof uri, path, immutable ? "mode=ro&immutable=1" : "mode=ro", err) != 0) return -1;
    int rc = sqlite3_open_v2(uri, &file, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc == SQLITE_OK) {
      sqlite3_busy_timeout(file, 5000);
      app = read_application_id(file, path, err);
      if (app >= 0) break;
      rc = sqlite3_errcode(file);
    } else {
      db_set_error(err, "%s: %s", path, file ? sqlite3_errmsg(file) : sqlite3_errstr(rc));
    }
    db_close(file);
    file = NULL;
    if (rc != SQLITE_CANTOPEN) return -1; /* only a WAL index that cannot be made is retried */
  }
  if (file == NULL) return -1;
  int tables = app == CICA_STATE_APPLICATION_ID ? 0 : count_tables(file);
  if (tables < 0) {
    set_damaged(file, path, err);
    db_close(file);
    return -1;
  }
  if (app != CICA_STATE_APPLICATION_ID && (app != 0 || tables != 0)) {
    db_set_error(err, "%s: not a cica state file (it belongs to another program)", path);
    db_close(file);
    return -1;
  }
  int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_backup *b = sqlite3_backup_init(mem, "main", file, "main");
    if (b == NULL) {
      rc = sqlite3_errcode(mem);
      db_set_error(err, "%s: %s", path, sqlite3_errmsg(mem));
    } else {
      rc = sqlite3_backup_step(b, -1);
      int done = sqlite3_backup_finish(b);
      if (rc == SQLITE_DONE) rc = done;
      if (rc != SQLITE_OK) db_set_error(err, "%s: %s", path, rc == SQLITE_CORRUPT ? "damaged: database disk image is malformed" : sqlite3_errstr(rc));
    }
  } else {
    db_set_error(err, "%s: %s", path, mem ? sqlite3_errmsg(mem) : sqlite3_errstr(rc));
  }
  db_close(file);
  if (rc != SQLITE_OK) {
    db_close(mem);
    return -1;
  }
  *out = mem;
  return 0;
}

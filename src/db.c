/*
** db.c — SQLite only. The dataset is always read-only: the embedded image is deserialised with
** SQLITE_DESERIALIZE_READONLY, a --db file is opened SQLITE_OPEN_READONLY, an authorizer refuses
** every action that could write or reach outside (ATTACH, setting PRAGMAs, load_extension), and a
** statement that would write is refused before it runs. cica is single-threaded, so connections
** are opened SQLITE_OPEN_NOMUTEX: Debian's SQLite otherwise takes a mutex on every step and column.
*/
#include "db.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "embedded.h"
#include "searchtext.h"

/* Formats a message into err. */
static void set_error(struct db_error *err, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
}

/* PRAGMAs that only describe the schema; allowed with or without an argument. */
static const char *const introspection_pragmas[] = {
  "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
  "foreign_key_list", "function_list", "pragma_list", "compile_options", "collation_list",
  "module_list", "database_list", NULL};
/* PRAGMAs that read a value; allowed only without an argument (with one, they would set it). */
static const char *const value_pragmas[] = {
  "user_version", "schema_version", "application_id", "page_count", "page_size", "encoding",
  "freelist_count", "data_version", NULL};

/* Whether name is in a NULL-terminated list (case-insensitive, as SQLite treats PRAGMA names). */
static int in_list(const char *const *list, const char *name) {
  for (; *list; list++)
    if (sqlite3_stricmp(*list, name) == 0) return 1;
  return 0;
}

/* The dataset's authorizer: reading is allowed; anything else is refused with a reason. */
static int dataset_authorizer(void *ud, int action, const char *a1, const char *a2, const char *db,
                              const char *trigger) {
  struct db_dataset *ds = ud;
  (void)db;
  (void)trigger;
  switch (action) {
  case SQLITE_SELECT: case SQLITE_READ: case SQLITE_RECURSIVE:
  case SQLITE_TRANSACTION: case SQLITE_SAVEPOINT:
    return SQLITE_OK;
  case SQLITE_FUNCTION:
    if (a2 && sqlite3_stricmp(a2, "load_extension") == 0) {
      ds->denied = "load_extension is not allowed";
      return SQLITE_DENY;
    }
    return SQLITE_OK;
  case SQLITE_PRAGMA:
    if (in_list(introspection_pragmas, a1) || (a2 == NULL && in_list(value_pragmas, a1)))
      return SQLITE_OK;
    ds->denied = "this PRAGMA is not allowed: the dataset is read-only";
    return SQLITE_DENY;
  case SQLITE_ATTACH: case SQLITE_DETACH:
    ds->denied = "ATTACH is not allowed: the dataset is read-only";
    return SQLITE_DENY;
  case SQLITE_UPDATE:
    /* The first use of a virtual table on a connection — the FTS5 `search` table, json_each,
    ** pragma_table_info — asks for an UPDATE of sqlite_master while declaring its columns, and
    ** writes nothing. A user's UPDATE of it is refused all the same: db_prepare_dataset refuses
    ** any statement that would write, and the database is read-only to SQLite itself. */
    if (a1 && (sqlite3_stricmp(a1, "sqlite_master") == 0 || sqlite3_stricmp(a1, "sqlite_schema") == 0))
      return SQLITE_OK;
    ds->denied = "the dataset is read-only";
    return SQLITE_DENY;
  default:
    ds->denied = "the dataset is read-only";
    return SQLITE_DENY;
  }
}

/* Checks that an opened --db file is a cica dataset of this schema version. */
static int check_dataset_file(struct db_dataset *ds, const char *path, struct db_error *err) {
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2(ds->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1,
                              &stmt, NULL);
  if (rc != SQLITE_OK) {
    if (strstr(sqlite3_errmsg(ds->db), "no such table"))
      set_error(err, "%s: not a cica dataset (it has no meta table)", path);
    else
      set_error(err, "%s: %s", path, sqlite3_errmsg(ds->db));
    return -1;
  }
  rc = sqlite3_step(stmt);
  const unsigned char *version = rc == SQLITE_ROW ? sqlite3_column_text(stmt, 0) : NULL;
  int ok = version && strcmp((const char *)version, CICA_SCHEMA_VERSION) == 0;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    set_error(err, "%s: %s", path, sqlite3_errmsg(ds->db));
  else if (!ok)
    set_error(err, "%s: dataset schema version %s, this cica reads version %s", path,
              version ? (const char *)version : "(none)", CICA_SCHEMA_VERSION);
  sqlite3_finalize(stmt);
  return ok ? 0 : -1;
}

/*
** Writes "file:PATH?immutable=1" into uri, percent-encoding the path. immutable=1 tells SQLite the
** file cannot change, so it takes no locks and never creates -wal or -shm files beside a --db file
** (a WAL-mode file would otherwise get both). Returns 0, or -1 if uri is too small.
*/
static int immutable_uri(const char *path, char *uri, size_t size) {
  static const char hex[] = "0123456789ABCDEF";
  size_t n = 0;
  const char *head = "file:", *tail = "?immutable=1";
  if (strlen(head) + 3 * strlen(path) + strlen(tail) + 1 > size) return -1;
  for (const char *c = head; *c; c++) uri[n++] = *c;
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
        *p == '/' || *p == '.' || *p == '-' || *p == '_' || *p == '~') {
      uri[n++] = (char)*p;
    } else {
      uri[n++] = '%';
      uri[n++] = hex[*p >> 4];
      uri[n++] = hex[*p & 15];
    }
  }
  for (const char *c = tail; *c; c++) uri[n++] = *c;
  uri[n] = '\0';
  return 0;
}

/*
** Opens the dataset read-only into ds: the embedded image when path is NULL, else the file at path
** (which must exist and carry a matching schema version). Returns 0, or -1 with err set.
*/
int db_open_dataset(struct db_dataset *ds, const char *path, struct db_error *err) {
  ds->db = NULL;
  ds->denied = NULL;
  struct stat st;
  if (path && stat(path, &st) != 0) {
    set_error(err, "%s: %s", path, strerror(errno));
    return -1;
  }
  if (path && S_ISDIR(st.st_mode)) {
    set_error(err, "%s: is a directory, not a dataset file", path);
    return -1;
  }
  char uri[3 * 4096 + 32];
  if (path && immutable_uri(path, uri, sizeof uri) != 0) {
    set_error(err, "%s: path too long", path);
    return -1;
  }
  int flags = SQLITE_OPEN_NOMUTEX | (path ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI : SQLITE_OPEN_READWRITE);
  int rc = sqlite3_open_v2(path ? uri : ":memory:", &ds->db, flags, NULL);
  if (rc == SQLITE_OK && !path)
    rc = sqlite3_deserialize(ds->db, "main", (unsigned char *)cica_dataset_image,
                             (sqlite3_int64)cica_dataset_size, (sqlite3_int64)cica_dataset_size,
                             SQLITE_DESERIALIZE_READONLY);
  if (rc == SQLITE_OK) rc = searchtext_register(ds->db);   /* cica.search's tokenizer */
  if (rc != SQLITE_OK) {
    set_error(err, "%s: %s", path ? path : "built-in dataset", sqlite3_errmsg(ds->db));
    db_close(ds->db);
    ds->db = NULL;
    return -1;
  }
  sqlite3_limit(ds->db, SQLITE_LIMIT_ATTACHED, 0);
  sqlite3_db_config(ds->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config(ds->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  if (path && check_dataset_file(ds, path, err) != 0) {
    db_close(ds->db);
    ds->db = NULL;
    return -1;
  }
  /* The search table is connected on its first use (db_prepare_dataset): connecting it here
  ** would make SQLite parse the whole schema at start-up, even for a script that never
  ** queries the dataset. */
  sqlite3_set_authorizer(ds->db, dataset_authorizer, ds);
  return 0;
}

/* Whether the rest of a SQL text is only blanks, semicolons and comments. */
static int only_blank(const char *p, const char *end) {
  while (p < end) {
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ';') p++;
    else if (p + 1 < end && p[0] == '-' && p[1] == '-') { while (p < end && *p != '\n') p++; }
    else if (p + 1 < end && p[0] == '/' && p[1] == '*') {
      const char *close = strstr(p + 2, "*/");
      if (!close || close >= end) return 1;
      p = close + 2;
    } else return 0;
  }
  return 1;
}

/*
** Prepares one statement of sql (len bytes) on db. A second statement after the first is an error,
** so that "SELECT …; DROP …" cannot hide its tail. Returns 0, or -1 with err set.
*/
int db_prepare_one(sqlite3 *db, const char *sql, size_t len, sqlite3_stmt **stmt,
                   struct db_error *err) {
  const char *tail = NULL;
  *stmt = NULL;
  if (memchr(sql, '\0', len)) {
    set_error(err, "SQL text contains a NUL byte");
    return -1;
  }
  if (len > (size_t)sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, -1)) {
    set_error(err, "SQL text is too long (%zu bytes)", len);
    return -1;
  }
  if (sqlite3_prepare_v2(db, sql, (int)len, stmt, &tail) != SQLITE_OK) {
    set_error(err, "%s", sqlite3_errmsg(db));
    return -1;
  }
  if (*stmt == NULL) {
    set_error(err, "empty SQL statement");
    return -1;
  }
  if (!only_blank(tail, sql + len)) {
    sqlite3_finalize(*stmt);
    *stmt = NULL;
    set_error(err, "only one SQL statement at a time");
    return -1;
  }
  return 0;
}

/*
** Prepares one statement against the dataset, refusing any statement that would write.
** Returns 0, or -1 with err set (the authorizer's reason when it refused).
*/
int db_prepare_dataset(struct db_dataset *ds, const char *sql, size_t len, sqlite3_stmt **stmt,
                       const char **tail, struct db_error *err) {
  (void)tail;
  ds->denied = NULL;
  int rc = db_prepare_one(ds->db, sql, len, stmt, err);
  if (rc != 0) {
    if (ds->denied) set_error(err, "%s", ds->denied);
    return -1;
  }
  if (!sqlite3_stmt_readonly(*stmt)) {
    sqlite3_finalize(*stmt);
    *stmt = NULL;
    set_error(err, "the dataset is read-only");
    return -1;
  }
  return 0;
}

/* Creates the parent directories of path (like mkdir -p on its dirname). Returns 0 or -1. */
static int make_parents(const char *path, struct db_error *err) {
  char dir[4096];
  if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir) {
    set_error(err, "%s: path too long", path);
    return -1;
  }
  for (char *p = dir + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
      set_error(err, "%s: cannot create directory %s: %s", path, dir, strerror(errno));
      return -1;
    }
    *p = '/';
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
    set_error(err, "%s: %s", path, sqlite3_errmsg(db));
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
  set_error(err, "%s: damaged: %s", path, sqlite3_errmsg(db));
}

/*
** Makes sure the file at db is cica's: its application id is ours, or it is a new empty file,
** which is then marked as ours. The look and the mark happen in one write transaction, so two
** sessions creating the same file at once cannot take each other's tables for a stranger's.
** Returns 0, or -1 with err set (another program's database, a damaged file, or SQLite's error).
*/
static int claim_state_file(sqlite3 *db, const char *path, struct db_error *err) {
  if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
    set_error(err, "%s: %s", path, sqlite3_errmsg(db));
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
    if (!ok) set_error(err, "%s: %s", path, sqlite3_errmsg(db));
  } else if (!ok && app >= 0) {
    set_error(err, "%s: not a cica state file (it belongs to another program)", path);
  }
  if (sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK && ok) {
    set_error(err, "%s: %s", path, sqlite3_errmsg(db));
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
      set_error(err, "%s: %s", path, sqlite3_errmsg(db));
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
    set_error(err, "%s: %s", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
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

/* Closes a connection (NULL is fine); statements must already be finalised. */
void db_close(sqlite3 *db) {
  if (db) sqlite3_close_v2(db);
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
    set_error(err, "%s: path too long", path);
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
      set_error(err, "%s: %s", path, file ? sqlite3_errmsg(file) : sqlite3_errstr(rc));
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
    set_error(err, "%s: not a cica state file (it belongs to another program)", path);
    db_close(file);
    return -1;
  }
  int rc = sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_backup *b = sqlite3_backup_init(mem, "main", file, "main");
    if (b == NULL) {
      rc = sqlite3_errcode(mem);
      set_error(err, "%s: %s", path, sqlite3_errmsg(mem));
    } else {
      rc = sqlite3_backup_step(b, -1);
      int done = sqlite3_backup_finish(b);
      if (rc == SQLITE_DONE) rc = done;
      if (rc != SQLITE_OK) set_error(err, "%s: %s", path, rc == SQLITE_CORRUPT ? "damaged: database disk image is malformed" : sqlite3_errstr(rc));
    }
  } else {
    set_error(err, "%s: %s", path, mem ? sqlite3_errmsg(mem) : sqlite3_errstr(rc));
  }
  db_close(file);
  if (rc != SQLITE_OK) {
    db_close(mem);
    return -1;
  }
  *out = mem;
  return 0;
}

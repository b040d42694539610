/*
** db.c — SQLite only. The dataset is always read-only: the embedded image is deserialised with
** SQLITE_DESERIALIZE_READONLY, a --db file is opened SQLITE_OPEN_READONLY, an authorizer refuses
** every action that could write or reach outside (ATTACH, setting PRAGMAs), SQL functions and
** virtual-table modules are allowed by name from lists, the phrases of a statement's full-text
** MATCH expressions are bounded (FTS5 evaluates them recursively: a long NOT chain would overflow
** the C stack), and a statement that would write is refused before it runs. cica is
** single-threaded, so connections are opened SQLITE_OPEN_NOMUTEX: Debian's SQLite otherwise takes
** a mutex on every step and column. cica's own writable state files are src/dbstate.c.
*/
#include "db.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "embedded.h"
#include "searchtext.h"

/* Formats a message into err (for src/db.c and src/dbstate.c); it has no catalogue key. */
void db_set_error(struct db_error *err, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  err->key = NULL;
  err->arg[0] = '\0';
}

/* Sets err to one of cica's own messages: its English text and its catalogue key (area "main"). */
static void set_error_key(struct db_error *err, const char *key, const char *text) {
  snprintf(err->message, sizeof err->message, "%s", text);
  err->key = key;
  err->arg[0] = '\0';
}

/* Records the authorizer's refusal `text` (static) with its catalogue key. */
static void deny(struct db_dataset *ds, const char *key, const char *text) {
  ds->denied = text;
  ds->denied_key = key;
  ds->denied_arg[0] = '\0';
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

/*
** SQL functions user SQL may call: Debian's SQLite 3.40 `pragma_function_list`, each decided
** (docs/security.md, "Audit: SQL surface and limits", gives the reasons). Anything else —
** fts3_tokenizer, load_extension, fts5(), the FTS3/4 and R*Tree helpers, sqlite_log, changes(),
** and any function a later SQLite adds — is refused by name.
*/
static const char *const allowed_functions[] = {
  /* scalar */
  "abs", "char", "coalesce", "format", "glob", "hex", "ifnull", "iif", "instr", "length", "like",
  "likelihood", "likely", "lower", "ltrim", "max", "min", "nullif", "printf", "quote", "random",
  "randomblob", "replace", "round", "rtrim", "sign", "soundex", "substr", "substring", "trim",
  "typeof", "unicode", "unlikely", "upper", "zeroblob", "sqlite_version", "sqlite_source_id",
  "sqlite_compileoption_get", "sqlite_compileoption_used",
  /* math */
  "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "ceiling", "cos", "cosh",
  "degrees", "exp", "floor", "ln", "log", "log10", "log2", "mod", "pi", "pow", "power", "radians",
  "sin", "sinh", "sqrt", "tan", "tanh", "trunc",
  /* date and time */
  "date", "time", "datetime", "julianday", "unixepoch", "strftime", "current_date",
  "current_time", "current_timestamp",
  /* aggregate and window */
  "avg", "count", "group_concat", "sum", "total", "row_number", "rank", "dense_rank",
  "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value",
  /* JSON */
  "json", "json_array", "json_array_length", "json_extract", "json_insert", "json_object",
  "json_patch", "json_quote", "json_remove", "json_replace", "json_set", "json_type",
  "json_valid", "json_group_array", "json_group_object", "->", "->>",
  /* full-text search (FTS5): the MATCH operator and the auxiliary functions; cica's own */
  "match", "bm25", "highlight", "snippet", "fts5_source_id", "cica_rank", "cica_tokens",
  NULL};

/*
** Virtual-table modules user SQL may reach: FTS5 (the `search` table) and the JSON table-valued
** functions. Every other module (fts3/fts4 and their fts3tokenize/fts4aux, fts5vocab, rtree,
** dbstat, sqlite_stmt, …) is dropped from the connection; the pragma_* table-valued functions are
** made on demand and pass the PRAGMA rules of the authorizer.
*/
static const char *const allowed_modules[] = {"fts5", "json_each", "json_tree", NULL};

/* FTS5 tokenizers the MATCH bound wraps: every one Debian's SQLite 3.40 has, and cica's. */
static const char *const wrapped_tokenizers[] = {"unicode61", "ascii", "trigram", "porter", "cica",
                                                 NULL};

/*
** The most phrases the full-text MATCH expressions of one statement run may hold, all together.
** FTS5 (3.40) evaluates a NOT chain recursively, about 100 bytes of C stack a phrase; 90,000
** overflow an 8 MB stack. 10,000 costs under 1 MB and is far above any real search (cica.search
** sends at most 20 words).
*/
#define MAX_MATCH_PHRASES 10000
#define STRINGIFY(x) #x
#define STRING_OF(x) STRINGIFY(x)

/*
** Configures SQLite for this process before anything initialises it: SQLITE_CONFIG_SINGLETHREAD
** drops every mutex, also the global ones (memory accounting, the page cache) that NOMUTEX
** connections still take. Safe only because no two threads ever call SQLite at the same time (the
** REPL, scripts, reports and the quiz are single-threaded, and `cica serve` runs all Lua and SQLite
** on one thread too); code that calls SQLite from a second thread concurrently must drop this.
** Call it first thing in main(); later calls, or calls after SQLite was initialised, change
** nothing. Returns SQLite's result code (SQLITE_MISUSE once initialised).
*/
int db_init_process(void) {
  return sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
}

static int (*progress_handler)(void *);  /* db_set_limits: run while a --db file is checked */
static const char *(*stop_reason)(void);

/* Makes db_open_dataset run `progress` (a SQLite progress handler) from the moment it opens a
** connection, so that checking a --db file is under the time limit; `reason` names why a
** statement was interrupted ("time limit exceeded"), or NULL. */
void db_set_limits(int (*progress)(void *), const char *(*reason)(void)) {
  progress_handler = progress;
  stop_reason = reason;
}

/* The connection whose running statement a cica bound stopped, and its dataset; the dataset
** whose authorizer refused last (cica has one dataset per process). */
static sqlite3 *limit_hit_db;
static struct db_dataset *limit_hit_ds, *denied_ds;

/* The dataset's authorizer: reading is allowed; anything else is refused with a reason. */
static int dataset_authorizer(void *ud, int action, const char *a1, const char *a2, const char *db,
                              const char *trigger) {
  struct db_dataset *ds = ud;
  (void)db;
  (void)trigger;
  denied_ds = ds;
  switch (action) {
  case SQLITE_SELECT: case SQLITE_READ: case SQLITE_RECURSIVE:
  case SQLITE_TRANSACTION: case SQLITE_SAVEPOINT:
    return SQLITE_OK;
  case SQLITE_FUNCTION:
    if (a2 && in_list(allowed_functions, a2)) return SQLITE_OK;
    snprintf(ds->denied_buf, sizeof ds->denied_buf, "the SQL function %.64s() is not allowed",
             a2 ? a2 : "?");
    ds->denied = ds->denied_buf;
    ds->denied_key = "sql_function";
    snprintf(ds->denied_arg, sizeof ds->denied_arg, "%.64s", a2 ? a2 : "?");
    return SQLITE_DENY;
  case SQLITE_PRAGMA:
    if (in_list(introspection_pragmas, a1) || (a2 == NULL && in_list(value_pragmas, a1)))
      return SQLITE_OK;
    deny(ds, "sql_pragma", "this PRAGMA is not allowed: the dataset is read-only");
    return SQLITE_DENY;
  case SQLITE_ATTACH: case SQLITE_DETACH:
    deny(ds, "sql_attach", "ATTACH is not allowed: the dataset is read-only");
    return SQLITE_DENY;
  case SQLITE_UPDATE:
    /* The first use of a virtual table on a connection — the FTS5 `search` table, json_each,
    ** pragma_table_info — asks for an UPDATE of sqlite_master while declaring its columns, and
    ** writes nothing. A user's UPDATE of it is refused all the same: db_prepare_dataset refuses
    ** any statement that would write, and the database is read-only to SQLite itself. */
    if (a1 && (sqlite3_stricmp(a1, "sqlite_master") == 0 || sqlite3_stricmp(a1, "sqlite_schema") == 0))
      return SQLITE_OK;
    deny(ds, "sql_readonly", "the dataset is read-only");
    return SQLITE_DENY;
  default:
    deny(ds, "sql_readonly", "the dataset is read-only");
    return SQLITE_DENY;
  }
}

/* Checks that an opened --db file is a cica dataset of this schema version. */
static int check_dataset_file(struct db_dataset *ds, const char *path, struct db_error *err) {
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2(ds->db, "SELECT value FROM meta WHERE key = 'schema_version'", -1,
                              &stmt, NULL);
  if (rc != SQLITE_OK) {
    if (rc == SQLITE_INTERRUPT && stop_reason && stop_reason())
      db_set_error(err, "%s", stop_reason());
    else if (strstr(sqlite3_errmsg(ds->db), "no such table"))
      db_set_error(err, "%s: not a cica dataset (it has no meta table)", path);
    else
      db_set_error(err, "%s: %s", path, sqlite3_errmsg(ds->db));
    return -1;
  }
  rc = sqlite3_step(stmt);
  const unsigned char *version = rc == SQLITE_ROW ? sqlite3_column_text(stmt, 0) : NULL;
  int ok = version && strcmp((const char *)version, CICA_SCHEMA_VERSION) == 0;
  if (rc == SQLITE_INTERRUPT && stop_reason && stop_reason())
    db_set_error(err, "%s", stop_reason()); /* a `meta` view that does not end: --timeout */
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    db_set_error(err, "%s: %s", path, sqlite3_errmsg(ds->db));
  else if (!ok)
    db_set_error(err, "%s: dataset schema version %s, this cica reads version %s", path,
              version ? (const char *)version : "(none)", CICA_SCHEMA_VERSION);
  sqlite3_finalize(stmt);
  return ok ? 0 : -1;
}

/* A wrapped FTS5 tokenizer: the real one, and the connection whose MATCH phrases it counts. */
struct wrapped_tokenizer {
  fts5_tokenizer inner;
  void *inner_context;
  struct db_dataset *ds;
};

/* An instance of a wrapped tokenizer (one per FTS5 table connection, or held by another
** tokenizer's registration, as cica's holds unicode61). It keeps its own copy of the real
** methods: FTS5 may destroy the wrapper's registration before an instance made from it. */
struct wrapped_instance {
  Fts5Tokenizer *inner;
  fts5_tokenizer methods;
  struct db_dataset *ds;
};

/* The xToken callback of cica's own tokenizing (cica_tokens, and cica's tokenizer over its
** unicode61): learned once at open by calling cica_tokens (see bound_match). A wrapped tokenizer
** called with it is cica's C code tokenizing a value, not FTS5 parsing a MATCH expression. */
typedef int (*token_callback)(void *, int, const char *, int, int, int);
static token_callback own_callback;
static int learning_own_callback;

/* xCreate of a wrapped tokenizer: creates the real one. Returns a SQLite code. */
static int wrapped_create(void *context, const char **argv, int argc, Fts5Tokenizer **out) {
  struct wrapped_tokenizer *type = context;
  struct wrapped_instance *w = sqlite3_malloc(sizeof *w);
  *out = NULL;
  if (!w) return SQLITE_NOMEM;
  w->methods = type->inner;
  w->ds = type->ds;
  w->inner = NULL;
  int rc = type->inner.xCreate(type->inner_context, argv, argc, &w->inner);
  if (rc != SQLITE_OK) {
    sqlite3_free(w);
    return rc;
  }
  *out = (Fts5Tokenizer *)w;
  return SQLITE_OK;
}

/* xDelete of a wrapped tokenizer. */
static void wrapped_delete(Fts5Tokenizer *tok) {
  struct wrapped_instance *w = (struct wrapped_instance *)tok;
  if (w->inner) w->methods.xDelete(w->inner);
  sqlite3_free(w);
}

/*
** xTokenize of a wrapped tokenizer. FTS5 tokenizes each phrase of a MATCH expression with
** FTS5_TOKENIZE_QUERY while it parses it, whether the expression came from a literal, a parameter
** or a computed value: counting those calls bounds what FTS5 then evaluates. Past
** MAX_MATCH_PHRASES in one statement run, refuses (SQLITE_TOOBIG; the reason is kept in ds).
*/
static int wrapped_tokenize(Fts5Tokenizer *tok, void *ctx, int flags, const char *text, int len,
                            int (*token)(void *, int, const char *, int, int, int)) {
  struct wrapped_instance *w = (struct wrapped_instance *)tok;
  struct db_dataset *ds = w->ds;
  if (learning_own_callback) own_callback = token;
  /* a tokenizer built on another (cica's on unicode61, porter on any) counts a phrase once;
  ** cica_tokens over many rows is not a MATCH */
  if ((flags & FTS5_TOKENIZE_QUERY) && ds->tokenizing == 0 && token != own_callback &&
      ++ds->match_phrases > MAX_MATCH_PHRASES) {
    ds->limit_hit = "full-text MATCH expression too large (more than "
                    STRING_OF(MAX_MATCH_PHRASES) " phrases in one statement)";
    limit_hit_db = ds->db;
    limit_hit_ds = ds;
    return SQLITE_TOOBIG;
  }
  ds->tokenizing++;
  int rc = w->methods.xTokenize(w->inner, ctx, flags, text, len, token);
  ds->tokenizing--;
  return rc;
}

/* xDestroy of a wrapped tokenizer's registration. */
static void wrapped_destroy(void *context) {
  sqlite3_free(context);
}

/* SQLITE_TRACE_STMT: a statement starts running; its MATCH phrases are counted afresh. */
static int on_statement_start(unsigned type, void *context, void *p, void *x) {
  (void)type;
  (void)p;
  (void)x;
  struct db_dataset *ds = context;
  ds->match_phrases = 0;
  ds->limit_hit = NULL;
  ds->denied = NULL;
  if (limit_hit_db == ds->db) limit_hit_db = NULL;
  return 0;
}

/*
** Replaces each FTS5 tokenizer of wrapped_tokenizers on ds->db by a wrapper that counts the
** phrases MATCH expressions hold, and starts the per-statement count. Returns a SQLite code.
*/
static int bound_match(struct db_dataset *ds) {
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2(ds->db, "SELECT fts5(?1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
  if (rc == SQLITE_OK) rc = sqlite3_step(stmt) == SQLITE_ROW ? SQLITE_OK : sqlite3_errcode(ds->db);
  sqlite3_finalize(stmt);
  if (rc == SQLITE_OK && !api) rc = SQLITE_ERROR;
  for (int i = 0; rc == SQLITE_OK && wrapped_tokenizers[i]; i++) {
    struct wrapped_tokenizer *type = sqlite3_malloc(sizeof *type);
    if (!type) return SQLITE_NOMEM;
    type->ds = ds;
    if (api->xFindTokenizer(api, wrapped_tokenizers[i], &type->inner_context, &type->inner) !=
        SQLITE_OK) {
      sqlite3_free(type); /* a tokenizer this SQLite lacks: no table can use it either */
      continue;
    }
    fts5_tokenizer methods = {wrapped_create, wrapped_delete, wrapped_tokenize};
    rc = api->xCreateTokenizer(api, wrapped_tokenizers[i], type, &methods, wrapped_destroy);
    /* on failure FTS5 has already called wrapped_destroy(type) */
  }
  if (rc == SQLITE_OK && !own_callback) {
    learning_own_callback = 1;
    rc = sqlite3_exec(ds->db, "SELECT cica_tokens('a')", NULL, NULL, NULL);
    learning_own_callback = 0;
  }
  if (rc == SQLITE_OK) rc = sqlite3_trace_v2(ds->db, SQLITE_TRACE_STMT, on_statement_start, ds);
  return rc;
}

/*
** The message for a statement that failed while running on db: the reason cica stopped it (a
** MATCH past its bound; an action the authorizer refused while the statement ran, as a
** pragma_* table-valued function does) when that is why, else SQLite's own message.
*/
const char *db_errmsg(sqlite3 *db) {
  if (db && db == limit_hit_db && limit_hit_ds && limit_hit_ds->limit_hit &&
      sqlite3_errcode(db) == SQLITE_TOOBIG)
    return limit_hit_ds->limit_hit;
  if (db && denied_ds && denied_ds->db == db && denied_ds->denied &&
      sqlite3_errcode(db) == SQLITE_AUTH)
    return denied_ds->denied;
  return sqlite3_errmsg(db);
}

/* What the file at path is when it is not a regular file, in words for an error message. */
static const char *file_kind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file";
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
  ds->match_phrases = 0;
  ds->tokenizing = 0;
  ds->limit_hit = NULL;
  /* stat, not open: opening a FIFO for reading would wait for a writer, for ever */
  struct stat st;
  if (path && stat(path, &st) != 0) {
    db_set_error(err, "%s: %s", path, strerror(errno));
    return -1;
  }
  if (path && !S_ISREG(st.st_mode)) {
    db_set_error(err, "%s: is %s, not a dataset file", path, file_kind(st.st_mode));
    return -1;
  }
  char uri[3 * 4096 + 32];
  if (path && immutable_uri(path, uri, sizeof uri) != 0) {
    db_set_error(err, "%s: path too long", path);
    return -1;
  }
  int flags = SQLITE_OPEN_NOMUTEX | (path ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI : SQLITE_OPEN_READWRITE);
  int rc = sqlite3_open_v2(path ? uri : ":memory:", &ds->db, flags, NULL);
  if (rc == SQLITE_OK && !path)
    rc = sqlite3_deserialize(ds->db, "main", (unsigned char *)cica_dataset_image,
                             (sqlite3_int64)cica_dataset_size, (sqlite3_int64)cica_dataset_size,
                             SQLITE_DESERIALIZE_READONLY);
  if (rc == SQLITE_OK && progress_handler) /* from the start: checking a --db file is limited */
    sqlite3_progress_handler(ds->db, 10000, progress_handler, NULL);
  if (rc == SQLITE_OK) rc = searchtext_register(ds->db);   /* cica.search's tokenizer */
  /* fts3_tokenizer(name, pointer) would register a tokenizer at any address (Debian builds with
  ** SQLITE_ENABLE_FTS3_TOKENIZER); the authorizer refuses the function too. */
  if (rc == SQLITE_OK)
    rc = sqlite3_db_config(ds->db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_db_config(ds->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_db_config(ds->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_drop_modules(ds->db, (const char **)allowed_modules);
  if (rc == SQLITE_OK) rc = bound_match(ds);
  if (rc != SQLITE_OK) {
    db_set_error(err, "%s: %s", path ? path : "built-in dataset", sqlite3_errmsg(ds->db));
    db_close(ds->db);
    ds->db = NULL;
    return -1;
  }
  sqlite3_limit(ds->db, SQLITE_LIMIT_ATTACHED, 0);
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
    set_error_key(err, "sql_nul", "SQL text contains a NUL byte");
    return -1;
  }
  if (len > (size_t)sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, -1)) {
    db_set_error(err, "SQL text is too long (%zu bytes)", len);
    err->key = "sql_too_long";
    snprintf(err->arg, sizeof err->arg, "%zu", len);
    return -1;
  }
  if (sqlite3_prepare_v2(db, sql, (int)len, stmt, &tail) != SQLITE_OK) {
    db_set_error(err, "%s", sqlite3_errmsg(db));
    return -1;
  }
  if (*stmt == NULL) {
    set_error_key(err, "sql_empty", "empty SQL statement");
    return -1;
  }
  if (!only_blank(tail, sql + len)) {
    sqlite3_finalize(*stmt);
    *stmt = NULL;
    set_error_key(err, "sql_one", "only one SQL statement at a time");
    return -1;
  }
  return 0;
}

/*
** Prepares one statement against the dataset, refusing any statement that would write.
** Returns 0, or -1 with err set (the authorizer's reason when it refused).
*/
int db_prepare_dataset(struct db_dataset *ds, const char *sql, size_t len, sqlite3_stmt **stmt,
                       struct db_error *err) {
  ds->denied = NULL;
  int rc = db_prepare_one(ds->db, sql, len, stmt, err);
  if (rc != 0) {
    if (ds->denied) {
      set_error_key(err, ds->denied_key, ds->denied);
      snprintf(err->arg, sizeof err->arg, "%s", ds->denied_arg);
    }
    return -1;
  }
  if (!sqlite3_stmt_readonly(*stmt)) {
    sqlite3_finalize(*stmt);
    *stmt = NULL;
    set_error_key(err, "sql_readonly", "the dataset is read-only");
    return -1;
  }
  return 0;
}

/* Closes a connection (NULL is fine); statements must already be finalised. */
void db_close(sqlite3 *db) {
  if (db && db == limit_hit_db) limit_hit_db = NULL;
  if (db && denied_ds && denied_ds->db == db) denied_ds = NULL;
  if (db) sqlite3_close_v2(db);
}

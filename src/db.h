/*
** db: cica's SQLite layer. No Lua here. It opens the dataset (the image embedded in the binary, or
** a --db file) read-only and guards it (src/db.c), and opens cica's own writable state files, the
** quiz history (src/dbstate.c).
*/
#ifndef CICA_DB_H
#define CICA_DB_H
#include <sqlite3.h>
#include <stddef.h>

#define CICA_SCHEMA_VERSION "1"
/* PRAGMA application_id of cica's state files: 'CICA' in ASCII. */
#define CICA_STATE_APPLICATION_ID 0x43494341

/* Why an operation failed: a message for the user (no "cica:" prefix). `key` names the message in
** the catalogue area "main" when it is one of cica's own texts without arguments (the bindings
** show it in the display language, host_message), NULL for SQLite's and the others. */
struct db_error {
  char message[512];
  const char *key;
  char arg[80];   /* the one %s of a keyed message ("" when it has none) */
};

/*
** A guarded dataset connection. `denied` is set by the authorizer when it refuses an action, so
** the error can say why in words instead of SQLite's bare "not authorized".
*/
struct db_dataset {
  sqlite3 *db;
  const char *denied;
  const char *denied_key;    /* the catalogue key of `denied` (see struct db_error), or NULL */
  char denied_buf[128];      /* a refusal that names what was refused */
  char denied_arg[72];       /* what `denied_key`'s message names (the function), or "" */
  int match_phrases;         /* phrases of full-text MATCH expressions in this statement run */
  int tokenizing;            /* depth of wrapped tokenizers running (one may call another) */
  const char *limit_hit;     /* why a running statement was stopped by cica's bounds, or NULL */
};

int db_open_dataset(struct db_dataset *ds, const char *path, struct db_error *err);
int db_prepare_dataset(struct db_dataset *ds, const char *sql, size_t len, sqlite3_stmt **stmt,
                       struct db_error *err);
int db_open_state(sqlite3 **out, const char *path, struct db_error *err);
int db_open_state_readonly(sqlite3 **out, const char *path, struct db_error *err);
int db_prepare_one(sqlite3 *db, const char *sql, size_t len, sqlite3_stmt **stmt,
                   struct db_error *err);
void db_close(sqlite3 *db);
void db_set_error(struct db_error *err, const char *fmt, ...)
#ifdef __GNUC__
  __attribute__((format(printf, 2, 3)))
#endif
  ;
/* SQLite configured for one thread, before it is initialised (see db.c). */
int db_init_process(void);

/* Makes each dataset connection run `progress` (a SQLite progress handler) from its opening, and
** name an interrupted --db check by `reason()` ("time limit exceeded"). */
void db_set_limits(int (*progress)(void *), const char *(*reason)(void));
/* A failed statement's message: cica's reason when one of its bounds stopped it, else SQLite's. */
const char *db_errmsg(sqlite3 *db);

#endif

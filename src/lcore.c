/*
** lcore.c — the `cica.core` module: SQL over the dataset, and the few facts about the host that
** the Lua side needs. The dataset is opened on first use (a script that never queries never pays
** for it); its connection lives in the registry for the life of the state.
*/
#include <lauxlib.h>
#include <lua.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "cica.h"
#include "db.h"
#include "embedded.h"
#include "runlimit.h"
#include "lsql.h"
#include "version.h"

#define DATASET_CLOSED "the dataset is closed (cica is exiting)"

/*
** The dataset handle (a userdata in the registry): the guarded connection and whether it was
** closed. It is made when cica.core is opened, before any user code runs, and opened on the
** first query. Being older than every user object, it is finalized after all of theirs when
** lua_close runs them newest first, so a finalizer that queries at exit finds it still open, and
** one that opens it then cannot leave it unclosed. It owns its cursors: lsql_new_cursor reads the
** connection at the start of the block.
*/
struct dataset_handle {
  struct db_dataset ds;
  int closed;
};
_Static_assert(offsetof(struct dataset_handle, ds) == 0 && offsetof(struct db_dataset, db) == 0,
               "the dataset handle must begin with its connection");

/* __gc of the dataset handle: closes the connection for good. Stack: unchanged. */
static int dataset_gc(lua_State *L) {
  struct dataset_handle *h = lua_touserdata(L, 1);
  db_close(h->ds.db);
  h->ds.db = NULL;
  h->closed = 1;
  return 0;
}

/*
** Pushes the dataset handle, making it (not yet opened, with its __gc already set, so nothing
** opened into it can leak) when there is none. Stack: +1. Errors: no memory.
*/
static struct dataset_handle *push_handle(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, CICA_DATASET_KEY) == LUA_TUSERDATA) return lua_touserdata(L, -1);
  lua_pop(L, 1);
  struct dataset_handle *h = lua_newuserdatauv(L, sizeof *h, 0);
  h->ds.db = NULL;
  h->ds.denied = NULL;
  h->closed = 0;
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, dataset_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, CICA_DATASET_KEY);
  return h;
}

/*
** Returns the open dataset, opening it on first use (the built-in image, or the file named by
** cica_set_dataset_path). Raises "<path>: <problem>" if it cannot be opened, and DATASET_CLOSED
** once it was closed. Stack: unchanged.
*/
struct db_dataset *cica_dataset(lua_State *L) {
  struct dataset_handle *h = push_handle(L);
  lua_pop(L, 1);   /* the registry keeps it */
  if (h->closed) luaL_error(L, "%s", DATASET_CLOSED);
  if (h->ds.db) return &h->ds;
  lua_getfield(L, LUA_REGISTRYINDEX, CICA_DATASET_PATH_KEY);
  const char *path = lua_tostring(L, -1);
  struct db_error err;
  if (db_open_dataset(&h->ds, path, &err) != 0) {
    lua_pushstring(L, err.message);
    lua_error(L);
  }
  lua_pop(L, 1);
  sqlite3_progress_handler(h->ds.db, 10000, runlimit_sqlite_progress, NULL);
  return &h->ds;
}

/* Makes the dataset come from the file at path instead of the built-in image. Stack: unchanged. */
void cica_set_dataset_path(lua_State *L, const char *path) {
  lua_pushstring(L, path);
  lua_setfield(L, LUA_REGISTRYINDEX, CICA_DATASET_PATH_KEY);
}

/*
** Prepares argument 1 (SQL text) against the dataset, wraps it in a cursor and binds the
** arguments after it. Stack: +1 (the cursor). Raises on malformed SQL, writes, bad parameters,
** "<fname>: the dataset is closed (cica is exiting)" once it was closed, and the stop reason
** ("time limit exceeded", "interrupted") once the run was stopped: a stopped run starts no query.
** (The progress handler stops long queries, but a short one ends before it is called, and a
** finalizer, which Lua runs with hooks off, could otherwise go on querying after the limit
** until the watchdog has to exit: each of 5,000 finalizers running a search did.)
*/
static void prepare_cursor(lua_State *L, const char *fname, int as_values) {
  size_t len;
  const char *sql = luaL_checklstring(L, 1, &len);
  const char *stopped = runlimit_stop_reason();
  if (stopped) luaL_error(L, "%s", stopped);
  if (push_handle(L)->closed) lsql_raise(L, fname, DATASET_CLOSED);   /* the cursor's owner */
  struct db_dataset *ds = cica_dataset(L);
  sqlite3_stmt *stmt = NULL;
  struct db_error err;
  if (db_prepare_dataset(ds, sql, len, &stmt, &err) != 0)
    lsql_raise(L, fname, err.key ? lua_pushfstring(L, host_message(L, err.key), err.arg) : err.message);
  lsql_new_cursor(L, stmt, fname, as_values, -1);
  lua_remove(L, -2);
  lua_insert(L, 1);
  lsql_bind(L, 1, 3, fname);
}

/*
** cica.query(sql, ...) -> array of row tables. Parameters: positional (?, ?N) or one table of
** named ones (:name). Errors: malformed SQL (SQLite's message), writes, bad parameter types.
*/
static int core_query(lua_State *L) {
  prepare_cursor(L, "cica.query", 0);
  lsql_push_all(L, 1);
  return 1;
}

/* cica.rows(sql, ...) -> iterator over row tables; streams, so memory does not grow with rows. */
static int core_rows(lua_State *L) {
  prepare_cursor(L, "cica.rows", 0);
  return lsql_iterate(L, 1);
}

/* cica.each(sql, ...) -> iterator returning each row's columns as values (the fastest path). */
static int core_each(lua_State *L) {
  prepare_cursor(L, "cica.each", 1);
  return lsql_iterate(L, 1);
}

/* cica.core.modules() -> sorted array of the bundled module names. */
static int core_modules(lua_State *L) {
  lua_createtable(L, cica_module_count, 0);
  for (int i = 0; i < cica_module_count; i++) {
    lua_pushstring(L, cica_modules[i].name);
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

/*
** The image named key in cica_images (sorted by strcmp, src/build/images.lua), by binary search,
** or NULL. Stack: unchanged. Errors: none.
*/
static const struct cica_image *find_image(const char *key) {
  size_t lo = 0, hi = cica_image_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(cica_image_names + cica_images[mid].name, key);
    if (c == 0) return &cica_images[mid];
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return NULL;
}

/*
** cica.core.image(key) -> the precomputed collection `key` ("members@en", src/embedded.h) as a
** function returning a new copy of its records, or nil: when there is no such image, when the
** dataset is a --db file (its collections are built from its own SQL), or with CICA_LUA_DIR set
** (the builders in that folder may differ from the ones the images were made with).
** Stack: +1. Errors: a bad image (cannot happen with a consistent build).
*/
static int core_image(lua_State *L) {
  const char *key = luaL_checkstring(L, 1);
  const char *dir = getenv("CICA_LUA_DIR");
  lua_getfield(L, LUA_REGISTRYINDEX, CICA_DATASET_PATH_KEY);
  int from_file = !lua_isnil(L, -1);
  lua_pop(L, 1);
  if (from_file || (dir && *dir)) {
    lua_pushnil(L);
    return 1;
  }
  const struct cica_image *m = find_image(key);
  if (m) {
    if (luaL_loadbufferx(L, (const char *)cica_image_code + m->code, m->size, "=image", "b") != LUA_OK)
      return lua_error(L);
    return 1;
  }
  lua_pushnil(L);
  return 1;
}

/* cica.core.isatty(fd) -> whether file descriptor fd (0, 1 or 2) is a terminal. */
static int core_isatty(lua_State *L) {
  lua_Integer fd = luaL_checkinteger(L, 1);
  luaL_argcheck(L, fd >= 0 && fd <= 2, 1, "expected 0, 1 or 2");
  lua_pushboolean(L, isatty((int)fd));
  return 1;
}

/* cica.core.versions() -> { cica = "X.Y.Z", lua = "Lua 5.4", sqlite = "3.x.y" }. */
static int core_versions(lua_State *L) {
  lua_createtable(L, 0, 3);
  lua_pushstring(L, CICA_VERSION);
  lua_setfield(L, -2, "cica");
  lua_pushstring(L, LUA_RELEASE);
  lua_setfield(L, -2, "lua");
  lua_pushstring(L, sqlite3_libversion());
  lua_setfield(L, -2, "sqlite");
  return 1;
}

/*
** __close and __gc of a directory being listed (a userdata holding a DIR *): closes it once. Stack:
** returns nothing.
*/
static int dir_close(lua_State *L) {
  DIR **dir = lua_touserdata(L, 1);
  if (*dir) closedir(*dir);
  *dir = NULL;
  return 0;
}

/*
** cica.core.listdir(path) -> sorted array of the names in a directory (without "." and ".."),
** or nil and "<path>: <reason>". Standard Lua cannot list a directory; user reports and quiz
** generators are found this way. The DIR is held by a to-be-closed userdata, so that a memory
** error while the names are pushed cannot leak its descriptor.
*/
static int core_listdir(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  lua_settop(L, 1);
  DIR **dir = lua_newuserdatauv(L, sizeof *dir, 0);
  *dir = NULL;
  if (luaL_newmetatable(L, CORE_DIR)) {
    lua_pushcfunction(L, dir_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, dir_close);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  lua_toclose(L, 2);
  *dir = opendir(path);
  if (*dir == NULL) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, strerror(errno));
    return 2;
  }
  lua_getglobal(L, "table");
  lua_getfield(L, -1, "sort");
  lua_remove(L, -2);
  lua_newtable(L);
  lua_Integer n = 0;
  struct dirent *entry;
  while ((entry = readdir(*dir)) != NULL) {
    if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
    lua_pushstring(L, entry->d_name);
    lua_rawseti(L, -2, ++n);
  }
  lua_closeslot(L, 2);
  lua_pushvalue(L, -1);
  lua_insert(L, -3);
  lua_call(L, 1, 0); /* table.sort on plain strings: cannot run user code */
  return 1;
}

static volatile sig_atomic_t read_interrupted; /* SIGINT arrived during core_read_line */

/* SIGINT during core_read_line: note it; the read returns EINTR (no SA_RESTART). */
static void on_read_sigint(int sig) {
  (void)sig;
  read_interrupted = 1;
}

/*
** cica.core.read_line() -> one line of standard input without its "\n"; nil at end of input;
** nil and "interrupted" when Ctrl-C (SIGINT) arrives while waiting. Reads through the C stdin
** stream (the one io.stdin uses). Only while it waits is SIGINT caught (without SA_RESTART, so
** the read stops); the previous disposition is restored before it returns, so a Ctrl-C at any
** other moment does what it did before. A read error other than EINTR raises "stdin: <reason>"
** (without a position).
** Stack: +1 or +2. The quiz uses it so that an interrupted session still ends with its review.
*/
static int core_read_line(lua_State *L) {
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_read_sigint;
  sigemptyset(&sa.sa_mask);
  read_interrupted = 0;
  if (sigaction(SIGINT, &sa, &old) != 0) return luaL_error(L, "stdin: %s", strerror(errno));
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  int c = EOF, err = 0, got = 0;
  for (;;) {
    if (read_interrupted) break;
    c = getc(stdin);
    if (c == EOF) {
      if (ferror(stdin)) err = errno;
      clearerr(stdin);
      break;
    }
    got = 1;
    if (c == '\n') break;
    luaL_addchar(&b, (char)c);
  }
  int interrupted = read_interrupted || (err == EINTR);
  sigaction(SIGINT, &old, NULL);
  read_interrupted = 0;
  if (interrupted) {
    luaL_pushresult(&b);
    lua_pop(L, 1);
    luaL_pushfail(L);
    lua_pushliteral(L, "interrupted");
    return 2;
  }
  if (err != 0) {
    lua_pushfstring(L, "stdin: %s", strerror(err)); /* no position: the reader is not at fault */
    return lua_error(L);
  }
  luaL_pushresult(&b);
  if (!got) {
    lua_pop(L, 1);
    luaL_pushfail(L);
  }
  return 1;
}

/*
** cica.core.user_env() -> the environment user code runs in: the sandbox under --safe, else _G.
** Errors under --safe without a sandbox (fail closed). cica's own modules use cica.host instead.
*/
static int core_user_env(lua_State *L) {
  sandbox_push_env(L);
  return 1;
}

/*
** cica.core.subcommands() -> array of { name, summary, available } copied from the command line's
** table (registry CICA_SUBCOMMANDS_KEY, set by main.c), so shell completion cannot drift from it.
** Empty when the host set none (unit tests). Stack: +1. A copy, so callers cannot change the table.
*/
static int core_subcommands(lua_State *L) {
  static const char *const fields[] = {"name", "summary", "available"};
  lua_newtable(L);
  if (lua_getfield(L, LUA_REGISTRYINDEX, CICA_SUBCOMMANDS_KEY) == LUA_TTABLE) {
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
      lua_geti(L, -1, i);
      lua_createtable(L, 0, 3);
      for (int f = 0; f < 3; f++) {
        lua_getfield(L, -2, fields[f]);
        lua_setfield(L, -2, fields[f]);
      }
      lua_rawseti(L, -4, i);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  return 1;
}

/*
** cica.core.today_override() -> the value of CICA_TODAY, or nil when it is unset or empty. The date
** cica takes as today (cica.today in lua/cica.lua) must not depend on os.getenv, which user code's
** copy of the API has no access to under --safe; main() has already checked the value's shape.
** Stack: +1. No errors.
*/
static int core_today_override(lua_State *L) {
  const char *v = getenv("CICA_TODAY");
  if (v == NULL || *v == '\0') lua_pushnil(L);
  else lua_pushstring(L, v);
  return 1;
}

static const luaL_Reg core_functions[] = {
  {"subcommands", core_subcommands},
  {"query",    core_query},
  {"rows",     core_rows},
  {"each",     core_each},
  {"modules",  core_modules},
  {"image",    core_image},
  {"isatty",   core_isatty},
  {"versions", core_versions},
  {"user_env", core_user_env},
  {"listdir",  core_listdir},
  {"today_override", core_today_override},
  {"read_line", core_read_line},
  {NULL, NULL}
};

/* Opens `cica.core`. Stack: +1 (the module table, with `lang` set from the host's options). */
int luaopen_cica_core(lua_State *L) {
  STACK_ENTER(L);
  lsql_open_cursor_type(L);
  push_handle(L);   /* now, so that it is older than any user object (see dataset_handle) */
  lua_pop(L, 1);
  luaL_newlib(L, core_functions);
  lua_getfield(L, LUA_REGISTRYINDEX, CICA_LANG_KEY);
  lua_setfield(L, -2, "lang");
  STACK_LEAVE(L, 1);
  return 1;
}

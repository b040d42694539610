/*
** lstate.c — the `cica.state` module: cica's own writable SQLite files (quiz history). Only cica's
** bundled code uses it (the --safe sandbox cannot require it). A file that is not SQLite, or is
** another program's database, is refused and never written (see db_open_state).
*/
#include <lauxlib.h>
#include <lua.h>
#include <stddef.h>

#include "cica.h"
#include "db.h"
#include "lsql.h"


/* The handle's block begins with its connection: it is the owner of its cursors (lsql_new_cursor). */
struct state_handle {
  sqlite3 *db;
};
_Static_assert(offsetof(struct state_handle, db) == 0, "state_handle must begin with its connection");

/* Returns the open handle at stack index 1; raises if it was closed. */
static struct state_handle *check_open(lua_State *L) {
  struct state_handle *h = luaL_checkudata(L, 1, STATE_HANDLE);
  if (h->db == NULL) luaL_error(L, "cica.state: the state file is closed");
  return h;
}

/*
** state.open(path [, readonly]) -> handle, or nil and "<path>: <problem>". Creates missing folders
** and the file. With readonly true: never writes the file or its folder; the handle is a private
** in-memory copy of an existing file (see db_open_state_readonly). Stack: +1 or +2.
*/
static int state_open(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  int readonly = lua_toboolean(L, 2);
  struct state_handle *h = lua_newuserdatauv(L, sizeof *h, 0);
  h->db = NULL;
  luaL_setmetatable(L, STATE_HANDLE);
  struct db_error err;
  if ((readonly ? db_open_state_readonly(&h->db, path, &err) : db_open_state(&h->db, path, &err)) != 0) {
    luaL_pushfail(L);
    lua_pushstring(L, err.message);
    return 2;
  }
  return 1;
}

/* Prepares argument 2 on the handle into a cursor and binds arguments 3...; Stack: +1 (cursor). */
static void prepare_cursor(lua_State *L, struct state_handle *h, const char *fname) {
  size_t len;
  const char *sql = luaL_checklstring(L, 2, &len);
  sqlite3_stmt *stmt = NULL;
  struct db_error err;
  if (db_prepare_one(h->db, sql, len, &stmt, &err) != 0) lsql_raise(L, fname, err.message);
  lsql_new_cursor(L, stmt, fname, 0, 1);
  lua_insert(L, 2);
  lsql_bind(L, 2, 4, fname);
}

/* handle:query(sql, ...) -> array of row tables (as cica.query). */
static int handle_query(lua_State *L) {
  prepare_cursor(L, check_open(L), "state:query");
  lsql_push_all(L, 2);
  return 1;
}

/* handle:exec(sql, ...) -> number of rows changed. One statement, or several without parameters. */
static int handle_exec(lua_State *L) {
  struct state_handle *h = check_open(L);
  if (lua_gettop(L) == 2) {
    const char *sql = luaL_checkstring(L, 2);
    if (sqlite3_exec(h->db, sql, NULL, NULL, NULL) != SQLITE_OK)
      return lsql_raise(L, "state:exec", sqlite3_errmsg(h->db));
  } else {
    prepare_cursor(L, h, "state:exec");
    lsql_push_all(L, 2);
    h = check_open(L);   /* a finalizer run while the rows were read may have closed it */
  }
  lua_pushinteger(L, sqlite3_changes(h->db));
  return 1;
}

/*
** Runs a fixed statement (BEGIN IMMEDIATE, COMMIT, ROLLBACK) and raises on failure. Stack: +1
** (true). Errors: SQLite's, raised.
*/
static int run_fixed(lua_State *L, const char *sql, const char *fname) {
  struct state_handle *h = check_open(L);
  if (sqlite3_exec(h->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return lsql_raise(L, fname, sqlite3_errmsg(h->db));
  return 0;
}

/* handle:begin() — a write transaction, taken at once so two sessions queue instead of failing. */
static int handle_begin(lua_State *L) { return run_fixed(L, "BEGIN IMMEDIATE", "state:begin"); }
/* handle:commit() */
static int handle_commit(lua_State *L) { return run_fixed(L, "COMMIT", "state:commit"); }
/* handle:rollback() */
static int handle_rollback(lua_State *L) { return run_fixed(L, "ROLLBACK", "state:rollback"); }

/*
** handle:flush() — writes the dirty pages of the open write transaction to disk now (to the WAL,
** as uncommitted frames), so that a full disk or an I/O error shows before the transaction is
** rolled back or committed (the quiz's writability check). Raises SQLite's error.
** Stack: returns nothing.
*/
static int handle_flush(lua_State *L) {
  struct state_handle *h = check_open(L);
  int rc = sqlite3_db_cacheflush(h->db); /* sets no error message of its own */
  if (rc != SQLITE_OK) return lsql_raise(L, "state:flush", sqlite3_errstr(rc));
  return 0;
}

/* handle:close() and __gc/__close: closes once; later calls do nothing. Stack: returns nothing. */
static int handle_close(lua_State *L) {
  struct state_handle *h = luaL_checkudata(L, 1, STATE_HANDLE);
  db_close(h->db);
  h->db = NULL;
  return 0;
}

static const luaL_Reg handle_methods[] = {
  {"query",    handle_query},
  {"exec",     handle_exec},
  {"begin",    handle_begin},
  {"commit",   handle_commit},
  {"rollback", handle_rollback},
  {"flush",    handle_flush},
  {"close",    handle_close},
  {NULL, NULL}
};

static const luaL_Reg state_functions[] = {
  {"open", state_open},
  {NULL, NULL}
};

/* Opens `cica.state`. Stack: +1 (the module table). */
int luaopen_cica_state(lua_State *L) {
  STACK_ENTER(L);
  lsql_open_cursor_type(L);
  luaL_newmetatable(L, STATE_HANDLE);
  luaL_newlib(L, handle_methods);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, handle_close);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, handle_close);
  lua_setfield(L, -2, "__close");
  lua_pop(L, 1);
  luaL_newlib(L, state_functions);
  STACK_LEAVE(L, 1);
  return 1;
}

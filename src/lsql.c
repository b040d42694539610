/*
** lsql.c — Lua <-> SQLite values. Parameters: positional (?, ?N) from the arguments, or named
** (:name, @name, $name) from a single table argument. Results: INTEGER stays an integer, REAL a
** float, TEXT and BLOB strings, NULL nil. Rows are tables keyed by column name; the names are
** turned into Lua strings once per statement, not once per cell.
*/
#include "lsql.h"

#include <lauxlib.h>
#include <string.h>

#include "db.h"
#include "runlimit.h"

/*
** Raises a Lua error "<fname>: <message>" located at the calling Lua code. An interrupted
** statement reports why it was stopped (time limit, Ctrl-C) rather than SQLite's "interrupted".
*/
int lsql_raise(lua_State *L, const char *fname, const char *message) {
  const char *reason = runlimit_stop_reason();
  if (reason && strcmp(message, "interrupted") == 0) return luaL_error(L, "%s", reason);
  return luaL_error(L, "%s: %s", fname, message);
}

/* Binds the Lua value at stack index idx to parameter n. Stack: unchanged. Errors on bad types. */
static void bind_value(lua_State *L, sqlite3_stmt *stmt, int n, int idx, const char *fname) {
  int rc;
  size_t len;
  switch (lua_type(L, idx)) {
  case LUA_TNIL: case LUA_TNONE:
    rc = sqlite3_bind_null(stmt, n);
    break;
  case LUA_TBOOLEAN:
    rc = sqlite3_bind_int(stmt, n, lua_toboolean(L, idx));
    break;
  case LUA_TNUMBER:
    rc = lua_isinteger(L, idx) ? sqlite3_bind_int64(stmt, n, lua_tointeger(L, idx))
                               : sqlite3_bind_double(stmt, n, lua_tonumber(L, idx));
    break;
  case LUA_TSTRING: {
    const char *s = lua_tolstring(L, idx, &len);
    rc = sqlite3_bind_text64(stmt, n, s, len, SQLITE_TRANSIENT, SQLITE_UTF8);
    break;
  }
  default:
    luaL_error(L, "%s: cannot bind a %s to SQL parameter %d", fname, luaL_typename(L, idx), n);
    return;
  }
  if (rc != SQLITE_OK) lsql_raise(L, fname, sqlite3_errstr(rc));
}

/*
** Binds the arguments from stack index `first` to the top. One table argument supplies named
** parameters (key without the ':' '@' '$' prefix) and positional ones (by index). Stack: unchanged.
*/
void lsql_bind(lua_State *L, sqlite3_stmt *stmt, int first, const char *fname) {
  int nparams = sqlite3_bind_parameter_count(stmt);
  int nargs = lua_gettop(L) - first + 1;
  if (nargs == 1 && lua_istable(L, first)) {
    for (int i = 1; i <= nparams; i++) {
      const char *name = sqlite3_bind_parameter_name(stmt, i);
      if (name && name[0] != '?') lua_getfield(L, first, name + 1);
      else lua_rawgeti(L, first, i);
      bind_value(L, stmt, i, -1, fname);
      lua_pop(L, 1);
    }
    return;
  }
  if (nargs > nparams)
    luaL_error(L, "%s: %d values given for %d SQL parameter%s", fname, nargs, nparams,
               nparams == 1 ? "" : "s");
  for (int i = 1; i <= nparams; i++) {
    if (i <= nargs) bind_value(L, stmt, i, first + i - 1, fname);
    else if (sqlite3_bind_null(stmt, i) != SQLITE_OK) lsql_raise(L, fname, "bind failed");
  }
}

/* Pushes an array of the statement's column names. Stack: +1. */
void lsql_push_names(lua_State *L, sqlite3_stmt *stmt) {
  int ncols = sqlite3_column_count(stmt);
  lua_createtable(L, ncols, 0);
  for (int i = 0; i < ncols; i++) {
    lua_pushstring(L, sqlite3_column_name(stmt, i));
    lua_rawseti(L, -2, i + 1);
  }
}

/*
** Pushes a column value of the current row (v from sqlite3_column_value, t its type). One
** sqlite3_column_value per cell, then the sqlite3_value_* accessors: each sqlite3_column_* call
** costs a statement lookup and an error check, so this takes one where the column_* calls take
** two or three. (The value is "unprotected", which only matters to connections shared between
** threads; cica's are opened SQLITE_OPEN_NOMUTEX and used by one thread.) Stack: +1.
*/
static void push_value(lua_State *L, sqlite3_value *v, int t) {
  const void *p;
  switch (t) {
  case SQLITE_INTEGER: lua_pushinteger(L, sqlite3_value_int64(v)); return;
  case SQLITE_FLOAT: lua_pushnumber(L, sqlite3_value_double(v)); return;
  case SQLITE_NULL: lua_pushnil(L); return;
  case SQLITE_BLOB: p = sqlite3_value_blob(v); break;
  default: p = sqlite3_value_text(v); break;
  }
  /* text or blob: the pointer first, then the size (SQLite's documented order) */
  size_t n = (size_t)sqlite3_value_bytes(v);
  if (p == NULL && n > 0) {
    lua_pushliteral(L, "not enough memory"); /* SQLite could not convert the value */
    lua_error(L);
  }
  lua_pushlstring(L, p, n);
}

/*
** Pushes the current row as a table; `names` is the stack index of the names array (a pseudo-index
** such as an upvalue is fine). NULL columns leave no key. Stack: +1.
*/
void lsql_push_row(lua_State *L, sqlite3_stmt *stmt, int names, int ncols) {
  lua_createtable(L, 0, ncols);
  for (int i = 0; i < ncols; i++) {
    sqlite3_value *v = sqlite3_column_value(stmt, i);
    int t = sqlite3_value_type(v);
    if (t == SQLITE_NULL) continue;
    lua_rawgeti(L, names, i + 1);
    push_value(L, v, t);
    lua_rawset(L, -3);
  }
}

/* Pushes the current row's values as separate values. Stack: +ncols. Returns ncols. */
int lsql_push_values(lua_State *L, sqlite3_stmt *stmt, int ncols) {
  luaL_checkstack(L, ncols, "too many result columns");
  for (int i = 0; i < ncols; i++) {
    sqlite3_value *v = sqlite3_column_value(stmt, i);
    push_value(L, v, sqlite3_value_type(v));
  }
  return ncols;
}

/* A statement owned by Lua: finalised when exhausted, closed, or collected. */
struct cursor {
  sqlite3_stmt *stmt;
  const char *fname;
  int ncols;
  int as_values;
};

/* Finalises a cursor's statement once. */
static void cursor_finish(struct cursor *c) {
  if (c->stmt) {
    sqlite3_finalize(c->stmt);
    c->stmt = NULL;
  }
}

/* __gc and __close of a cursor. */
static int cursor_gc(lua_State *L) {
  cursor_finish(luaL_checkudata(L, 1, LSQL_CURSOR));
  return 0;
}

/* Raises the statement's error after finalising it (the message is copied first). */
static int cursor_fail(lua_State *L, struct cursor *c) {
  char message[512];
  const char *m = db_errmsg(sqlite3_db_handle(c->stmt)); /* cica's reason when a bound stopped it */
  size_t n = strlen(m) < sizeof message - 1 ? strlen(m) : sizeof message - 1;
  memcpy(message, m, n);
  message[n] = '\0';
  cursor_finish(c);
  return lsql_raise(L, c->fname, message);
}

/*
** Wraps a freshly prepared stmt in a cursor, which owns it from now on, so that an error raised
** while binding or stepping cannot leak it. The value at stack index `owner` (the connection's
** handle; 0 for none) is kept alive as uservalue 2 so the connection outlives its cursors.
** Stack: +1 (the cursor).
*/
void lsql_new_cursor(lua_State *L, sqlite3_stmt *stmt, const char *fname, int as_values, int owner) {
  if (owner) owner = lua_absindex(L, owner);
  struct cursor *c = lua_newuserdatauv(L, sizeof *c, 2);
  c->stmt = stmt;
  c->fname = fname;
  c->ncols = sqlite3_column_count(stmt);
  c->as_values = as_values;
  luaL_setmetatable(L, LSQL_CURSOR);
  lsql_push_names(L, stmt);
  lua_setiuservalue(L, -2, 1);
  if (owner) {
    lua_pushvalue(L, owner);
    lua_setiuservalue(L, -2, 2);
  }
}

/* The statement of the cursor at stack index idx. */
sqlite3_stmt *lsql_cursor_stmt(lua_State *L, int idx) {
  return ((struct cursor *)luaL_checkudata(L, idx, LSQL_CURSOR))->stmt;
}

/*
** Steps the cursor at stack index idx to the end, pushing an array of row tables, then finalises
** it. Stack: +1.
*/
void lsql_push_all(lua_State *L, int idx) {
  struct cursor *c = luaL_checkudata(L, idx, LSQL_CURSOR);
  lua_getiuservalue(L, idx, 1);
  int names = lua_gettop(L);
  lua_newtable(L);
  int rc, n = 0;
  while ((rc = sqlite3_step(c->stmt)) == SQLITE_ROW) {
    lsql_push_row(L, c->stmt, names, c->ncols);
    lua_rawseti(L, -2, ++n);
  }
  if (rc != SQLITE_DONE) cursor_fail(L, c);
  cursor_finish(c);
  lua_remove(L, names);
}

/*
** Steps the cursor in upvalue 1. Returns 1 with a row ready, 0 when done (the statement is then
** finalised). Raises on SQLite errors.
*/
static int next_row(lua_State *L, struct cursor **cp) {
  struct cursor *c = *cp = lua_touserdata(L, lua_upvalueindex(1));
  if (!c->stmt) return 0;
  int rc = sqlite3_step(c->stmt);
  if (rc == SQLITE_ROW) return 1;
  if (rc != SQLITE_DONE) return cursor_fail(L, c);
  cursor_finish(c);
  return 0;
}

/* cica.each's iterator (upvalue 1: the cursor): the next row's columns as values, or nothing. */
static int cursor_next_values(lua_State *L) {
  struct cursor *c;
  if (!next_row(L, &c)) return 0;
  int ncols = c->ncols;
  /* Lua gives a C function LUA_MINSTACK free slots: only wide rows need to ask for more */
  if (ncols > LUA_MINSTACK) luaL_checkstack(L, ncols, "too many result columns");
  for (int i = 0; i < ncols; i++) {
    sqlite3_value *v = sqlite3_column_value(c->stmt, i);
    push_value(L, v, sqlite3_value_type(v));
  }
  return ncols;
}

/*
** cica.rows' iterator (upvalue 1: the cursor, upvalues 2..ncols+1: the column names, so each
** cell's key is one upvalue copy away): the next row as a table, or nothing.
*/
static int cursor_next_row(lua_State *L) {
  struct cursor *c;
  if (!next_row(L, &c)) return 0;
  sqlite3_stmt *stmt = c->stmt;
  int ncols = c->ncols;
  lua_createtable(L, 0, ncols);
  for (int i = 0; i < ncols; i++) {
    sqlite3_value *v = sqlite3_column_value(stmt, i);
    int t = sqlite3_value_type(v);
    if (t == SQLITE_NULL) continue;
    lua_pushvalue(L, lua_upvalueindex(i + 2));
    push_value(L, v, t);
    lua_rawset(L, -3);
  }
  return 1;
}

/* cica.rows' iterator for rows too wide for upvalues (upvalue 2: the names array). */
static int cursor_next_wide_row(lua_State *L) {
  struct cursor *c;
  if (!next_row(L, &c)) return 0;
  lsql_push_row(L, c->stmt, lua_upvalueindex(2), c->ncols);
  return 1;
}

/* The most upvalues a C closure may have (Lua's limit), less the cursor's. */
#define MAX_NAME_UPVALUES 254

/*
** Turns the cursor at stack index idx into generic-for values: the iterator, nil, nil and the
** cursor as the to-be-closed value, so `break` finalises the statement at once. Stack: +4.
*/
int lsql_iterate(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  struct cursor *c = luaL_checkudata(L, idx, LSQL_CURSOR);
  lua_pushvalue(L, idx);
  if (c->as_values) {
    lua_pushcclosure(L, cursor_next_values, 1);
  } else if (c->ncols <= MAX_NAME_UPVALUES) {
    luaL_checkstack(L, c->ncols + 4, "too many result columns");
    lua_getiuservalue(L, idx, 1);
    for (int i = 1; i <= c->ncols; i++) lua_rawgeti(L, -i, i);
    lua_remove(L, -(c->ncols + 1));
    lua_pushcclosure(L, cursor_next_row, c->ncols + 1);
  } else {
    lua_getiuservalue(L, idx, 1);
    lua_pushcclosure(L, cursor_next_wide_row, 2);
  }
  lua_pushnil(L);
  lua_pushnil(L);
  lua_pushvalue(L, idx);
  return 4;
}

/* Registers the cursor metatable. Stack: unchanged. */
void lsql_open_cursor_type(lua_State *L) {
  if (luaL_newmetatable(L, LSQL_CURSOR)) {
    lua_pushcfunction(L, cursor_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, cursor_gc);
    lua_setfield(L, -2, "__close");
  }
  lua_pop(L, 1);
}

/*
** lsql.c — Lua <-> SQLite values. Parameters: positional (?, ?N) from the arguments, or named
** (:name, @name, $name) from a single table argument. Results: INTEGER stays an integer, REAL a
** float, TEXT and BLOB strings, NULL nil. Rows are tables keyed by column name; the names are
** turned into Lua strings once per statement, not once per cell.
*/
#include "lsql.h"

#include <lauxlib.h>
#include <string.h>

#include "cica.h"
#include "db.h"
#include "runlimit.h"
#include "stackcheck.h"

#if LUA_VERSION_RELEASE_NUM < 50403
#error "the cursor guard needs lua_closeslot (Lua 5.4.3 or later)"
#endif

/*
** Ownership of a statement while Lua builds values from it.
**
** Building a row allocates (lua_createtable, lua_pushlstring), and an allocation can run the
** collector, and so finalizers: user code. That code can reach the cursor (it is the 4th value of
** the generic for) and call its __close or __gc, or call the iterator again. Either would free or
** move the statement under the C code reading it (issue 13, B3). The rule: while a cursor is
** "busy" (a row is being read from it) its statement is neither finalised nor stepped by anyone
** else. __close and __gc only note the request (close_pending) and the reader finalises on its way
** out; a nested read raises. Every C function that reads from a statement takes it again from the
** cursor after anything that may have run Lua code, and holds the cursor busy while it works.
**
** "Busy" must end also when an allocation fails half-way through a row and Lua unwinds the C
** stack with an error. So the reader does not clear the flag itself: it marks the cursor's guard
** (a userdata whose __close ends the busy period) as a to-be-closed stack slot (lua_toclose), and
** Lua closes it on the normal return and on the error path alike.
*/

/* A statement owned by Lua: finalised when exhausted, closed, or collected. */
struct cursor {
  sqlite3_stmt *stmt;
  sqlite3 *const *conn;  /* the owner's connection slot (NULL once the owner closed it), or NULL */
  const char *fname;
  int ncols;
  int as_values;
  int busy;              /* >0 while a row is being read from stmt (see above) */
  int close_pending;     /* __close/__gc came while busy: finalise when the read ends */
};

/* The guard of a busy cursor: a to-be-closed value whose __close ends the busy period. */
struct guard {
  struct cursor *c;
};

#define GUARD_UV 3   /* the cursor's uservalue that holds its guard */

/*
** Raises a Lua error "<fname>: <message>" located at the calling Lua code. An interrupted
** statement reports why it was stopped (time limit, Ctrl-C) rather than SQLite's "interrupted".
** Stack: does not return (raises).
*/
int lsql_raise(lua_State *L, const char *fname, const char *message) {
  const char *reason = runlimit_stop_reason();
  if (reason && strcmp(message, "interrupted") == 0) return luaL_error(L, "%s", reason);
  return luaL_error(L, "%s: %s", fname, message);
}

/*
** Binds the Lua value at stack index idx to parameter n. Runs no Lua code (a string is bound as it
** is, a number without conversion), so stmt cannot be freed under it. Stack: unchanged. Errors on
** bad types and SQLite's refusals (such as a value over SQLITE_LIMIT_LENGTH).
*/
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
    luaL_error(L, host_message(L, "sql_bind"), fname, luaL_typename(L, idx), n);
    return;
  }
  if (rc != SQLITE_OK) lsql_raise(L, fname, sqlite3_errstr(rc));
}

/*
** Binds the arguments from stack index `first` to the top to the statement of the cursor at stack
** index `cursor`. One table argument supplies named parameters (key without the ':' '@' '$'
** prefix) and positional ones (by index). Reading a named one can run an __index metamethod (user
** code), so every value is fetched first and bound after, with the statement taken again from the
** cursor. Stack: unchanged. Errors: bad types, too many values, the cursor closed meanwhile.
*/
void lsql_bind(lua_State *L, int cursor, int first, const char *fname) {
  STACK_ENTER(L);
  cursor = lua_absindex(L, cursor);
  struct cursor *c = luaL_checkudata(L, cursor, LSQL_CURSOR);
  int nparams = c->stmt ? sqlite3_bind_parameter_count(c->stmt) : 0;
  int nargs = lua_gettop(L) - first + 1;
  if (nargs == 1 && lua_istable(L, first)) {
    int base = lua_gettop(L);
    luaL_checkstack(L, nparams, "too many SQL parameters");
    for (int i = 1; i <= nparams; i++) {
      if (!c->stmt) break;
      const char *name = sqlite3_bind_parameter_name(c->stmt, i);
      if (name && name[0] != '?') lua_getfield(L, first, name + 1);   /* may run __index */
      else lua_rawgeti(L, first, i);
    }
    if (!c->stmt) luaL_error(L, "%s: the statement was closed while its parameters were read", fname);
    for (int i = 1; i <= nparams; i++) bind_value(L, c->stmt, i, base + i, fname);
    lua_settop(L, base);
    STACK_LEAVE(L, 0);
    return;
  }
  if (nargs > nparams)
    luaL_error(L, host_message(L, nparams == 1 ? "sql_values_one" : "sql_values"), fname, nargs, nparams);
  for (int i = 1; i <= nparams; i++) {
    if (i <= nargs) bind_value(L, c->stmt, i, first + i - 1, fname);
    else if (sqlite3_bind_null(c->stmt, i) != SQLITE_OK) lsql_raise(L, fname, "bind failed");
  }
  STACK_LEAVE(L, 0);
}


/* Finalises a cursor's statement once (the caller owns it: the cursor is not busy elsewhere). */
static void cursor_finish(struct cursor *c) {
  if (c->stmt) {
    sqlite3_finalize(c->stmt);
    c->stmt = NULL;
  }
}

/*
** __gc and __close of a cursor (argument 1). Finalises the statement, or, while a row is being
** read from it, leaves that to the reader (the collector never collects a busy cursor, since the
** reader holds it; a busy one is reached only by a finalizer calling the metamethod itself).
** Stack: unchanged. Errors: argument 1 not a cursor.
*/
static int cursor_gc(lua_State *L) {
  struct cursor *c = luaL_checkudata(L, 1, LSQL_CURSOR);
  if (c->busy > 0) c->close_pending = 1;
  else cursor_finish(c);
  return 0;
}

/*
** __close of a guard (argument 1): ends one busy period of its cursor and carries out a close that
** was asked for meanwhile. Runs on the reader's normal return and when an error unwinds it. Calling
** it again (through the debug library) does nothing. Stack: unchanged.
*/
static int guard_close(lua_State *L) {
  struct guard *g = lua_touserdata(L, 1);   /* only ever a guard: its metatable is the guards' */
  struct cursor *c = g->c;
  if (c && c->busy > 0 && --c->busy == 0 && c->close_pending) {
    c->close_pending = 0;
    cursor_finish(c);
  }
  return 0;
}

/*
** Starts a busy period of the cursor at stack index idx: pushes its guard and marks it to be
** closed. The caller must not pop it other than by returning (or lua_closeslot). Stack: +1.
** Errors: the cursor is already busy ("<fname>: the cursor is already reading a row": a finalizer
** running under the reader called it), its connection was closed ("<fname>: the database is
** closed"; the statement is finalised first), or no stack space.
*/
static struct cursor *cursor_enter(lua_State *L, int idx) {
  struct cursor *c = lua_touserdata(L, idx);
  if (c->busy > 0) luaL_error(L, "%s: the cursor is already reading a row", c->fname);
  if (c->stmt && c->conn && *c->conn == NULL) {
    cursor_finish(c);
    luaL_error(L, "%s: the database is closed", c->fname);
  }
  lua_getiuservalue(L, idx, GUARD_UV);   /* callers have a free slot: Lua gives C LUA_MINSTACK */
  lua_toclose(L, -1);
  c->busy++;
  return c;
}

/*
** Raises the statement's error after finalising it (the message is copied first). Stack: does not
** return (raises).
*/
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
** Pushes a column value of the current row (v from sqlite3_column_value, t its type). One
** sqlite3_column_value per cell, then the sqlite3_value_* accessors: each sqlite3_column_* call
** costs a statement lookup and an error check, so this takes one where the column_* calls take
** two or three. (The value is "unprotected", which only matters to connections shared between
** threads; cica's are opened SQLITE_OPEN_NOMUTEX and used by one thread.) The text pointer is
** safe across lua_pushlstring: Lua copies it before any collection step can run a finalizer
** (an emergency collection on a failed allocation runs none). Stack: +1. Errors: no memory.
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
** Pushes the current row of the busy cursor c as a table; `names` is the stack index of the names
** array (a pseudo-index such as an upvalue is fine). NULL columns leave no key. The statement is
** read from c for every cell: c is busy, so nobody finalises or steps it meanwhile. Stack: +1.
*/
static void push_row(lua_State *L, struct cursor *c, int names) {
  int ncols = c->ncols;
  lua_createtable(L, 0, ncols);
  for (int i = 0; i < ncols; i++) {
    sqlite3_value *v = sqlite3_column_value(c->stmt, i);
    int t = sqlite3_value_type(v);
    if (t == SQLITE_NULL) continue;
    lua_rawgeti(L, names, i + 1);
    push_value(L, v, t);
    lua_rawset(L, -3);
  }
}

/*
** Wraps a freshly prepared stmt in a cursor, which owns it from now on, so that an error raised
** while binding or stepping cannot leak it. `owner` (0 for none) is the stack index of the
** userdata that owns the connection; its block must begin with the `sqlite3 *` of stmt's
** connection (struct db_dataset, struct state_handle), which the owner sets to NULL when it
** closes it: the cursor then refuses to read. The owner is kept alive as uservalue 2, so the
** connection's memory outlives the cursor. Stack: +1 (the cursor). Errors: no memory (stmt is then
** finalised by the cursor's __gc).
*/
void lsql_new_cursor(lua_State *L, sqlite3_stmt *stmt, const char *fname, int as_values, int owner) {
  STACK_ENTER(L);
  if (owner) owner = lua_absindex(L, owner);
  struct cursor *c = lua_newuserdatauv(L, sizeof *c, 3);
  c->stmt = NULL;
  c->conn = NULL;
  c->fname = fname;
  c->ncols = sqlite3_column_count(stmt);
  c->as_values = as_values;
  c->busy = 0;
  c->close_pending = 0;
  luaL_setmetatable(L, LSQL_CURSOR);
  c->stmt = stmt;   /* owned from here: an error below leaves it to __gc */
  if (owner) {
    sqlite3 *const *conn = lua_touserdata(L, owner);
    if (conn == NULL || *conn != sqlite3_db_handle(stmt)) luaL_error(L, "%s: bad statement owner", fname);
    c->conn = conn;
    lua_pushvalue(L, owner);
    lua_setiuservalue(L, -2, 2);
  }
  struct guard *g = lua_newuserdatauv(L, sizeof *g, 0);
  g->c = c;   /* the cursor outlives its guard: the guard is reachable only through it */
  luaL_setmetatable(L, LSQL_GUARD);
  lua_setiuservalue(L, -2, GUARD_UV);
  /* the column names: reading them while a finalizer could close the cursor is a read too */
  int idx = lua_gettop(L);
  cursor_enter(L, idx);
  int ncols = c->ncols;
  lua_createtable(L, ncols, 0);
  for (int i = 0; i < ncols; i++) {
    const char *name = sqlite3_column_name(c->stmt, i);
    if (name == NULL) luaL_error(L, "not enough memory");
    lua_pushstring(L, name);
    lua_rawseti(L, -2, i + 1);
  }
  lua_setiuservalue(L, idx, 1);
  lua_closeslot(L, -1);
  lua_pop(L, 1);
  STACK_LEAVE(L, 1);
}

/*
** Steps the cursor at stack index idx to the end, pushing an array of row tables, then finalises
** it. Stack: +1. Errors: SQLite's (the statement is finalised first), no memory, the cursor closed
** before it ran (only a finalizer using the debug library can reach it).
*/
void lsql_push_all(lua_State *L, int idx) {
  STACK_ENTER(L);
  idx = lua_absindex(L, idx);
  luaL_checkudata(L, idx, LSQL_CURSOR);
  lua_getiuservalue(L, idx, 1);
  int names = lua_gettop(L);
  struct cursor *c = cursor_enter(L, idx);
  int guard = lua_gettop(L);
  if (!c->stmt) luaL_error(L, "%s: the statement was closed before it ran", c->fname);
  lua_newtable(L);
  int rc = SQLITE_DONE, n = 0;
  while (c->stmt && (rc = sqlite3_step(c->stmt)) == SQLITE_ROW) {
    push_row(L, c, names);
    lua_rawseti(L, -2, ++n);
  }
  if (c->stmt && rc != SQLITE_DONE) cursor_fail(L, c);
  cursor_finish(c);
  lua_closeslot(L, guard);       /* ends the busy period; the slot is now nil */
  lua_replace(L, names);         /* the rows where the names were */
  lua_settop(L, names);
  STACK_LEAVE(L, 1);
}

/*
** Starts reading the next row of the cursor in upvalue 1: enters a busy period (pushing the guard,
** see cursor_enter) and steps. Returns the cursor with a row ready, or NULL when done (the
** statement is then finalised). Stack: +1 (the guard, closed when the iterator returns).
** Errors: SQLite's, the cursor busy or its database closed.
*/
static struct cursor *next_row(lua_State *L) {
  struct cursor *c = cursor_enter(L, lua_upvalueindex(1));
  if (!c->stmt) return NULL;
  int rc = sqlite3_step(c->stmt);
  if (rc == SQLITE_ROW) return c;
  if (rc != SQLITE_DONE) cursor_fail(L, c);
  cursor_finish(c);
  return NULL;
}

/*
** cica.each's iterator (upvalue 1: the cursor): the next row's columns as values, or nothing.
** Stack: returns the ncols values, or nothing.
*/
static int cursor_next_values(lua_State *L) {
  struct cursor *c = next_row(L);
  if (!c) return 0;
  int ncols = c->ncols;
  /* Lua gives a C function LUA_MINSTACK free slots (one taken by the guard): only wide rows
  ** need to ask for more */
  if (ncols >= LUA_MINSTACK) luaL_checkstack(L, ncols, "too many result columns");
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
  struct cursor *c = next_row(L);
  if (!c) return 0;
  int ncols = c->ncols;
  lua_createtable(L, 0, ncols);
  for (int i = 0; i < ncols; i++) {
    sqlite3_value *v = sqlite3_column_value(c->stmt, i);
    int t = sqlite3_value_type(v);
    if (t == SQLITE_NULL) continue;
    lua_pushvalue(L, lua_upvalueindex(i + 2));
    push_value(L, v, t);
    lua_rawset(L, -3);
  }
  return 1;
}

/*
** cica.rows' iterator for rows too wide for upvalues (upvalue 2: the names array). Stack: returns
** the row, or nothing.
*/
static int cursor_next_wide_row(lua_State *L) {
  struct cursor *c = next_row(L);
  if (!c) return 0;
  push_row(L, c, lua_upvalueindex(2));
  return 1;
}

/* The most upvalues a C closure may have (Lua's limit), less the cursor's. */
#define MAX_NAME_UPVALUES 254

/*
** Turns the cursor at stack index idx into generic-for values: the iterator, nil, nil and the
** cursor as the to-be-closed value, so `break` finalises the statement at once. Stack: +4.
*/
int lsql_iterate(lua_State *L, int idx) {
  STACK_ENTER(L);
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
  STACK_LEAVE(L, 4);
  return 4;
}

/*
** Closes the cursor at stack index idx now (as its __close would), for callers that need only its
** column names: a cursor made while lua_close runs gets no finalizer, so one left to __gc then
** would never be finalised. Stack: unchanged.
*/
void lsql_close(lua_State *L, int idx) {
  STACK_ENTER(L);
  idx = lua_absindex(L, idx);
  lua_pushcfunction(L, cursor_gc);
  lua_pushvalue(L, idx);
  lua_call(L, 1, 0);   /* cursor_gc: runs no Lua code */
  STACK_LEAVE(L, 0);
}

/* Registers the metatables of cursors and their guards. Stack: unchanged. */
void lsql_open_cursor_type(lua_State *L) {
  STACK_ENTER(L);
  if (luaL_newmetatable(L, LSQL_CURSOR)) {
    lua_pushcfunction(L, cursor_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, cursor_gc);
    lua_setfield(L, -2, "__close");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, LSQL_GUARD)) {
    lua_pushcfunction(L, guard_close);
    lua_setfield(L, -2, "__close");
  }
  lua_pop(L, 1);
  STACK_LEAVE(L, 0);
}

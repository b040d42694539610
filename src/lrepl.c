/*
** lrepl.c — the binding `cica.repl.host`: the few facts about the dataset and the terminal the
** REPL's Lua side (lua/cica/repl.lua, lua/cica/repl/commands.lua) cannot get by itself. Registered
** in package.preload by host.c with the other bindings; user code under --safe cannot require it.
*/
#include <lauxlib.h>
#include <lua.h>
#include <sqlite3.h>

#include "cica.h"
#include "db.h"
#include "lsql.h"

/*
** cica.repl.host.columns(sql) -> the names of the result columns of sql, in order (the statement
** is prepared, not run). Rows from cica.query are keyed tables, so this is how `.sql` keeps the
** columns in the order the SELECT gave them. Stack: +1 (the array). Errors: SQLite's message for
** bad SQL, the dataset's refusals.
*/
static int repl_columns(lua_State *L) {
  STACK_ENTER(L);
  size_t len;
  const char *sql = luaL_checklstring(L, 1, &len);
  struct db_dataset *ds = cica_dataset(L);
  sqlite3_stmt *stmt = NULL;
  struct db_error err;
  if (db_prepare_dataset(ds, sql, len, &stmt, &err) != 0)
    return luaL_error(L, "%s", err.key ? host_message(L, err.key) : err.message);
  lsql_new_cursor(L, stmt, "cica.repl.host.columns", 0, 0);  /* cursor */
  lua_getiuservalue(L, -1, 1);                                /* cursor names */
  lsql_close(L, -2);   /* now: made while cica exits, it would get no __gc */
  lua_remove(L, -2);                                          /* names */
  STACK_LEAVE(L, 1);
  return 1;
}

static const luaL_Reg repl_functions[] = {
  {"columns",  repl_columns},
  {"width",    lhost_terminal_width},   /* the same answer as cica.host.terminal_width */
  {NULL, NULL}
};

/* Opens `cica.repl.host`. Stack: +1 (the module table). */
int luaopen_cica_repl_host(lua_State *L) {
  STACK_ENTER(L);
  luaL_newlib(L, repl_functions);
  STACK_LEAVE(L, 1);
  return 1;
}

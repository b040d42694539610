/*
** lsql: moving values between the Lua stack and SQLite statements, shared by the bindings that
** run SQL (cica.core for the dataset, cica.state for cica's own state files).
*/
#ifndef CICA_LSQL_H
#define CICA_LSQL_H
#include <lua.h>
#include <sqlite3.h>

#include "registry.h"

void lsql_bind(lua_State *L, int cursor, int first, const char *fname);
void lsql_new_cursor(lua_State *L, sqlite3_stmt *stmt, const char *fname, int as_values, int owner);
void lsql_push_all(lua_State *L, int idx);
void lsql_close(lua_State *L, int idx);
int lsql_iterate(lua_State *L, int idx);
int lsql_raise(lua_State *L, const char *fname, const char *message);
void lsql_open_cursor_type(lua_State *L);

#endif

/*
** Unit tests of the cursor ownership rules (src/lsql.c) that user code cannot reach directly: a
** cursor refuses to read once its owner closed the connection (the statement is finalised
** first, so the connection can go), and refuses an owner of another connection without leaking
** the statement. (A busy cursor deferring a close and refusing a second reader is tested from
** Lua, in tests/cram/safety-memory.t.)
*/
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "lsql.h"

static int failures, checks;

#define CHECK(cond) check((cond), #cond, __FILE__, __LINE__)

/* Records one check; prints the failing expression. */
static void check(int ok, const char *what, const char *file, int line) {
  checks++;
  if (!ok) {
    failures++;
    fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
  }
}

/* An owner as lsql_new_cursor wants it: a userdata whose block begins with the connection. */
struct owner {
  sqlite3 *db;
};

/* t.rows(sql) with upvalue 1 the owner userdata: prepares sql on its connection, iterates. */
static int t_rows(lua_State *L) {
  struct owner *o = lua_touserdata(L, lua_upvalueindex(1));
  sqlite3_stmt *stmt = NULL;
  if (o->db == NULL || sqlite3_prepare_v2(o->db, luaL_checkstring(L, 1), -1, &stmt, NULL) != SQLITE_OK)
    return luaL_error(L, "prepare failed");
  lsql_new_cursor(L, stmt, "t.rows", 0, lua_upvalueindex(1));
  lua_insert(L, 1);
  lsql_bind(L, 1, 3, "t.rows");
  return lsql_iterate(L, 1);
}

/* t.close() with upvalue 1 the owner: closes its connection as an owner's __gc would. */
static int t_close(lua_State *L) {
  struct owner *o = lua_touserdata(L, lua_upvalueindex(1));
  sqlite3_close_v2(o->db);
  o->db = NULL;
  return 0;
}

/* t.wrong(sql) with upvalue 1 the owner: a cursor whose owner holds another connection (refused). */
static int t_wrong(lua_State *L) {
  static int elsewhere;
  struct owner *o = lua_touserdata(L, lua_upvalueindex(1));
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2(o->db, luaL_checkstring(L, 1), -1, &stmt, NULL) != SQLITE_OK)
    return luaL_error(L, "prepare failed");
  struct owner *other = lua_newuserdatauv(L, sizeof *other, 0);
  other->db = (sqlite3 *)&elsewhere;   /* compared, never used */
  /* the statement is the cursor's from the start: the error leaves it to __gc */
  lsql_new_cursor(L, stmt, "t.wrong", 0, -1);
  return 0;
}

/* Runs a Lua chunk; returns its first result or error message as a string ("" for none). */
static const char *run(lua_State *L, const char *code, char *buf, size_t size) {
  int status = luaL_loadstring(L, code);
  if (status == LUA_OK) status = lua_pcall(L, 0, 1, 0);
  const char *s = lua_tostring(L, -1);
  snprintf(buf, size, "%s%s", status == LUA_OK ? "" : "error: ", s ? s : "");
  lua_pop(L, 1);
  return buf;
}

int main(void) {
  char buf[512];
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  lsql_open_cursor_type(L);
  struct owner *o = lua_newuserdatauv(L, sizeof *o, 0);
  CHECK(sqlite3_open(":memory:", &o->db) == SQLITE_OK);
  lua_newtable(L);
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, t_rows, 1);
  lua_setfield(L, -2, "rows");
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, t_close, 1);
  lua_setfield(L, -2, "close");
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, t_wrong, 1);
  lua_setfield(L, -2, "wrong");
  lua_setglobal(L, "t");
  lua_setglobal(L, "owner");   /* keeps the owner alive */

  const char *rows = "select 1 as a union all select 2 union all select 3";
  lua_pushstring(L, rows);
  lua_setglobal(L, "sql");
  /* an ordinary loop */
  CHECK(strcmp(run(L, "local s = 0 for r in t.rows(sql) do s = s + r.a end return s", buf, sizeof buf), "6") == 0);
  CHECK(strstr(run(L, "return t.wrong(sql)", buf, sizeof buf), "t.wrong: bad statement owner") != NULL);
  /* a cursor closed while it reads its names (a finalizer run by the names table) is finalised
  ** when the names are done, and the loop over it yields nothing */
  CHECK(strcmp(run(L,
    "local n = 0\n"
    "for _ = 1, 200 do\n"
    "  setmetatable({}, {__gc = function() for i = 1, 8 do local k, v = debug.getlocal(3, i)\n"
    "    if type(v) == 'userdata' and getmetatable(v) and getmetatable(v).__close then getmetatable(v).__close(v) end end end})\n"
    "  for r in t.rows(sql) do n = n + 1 end\n"
    "end\n"
    "return 'ok'", buf, sizeof buf), "ok") == 0);
  /* the owner closes the connection mid-loop: the next read is refused (statement finalised) */
  CHECK(strcmp(run(L, "local it, s, c, cur = t.rows(sql) it() t.close() return select(2, pcall(it))",
                   buf, sizeof buf), "t.rows: the database is closed") == 0);
  lua_close(L);   /* finalizes the refused cursor: no statement may leak (LeakSanitizer) */
  printf("%d checks, %d failed\n", checks, failures);
  return failures ? 1 : 0;
}

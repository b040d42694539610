/*
** fuzz_query.c — libFuzzer target for the query binding: cica.query, cica.rows and cica.each
** (src/lcore.c, src/lsql.c, src/db.c) with fuzzed SQL and parameters, under a time limit and a
** memory cap as a user would run them.
** Input: byte 0 chooses the function, the parameter style and whether the SQL carries a NUL;
** the rest splits at NUL bytes into the SQL and up to 8 parameters. A parameter's first byte
** picks its type: 'i' integer, 'f' float, 'n' nil, 'b' boolean, 't' a table, else a string.
** Properties: errors are Lua strings (malformed SQL, writes, limits are fine); no crash, leak or
** sanitizer report; the dataset still reads the same after every input.
*/
#include "fuzz.h"

static const char checker[] =
  "local fail = ...\n"
  "local fns = { cica.query, cica.rows, cica.each }\n"
  "local before = cica.query('select count(*) as n from sqlite_schema')[1].n\n"
  "return function(which, named, sql, ...)\n"
  "  local f = fns[which % 3 + 1]\n"
  "  local args = table.pack(...)\n"
  "  if named then\n"
  "    local t = {}\n"
  "    for i = 1, args.n do t[i] = args[i]; t['p' .. i] = args[i] end\n"
  "    args = { n = 1, t }\n"
  "  end\n"
  "  local ok, err = pcall(function()\n"
  "    if f == cica.query then\n"
  "      if type(f(sql, table.unpack(args, 1, args.n))) ~= 'table' then fail('query gave no table') end\n"
  "    else\n"
  "      local n = 0\n"
  "      for a in f(sql, table.unpack(args, 1, args.n)) do\n"
  "        n = n + 1\n"
  "        if n > 1000 then break end\n"
  "      end\n"
  "    end\n"
  "  end)\n"
  "  if not ok and type(err) ~= 'string' then fail('error is a ' .. type(err)) end\n"
  "  if cica.query('select count(*) as n from sqlite_schema')[1].n ~= before then\n"
  "    fail('the dataset changed: ' .. string.format('%q', sql))\n"
  "  end\n"
  "end\n";

/* Pushes one parameter from its bytes (see the header). Stack: +1. */
static void push_param(lua_State *L, const char *p, size_t n) {
  char text[64];
  size_t k = n - 1 < sizeof text - 1 ? n - 1 : sizeof text - 1;
  if (n > 0) {
    memcpy(text, p + 1, k);
    text[k] = '\0';
  }
  switch (n ? p[0] : 's') {
  case 'i': lua_pushinteger(L, (lua_Integer)strtoll(text, NULL, 0)); break;
  case 'f': lua_pushnumber(L, strtod(text, NULL)); break;
  case 'n': lua_pushnil(L); break;
  case 'b': lua_pushboolean(L, k > 0); break;
  case 't': lua_newtable(L); break;
  default: lua_pushlstring(L, p, n);
  }
}

/* One input: see the header. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  lua_State *L = fuzz_state(256, 0);
  static int ready;
  if (!ready) {
    fuzz_checker(L, "fuzz_query", checker);
    ready = 1;
  }
  if (size == 0) return 0;
  unsigned flags = data[0];
  const char *p = (const char *)data + 1, *end = (const char *)data + size;
  lua_pushinteger(L, flags & 3);
  lua_pushboolean(L, (flags & 4) != 0);
  int nargs = 2;
  while (p <= end && nargs < 2 + 1 + 8) {
    const char *nul = memchr(p, '\0', (size_t)(end - p));
    const char *stop = nul ? nul : end;
    if (nargs == 2 && (flags & 8) && nul) stop = end; /* the SQL keeps its NUL bytes */
    if (nargs == 2) lua_pushlstring(L, p, (size_t)(stop - p));
    else push_param(L, p, (size_t)(stop - p));
    nargs++;
    if (stop == end) break;
    p = stop + 1;
  }
  runlimit_start(L, 0.25);
  fuzz_run(L, "fuzz_query", nargs, 0);
  runlimit_stop(L); /* no limit (and no watchdog) while libFuzzer works between inputs */
  return 0;
}

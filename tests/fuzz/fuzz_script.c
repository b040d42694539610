/*
** fuzz_script.c — libFuzzer target that runs whole user scripts: the input's bytes are choices in
** a grammar that writes a Lua script calling the public API (cica.query/rows/each over a pool of
** SQL with wide rows and the search table, cica.find, cica.members_at with odd dates, cica.search,
** the collections, cica.format, cica.width, cica.date, the report view, help, require), with
** objects whose __gc finalizers call back into the API, close cursors or resurrect themselves,
** coroutines that yield inside iterator loops and are abandoned or resumed after their cursor was
** closed, pcall/error with non-string values, nested load() of generated text and string growth
** up to the memory cap.
** The first byte of the input turns on finalizers that live through the whole script (options[]);
** the rest are statements.
** Each input runs as `cica --safe` runs a script: a fresh state from host_new (sandbox, memory
** cap, time limit), the chunk loaded by host_load_string and run by host_pcall, and the state
** closed by runlimit_close, so the finalizers left over run at exit as they do in cica.
** Properties: no crash, sanitizer report or leak; an error an API call raises is a string (or the
** non-string value the script itself threw); the dataset reads the same after the script.
** Set FUZZ_SCRIPT_PRINT=1 to print each generated script on stderr (to read a finding).
** Time: the 1 s limit stops Lua code by its hook and queries by SQLite's progress handler and,
** once stopped, a run starts no query. Finalizers run with hooks off, so a collection that runs
** very many of them could outlast the watchdog's grace second, which in cica exits (status 1):
** the grammar makes at most FINALIZERS objects with a finalizer per script (FIN), and each
** finalizer body is a few bounded calls, which fail at once after the limit. Nothing in the
** grammar stays in one C function for long (no user patterns for string.find/gsub: a
** pathological pattern is the one case the watchdog's exit is for, tested in
** tests/cram/safety-limits.t). In this build (CICA_FUZZING) the watchdog aborts instead of
** exiting, so libFuzzer keeps the input of any run that gets stuck: a finding, not a lost run.
*/
#include <stdarg.h>

#include "fuzz.h"

#define MAX_SCRIPT (256u << 10) /* bytes of generated Lua, at most */
#define MAX_DEPTH 3             /* nesting of blocks, loops, coroutines and load()s */
#define MAX_TOP 48              /* top-level statements */
#define FINALIZERS "2000"       /* objects with a finalizer a script may make (FIN in the prelude) */

/* The input as a stream of choices: each read takes one byte; past the end every choice is 0. */
struct choices {
  const uint8_t *data;
  size_t size, at;
};

/* The next choice in [0, n). */
static unsigned pick(struct choices *c, unsigned n) {
  if (c->at >= c->size) return 0;
  return c->data[c->at++] % n;
}

/* The script being written: a growable buffer that stops growing at MAX_SCRIPT. */
struct text {
  char *s;
  size_t len, cap;
};

/* Appends n bytes (silently truncated at MAX_SCRIPT; the chunk then fails to load, harmlessly). */
static void put_n(struct text *t, const char *s, size_t n) {
  if (t->len + n + 1 > MAX_SCRIPT) return;
  if (t->len + n + 1 > t->cap) {
    size_t cap = t->cap ? t->cap : 4096;
    while (cap < t->len + n + 1) cap *= 2;
    char *p = realloc(t->s, cap);
    if (p == NULL) abort();
    t->s = p;
    t->cap = cap;
  }
  memcpy(t->s + t->len, s, n);
  t->len += n;
  t->s[t->len] = '\0';
}

/* Appends a NUL-terminated string. */
static void put(struct text *t, const char *s) {
  put_n(t, s, strlen(s));
}

/* Appends printf-style text (short pieces only). */
__attribute__((format(printf, 2, 3))) static void putf(struct text *t, const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n > 0) put_n(t, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Appends s as a Lua long-bracket-free quoted string literal. */
static void put_quoted(struct text *t, const char *s, size_t n) {
  put(t, "\"");
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)s[i];
    if (ch == '"' || ch == '\\') {
      char e[2] = {'\\', (char)ch};
      put_n(t, e, 2);
    } else if (ch < 32 || ch == 127) {
      putf(t, "\\%03u", ch);
    } else {
      put_n(t, (const char *)&ch, 1);
    }
  }
  put(t, "\"");
}

/* SQL with the parameters it wants (written as Lua argument text after the SQL literal). */
static const char *const sql_pool[] = {
  "select 1 as a",
  "select id, name_en, kind from entities order by id",
  "select * from entities",
  "select * from meetings",
  "select count(*) as n from sqlite_schema",
  "select kind, id, snippet(search, -1, '[', ']', '…', 8) as s from search where search match ?",
  "select rowid, * from search where search match ? order by rank",
  ("with recursive n(i) as (select 1 union all select i + 1 from n where i < ?) "
   "select i, printf('%500d', i) as p from n"),
  "select ?1 as a, ?2 as b, ?3 as c",
  "select :x as x, @y as y",
  "select zeroblob(?) as z",
  "select printf('%.*c', ?, 'x') as s",
  "insert into entities(id) values ('ZZ')",
  "select * from nosuch",
  "",
  "select 1 as a; select 2 as b",
  "select e.id, s.* from entities e join statuses s on s.entity = e.id",
  "select group_concat(name_en, ',') as g from entities",
};
#define SQL_POOL (sizeof sql_pool / sizeof *sql_pool)

/* Arguments for a SQL parameter (Lua expressions). */
static const char *const arg_pool[] = {
  "'KR'", "'almaty*'", "'a NOT b'", "'\"'", "'中国'", "'NEAR(亚信 会议)'", "'kind:entity'", "''", "1",
  "50", "2000", "0", "-1", "1e308", "0/0", "math.maxinteger", "nil", "true", "{}", "{x = 1, y = 'a'}",
  "('x'):rep(1000)", "('a OR '):rep(100) .. 'b'", "string.char(0, 255, 128)", "print",
};
#define ARG_POOL (sizeof arg_pool / sizeof *arg_pool)

/* Odd values for dates, texts and sizes (Lua expressions). */
static const char *const value_pool[] = {
  "2019", "'2019'", "'2019-06'", "'2019-06-15'", "'2019-02-30'", "'9999-99-99'", "'0000-00-00'",
  "0", "-1", "1e308", "-1e308", "0/0", "math.huge", "math.mininteger", "''", "'KR'", "'kr'",
  "' 韓國 '", "'Kazakhstan'", "'阿拉木图'", "'Almaty Act'", "nil", "true", "{}", "print", "'\\0'",
  "string.char(0xff, 0xfe)", "('中'):rep(3000)", "1.5", "'2019-06-15T00:00'", "'1992-10-05'",
  "coroutine.running()", "setmetatable({}, {__tostring = function() return 'odd' end})",
};
#define VALUE_POOL (sizeof value_pool / sizeof *value_pool)

/* Values a script throws with error(): the checker accepts these as well as strings. */
static const char *const thrown_pool[] = {"THROWN_T", "THROWN_S", "42", "true", "false", "nil", "0.5"};
#define THROWN_POOL (sizeof thrown_pool / sizeof *thrown_pool)

static const char *const collections[] = {
  "entities", "members", "observers", "partners", "summits", "meetings", "chairs", "secretariat",
  "documents", "cbm_areas", "stages", "rules", "events", "sources", "discrepancies", "timeline",
  "meta", "languages", "lang", "core",
};
static const char *const fields[] = {
  "id", "name", "name_en", "name_hans", "kind", "joined", "city", "title", "date", "status",
  "seats", "heads", "claims", "country", "start", "finish", "order", "url",
};
static const char *const requires[] = {
  "cica", "cica.core", "cica.date", "cica.dataset", "cica.width", "cica.format", "cica.format.json",
  "cica.format.svg", "cica.reports.members", "cica.reports.growth", "cica.report", "cica.quiz",
  "io", "cica.repl",
};
static const char *const helper_calls[] = {
  "require('cica.format').render({columns = {'a'}, rows = {{a = %s}}}, 'text')",
  ("require('cica.format').render({columns = {'a', {key = 'b', max = 3, overflow = 'wrap'}}, "
   "rows = {{a = %s, b = 'xxxxxxxx'}}}, ({'text', 'md', 'csv', 'json', 'html', 'svg'})[%u])"),
  "require('cica.format').normalize(%s)",
  "require('cica.format').cell(%s)",
  "require('cica.format').encode_json(%s)",
  "require('cica.width').width(%s)",
  "require('cica.width').pad(%s, %u, 'right')",
  "require('cica.width').truncate(%s, %u)",
  "require('cica.width').wrap(%s, %u)",
  "require('cica.width').valid(%s)",
  "require('cica.date').normalize(%s)",
  "require('cica.date').last_day(%s)",
  "require('cica.date').year(%s)",
  "require('cica.date').holds(%s, nil, '2019-01-01')",
  "require('cica.report').tr(%s)",
  "require('cica.report').entity_name(%s)",
  "require('cica.report').place_name(%s)",
  "require('cica.report').region_name(%s)",
  "require('cica.report').word(%s)",
  "require('cica.report').join({%s, 'a'})",
  "require('cica.report').pick(cica.find('KR'), %s)",
  "cica.find(%s)",
  "cica.members_at(%s)",
  "cica.observers_at(%s)",
  "cica.chair_at(%s)",
  "cica.search(%s)",
  "cica.search(%s, {limit = %u, kinds = {'entity', 'meeting'}})",
  "cica.set_lang(({'en', 'zh-Hans', 'zh-Hant', 'xx'})[%u %% 4 + 1] or %s)",
  "help(%s)",
  "cica.isatty(%s)",
};
#define COUNT(a) (sizeof a / sizeof *a)

static void gen_block(struct choices *c, struct text *t, int depth, int in_co);

/* Writes a call to cica.query/rows/each's SQL and arguments: `SQL, ARGS`. */
static void gen_sql_args(struct choices *c, struct text *t) {
  unsigned which = pick(c, SQL_POOL + 4);
  if (which >= SQL_POOL) {
    /* wide rows (see the prelude): 200 or 300 columns of 500 bytes, over 1 .. 500 rows */
    static const char *const rows[] = {"1", "20", "100", "500"};
    putf(t, "WIDE%u, %s", which % 2 ? 300 : 200, rows[pick(c, 4)]);
    return;
  }
  put_quoted(t, sql_pool[which], strlen(sql_pool[which]));
  if (strstr(sql_pool[which], ":x")) {
    put(t, ", {x = ");
    put(t, arg_pool[pick(c, ARG_POOL)]);
    put(t, ", y = 2}");
    return;
  }
  unsigned nargs = pick(c, 4);
  for (unsigned i = 0; i < nargs; i++) putf(t, ", %s", arg_pool[pick(c, ARG_POOL)]);
}

/* Writes the body of a finalizer (o: the object, mt: its metatable). */
static void gen_gc_body(struct choices *c, struct text *t) {
  unsigned n = 1 + pick(c, 3);
  for (unsigned i = 0; i < n; i++) {
    switch (pick(c, 9)) {
    case 0: put(t, "for _, k in pairs(CURS) do pcall(getmetatable(k).__close, k) end "); break;
    case 1: put(t, "pcall(cica.query, 'select 1 as a') "); break;
    case 2: put(t, "print(pcall(cica.query, 'select count(*) as n from entities')) "); break;
    case 3: put(t, "R[#R + 1] = o "); break;
    case 4: put(t, "if REARM > 0 then REARM = REARM - 1; setmetatable({}, mt) end "); break;
    case 5: put(t, "pcall(cica.find, 'KR'); pcall(cica.search, 'almaty') "); break;
    case 6: put(t, "for _, k in pairs(CURS) do pcall(function() for r in cica.rows('select 1 as a') do end end) break end "); break;
    case 7: put(t, "collectgarbage() "); break;
    default: put(t, "local n = 0; for _ in pairs(cica.members or {}) do n = n + 1 end "); break;
    }
  }
}

/* Writes one statement. in_co: inside a coroutine body (yield is meaningful). */
static void gen_statement(struct choices *c, struct text *t, int depth, int in_co) {
  unsigned kind = pick(c, depth >= MAX_DEPTH ? 12 : 18);
  switch (kind) {
  case 0: /* a query, its rows kept or not */
    put(t, "CK(pcall(cica.query, ");
    gen_sql_args(c, t);
    put(t, "))\n");
    break;
  case 1: /* an API helper with an odd value */
  case 2: {
    const char *f = helper_calls[pick(c, COUNT(helper_calls))];
    const char *v = value_pool[pick(c, VALUE_POOL)];
    unsigned u = pick(c, 7);
    char call[1024];
    /* the patterns take (%s) or (%s, %u) or (%u, %s): fill both orders */
    if (strstr(f, "%u %%")) snprintf(call, sizeof call, f, u, v);
    else snprintf(call, sizeof call, f, v, u);
    putf(t, "CK(pcall(function() return %s end))\n", call);
    break;
  }
  case 3: { /* a finalizer object, kept, dropped or resurrected */
    put(t, "do local mt; mt = {__gc = function(o) ");
    gen_gc_body(c, t);
    put(t, "end}; local o = FIN(mt)");
    switch (pick(c, 3)) {
    case 0: put(t, "; R[#R + 1] = o"); break;
    case 1: put(t, "; KEEP[#KEEP + 1] = o"); break;
    default: break;
    }
    put(t, " end\n");
    break;
  }
  case 4: /* collect */
    put(t, (const char *[]){"collectgarbage()\n", "collectgarbage('step', 1)\n", "collectgarbage('count')\n",
                            "R = {}\n", "KEEP = {}\n", "CK(pcall(collectgarbage, 'stop'))\n"}[pick(c, 6)]);
    break;
  case 5: /* close a cursor seen earlier */
    putf(t, "do local k = CURS[%u] or CURS[#CURS]; if k then CK(pcall(getmetatable(k).__close, k)) end end\n",
         pick(c, 8) + 1);
    break;
  case 6: /* error with a non-string value, caught or not */
    if (pick(c, 2)) putf(t, "pcall(error, %s)\n", thrown_pool[pick(c, THROWN_POOL)]);
    else putf(t, "CK(pcall(function() error(%s, %u) end))\n", thrown_pool[pick(c, THROWN_POOL)], pick(c, 3));
    break;
  case 7: /* a collection and its fields */
    putf(t,
         "CK(pcall(function() local t = cica.%s; if type(t) == 'table' then local x = t[%u] or t[next(t)]; "
         "local _ = #t; if type(x) == 'table' then local _ = x.%s end; for k, v in pairs(t) do "
         "if type(v) == 'table' then local _ = v.%s end end end end))\n",
         collections[pick(c, COUNT(collections))], pick(c, 40), fields[pick(c, COUNT(fields))],
         fields[pick(c, COUNT(fields))]);
    break;
  case 8: /* string growth towards the memory cap */
    switch (pick(c, 3)) {
    case 0:
      putf(t, "CK(pcall(function() local s = 'ab'; for i = 1, %u do s = s .. s end; GROW[#GROW + 1] = s end))\n",
           10 + pick(c, 18)); /* 2^27 bytes: past the 64 MB cap */
      break;
    case 1:
      putf(t, "CK(pcall(string.rep, 'xyz', %s))\n",
           (const char *[]){"1e6", "1e7", "3e7", "2^31", "2^62", "-1"}[pick(c, 6)]);
      break;
    default: put(t, "GROW = {}\n"); break;
    }
    break;
  case 9: /* require, allowed or not */
    putf(t, "CK(pcall(require, '%s'))\n", requires[pick(c, COUNT(requires))]);
    break;
  case 10: /* resume or close the coroutines made so far */
    switch (pick(c, 3)) {
    case 0: put(t, "for _, co in ipairs(CO) do CK(coroutine.resume(co)) end\n"); break;
    case 1: put(t, "for _, co in ipairs(CO) do pcall(coroutine.close, co) end\n"); break;
    default: put(t, "CO = {}\n"); break;
    }
    break;
  case 11: /* yield, when in a coroutine */
    if (in_co) put(t, "coroutine.yield(1)\n");
    else put(t, "local _ = R[1] and R[1] ~= nil\n");
    break;
  case 12: /* a rows/each loop whose cursor is known, with a body */
  case 13: {
    unsigned f = pick(c, 2);
    put(t, "CK(pcall(function() local it, s, v, k = ");
    put(t, f ? "cica.each(" : "cica.rows(");
    gen_sql_args(c, t);
    put(t, ") CURS[#CURS + 1] = k; local n = 0\nfor r in it, s, v, k do n = n + 1\n");
    gen_block(c, t, depth + 1, in_co);
    putf(t, "if n > %u then break end end end))\n", (const unsigned[]){2, 50, 5000}[pick(c, 3)]);
    break;
  }
  case 14: { /* a coroutine iterating, resumed a few times, then left, closed or resumed */
    put(t, "do local co = coroutine.create(function()\n");
    put(t, "local it, s, v, k = cica.rows(");
    gen_sql_args(c, t);
    put(t, ") CURS[#CURS + 1] = k\nfor r in it, s, v, k do coroutine.yield(r)\n");
    gen_block(c, t, depth + 1, 1);
    put(t, "end end)\nCO[#CO + 1] = co\n");
    unsigned resumes = pick(c, 4);
    for (unsigned i = 0; i < resumes; i++) put(t, "CK(coroutine.resume(co))\n");
    put(t, "end\n");
    break;
  }
  case 15: { /* nested load of generated text */
    struct text inner = {0};
    gen_block(c, &inner, depth + 1, 0);
    put(t, "do local f, e = load(");
    put_quoted(t, inner.s ? inner.s : "", inner.len);
    put(t, "); if f then CK(pcall(f)) end end\n");
    free(inner.s);
    break;
  }
  case 16: /* a block under pcall */
    put(t, "CK(pcall(function()\n");
    gen_block(c, t, depth + 1, in_co);
    put(t, "end))\n");
    break;
  default: /* a re-arming finalizer that closes every cursor: the B3 shape */
    put(t, "do local mt; mt = {__gc = function(o) for _, k in pairs(CURS) do pcall(getmetatable(k).__close, k) end "
           "if REARM > 0 then REARM = REARM - 1; setmetatable({}, mt) end end}; FIN(mt) end\n");
    break;
  }
}

/* Writes 1 to 4 statements. */
static void gen_block(struct choices *c, struct text *t, int depth, int in_co) {
  unsigned n = 1 + pick(c, 4);
  for (unsigned i = 0; i < n; i++) gen_statement(c, t, depth, in_co);
}

/*
** What every script starts with: its tables, and CK, which fails the run when an error that
** pcall returned is neither a string nor a value the script threw itself. FAIL is fuzz_fail, the
** chunk's first argument.
*/
static const char prelude[] =
  "local FAIL = ...\n"
  "R, KEEP, CURS, CO, GROW, REARM = {}, {}, setmetatable({}, {__mode = 'v'}), {}, {}, 200\n"
  /* FIN(mt): a new object with finalizer mt, while the script's FINALIZERS last (then a plain
  ** table): finalizers run with hooks off, so the time limit cannot stop a collection that runs
  ** very many of them, and cica's watchdog would have to exit (see the header) */
  "local fin_left = " FINALIZERS "\n"
  "function FIN(mt) if fin_left > 0 then fin_left = fin_left - 1; return setmetatable({}, mt) end return {} end\n"
  "local function wide(n)\n"
  "  local cols = {}\n"
  "  for i = 1, n do cols[i] = ('printf(\\'%%500d\\', i + %d) as c%d'):format(i, i) end\n"
  "  return 'with recursive n(i) as (select 1 union all select i + 1 from n where i < ?1) select ' ..\n"
  "    table.concat(cols, ', ') .. ' from n'\n"
  "end\n"
  "WIDE200, WIDE300 = wide(200), wide(300) -- below and above the iterator's upvalue limit (254)\n"
  "THROWN_T = {}\n"
  "THROWN_S = setmetatable({}, {__tostring = function() return 'thrown' end})\n"
  "local thrown = {[THROWN_T] = true, [THROWN_S] = true, [42] = true, [0.5] = true}\n"
  "function CK(ok, e, ...)\n"
  "  if not ok and type(e) ~= 'string' and e ~= nil and type(e) ~= 'boolean' and not thrown[e] then\n"
  "    FAIL('an error is a ' .. type(e) .. ' value')\n"
  "  end\n"
  "  return ok, e, ...\n"
  "end\n";

/*
** What the first byte of an input adds after the prelude (one bit each), before any statement:
** finalizers alive through the whole script, the shape of the use-after-free bugs of issue 13.
*/
static const char *const options[] = {
  /* a finalizer that re-arms itself every collection and closes every cursor seen (B3 shape) */
  "do local mt; mt = {__gc = function(o) for _, k in pairs(CURS) do pcall(getmetatable(k).__close, k) end "
  "if REARM > 0 then REARM = REARM - 1; setmetatable({}, mt) end end}; setmetatable({}, mt) end\n",
  /* a finalizer made before the dataset is first used: at exit it queries and reads a collection
  ** after the dataset may have been closed (B4 shape) */
  "KEEP[#KEEP + 1] = setmetatable({}, {__gc = function() CK(pcall(cica.query, 'select 1 as a')) "
  "CK(pcall(function() return #cica.members end)) end})\n",
  /* a finalizer that resurrects itself into R and re-arms while REARM lasts */
  "do local mt; mt = {__gc = function(o) R[#R + 1] = o; if REARM > 0 then REARM = REARM - 1; "
  "setmetatable({}, mt) end end}; setmetatable({}, mt) end\n",
  /* another display language from the start */
  "cica.set_lang('zh-Hant')\n",
};

/* Reads the dataset's fingerprint through cica.core.query (kept in the registry before the
** script ran, so the script cannot replace it). Stack: +1 (a string, or nil on error). */
static const char fingerprint_source[] =
  "local q = ...\n"
  "local parts = {}\n"
  "for _, sql in ipairs{\n"
  "  'select count(*) as n, group_concat(name, \",\") as s from sqlite_schema',\n"
  "  'select count(*) as n, group_concat(id, \",\") as s from entities',\n"
  "  'select count(*) as n, group_concat(id, \",\") as s from meetings',\n"
  "  'select count(*) as n, \"\" as s from search'} do\n"
  "  local r = q(sql)[1]\n"
  "  parts[#parts + 1] = r.n .. ':' .. r.s\n"
  "end\n"
  "return table.concat(parts, '|')\n";

/* Runs fingerprint_source with the query function stored under "fuzz.query". Stack: +1. */
static void push_fingerprint(lua_State *L) {
  if (luaL_loadstring(L, fingerprint_source) != LUA_OK) abort();
  lua_getfield(L, LUA_REGISTRYINDEX, "fuzz.query");
  if (host_pcall(L, 1, 1) != LUA_OK) {
    fprintf(stderr, "fuzz: the dataset cannot be read after the script: %s\n", lua_tostring(L, -1));
    abort();
  }
}

/* A fresh state as `cica --safe` makes it: English, a 64 MB cap, a 1 s time limit. */
static lua_State *new_state(void) {
  struct host_options opt;
  memset(&opt, 0, sizeof opt);
  opt.lang = "en";
  opt.safe = 1;
  opt.timeout = 1.0;
  opt.max_memory = (size_t)64 << 20;
  lua_State *L = host_new(&opt);
  if (L == NULL) abort();
  /* the trusted query function, taken before any user code runs */
  if (luaL_dostring(L, "return cica.core.query") != LUA_OK) abort();
  lua_setfield(L, LUA_REGISTRYINDEX, "fuzz.query");
  return L;
}

/* One input: see the header. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static char *expected;
  if (expected == NULL) {
    lua_State *L = new_state();
    push_fingerprint(L);
    size_t n;
    const char *s = lua_tolstring(L, -1, &n);
    expected = malloc(n + 1);
    if (expected == NULL) abort();
    memcpy(expected, s, n + 1);
    lua_pop(L, 1);
    runlimit_close(L);
  }
  struct choices c = {data, size, 0};
  struct text t = {0};
  put(&t, prelude);
  unsigned flags = pick(&c, 256);
  for (unsigned i = 0; i < COUNT(options); i++)
    if (flags & (1u << i)) put(&t, options[i]);
  for (int i = 0; i < MAX_TOP && c.at < c.size; i++) gen_statement(&c, &t, 0, 0);
  if (getenv("FUZZ_SCRIPT_PRINT")) fprintf(stderr, "---- script\n%s---- end\n", t.s);

  lua_State *L = new_state();
  int status = host_load_string(L, t.s, t.len, "=fuzz");
  if (status == LUA_OK) {
    lua_pushcfunction(L, fuzz_fail);
    status = host_pcall(L, 1, 0);
  }
  if (status != LUA_OK) {
    if (getenv("FUZZ_SCRIPT_PRINT")) fprintf(stderr, "script error: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  free(t.s);
  /* The reading is the harness's, not the script's: a fresh run (the finalizers it triggers are
  ** limited too) with room above whatever the script left allocated (up to the 64 MB cap). */
  runlimit_set_memory(L, (size_t)256 << 20);
  runlimit_start(L, 1.0);
  push_fingerprint(L);
  if (strcmp(lua_tostring(L, -1), expected) != 0) {
    fprintf(stderr, "fuzz: property failed: the dataset reads differently after the script\n");
    abort();
  }
  lua_pop(L, 1);
  runlimit_close(L); /* the finalizers still pending run now, as at cica's exit */
  return 0;
}

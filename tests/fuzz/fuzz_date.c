/*
** fuzz_date.c — libFuzzer target for the date parser, lua/cica/date.lua (normalize, check,
** last_day, holds, year) and the API functions that take dates (cica.members_at & co.).
** Input: the bytes are the date text; their first 8 bytes are also tried as an integer year.
** Properties: normalize never raises; what it accepts is YYYY, YYYY-MM or YYYY-MM-DD with a real
** month, and check() agrees with it; a period starting on a date holds on that date's last day.
*/
#include "fuzz.h"

static const char checker[] =
  "local fail = ...\n"
  "local date = require 'cica.date'\n"
  "local function shape(d)\n"
  "  return d:match('^%d%d%d%d$') or d:match('^%d%d%d%d%-%d%d$')\n"
  "    or d:match('^%d%d%d%d%-%d%d%-%d%d$')\n"
  "end\n"
  "local function one(v)\n"
  "  local d, problem = date.normalize(v)\n"
  "  if not d then\n"
  "    if type(problem) ~= 'string' then fail('normalize gave no reason') end\n"
  "    if pcall(date.check, v, 'f', 1) then fail('check accepted what normalize refused') end\n"
  "    return\n"
  "  end\n"
  "  if type(d) ~= 'string' or not shape(d) then fail('normalize gave ' .. tostring(d)) end\n"
  "  local m = tonumber(d:sub(6, 7))\n"
  "  if m and (m < 1 or m > 12) then fail('month out of range: ' .. d) end\n"
  "  if date.check(v, 'f', 1) ~= d then fail('check differs from normalize: ' .. d) end\n"
  "  local last = date.last_day(d)\n"
  "  if #last ~= 10 or last:sub(1, #d) ~= d then fail('last_day(' .. d .. ') = ' .. last) end\n"
  "  if not date.holds(d, nil, last) then fail('a period does not hold on its own day: ' .. d) end\n"
  "  if math.type(date.year(d)) ~= 'integer' then fail('year is not an integer: ' .. d) end\n"
  "  for _, f in ipairs({ cica.members_at, cica.observers_at }) do\n"
  "    if type(f(v)) ~= 'table' then fail('members_at/observers_at gave no list for ' .. d) end\n"
  "  end\n"
  "  cica.chair_at(v)\n"
  "end\n"
  "return function(text, year)\n"
  "  one(text)\n"
  "  one(year)\n"
  "end\n";

/* One input: the bytes as text, and their first 8 bytes as a lua_Integer. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  lua_State *L = fuzz_state(1024, 1);
  static int ready;
  if (!ready) {
    fuzz_checker(L, "fuzz_date", checker);
    ready = 1;
  }
  int64_t year = 0;
  memcpy(&year, data, size < sizeof year ? size : sizeof year);
  if (size <= 2) year = (int64_t)(size ? data[0] : 0) * 16; /* small inputs: plausible years */
  lua_pushlstring(L, (const char *)data, size);
  lua_pushinteger(L, (lua_Integer)year);
  fuzz_run(L, "fuzz_date", 2, 1);
  return 0;
}

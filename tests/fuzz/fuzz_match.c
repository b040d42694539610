/*
** fuzz_match.c — libFuzzer target for the quiz answer matcher, lua/cica/quiz/match.lua: its
** public functions option() (is this answer right?), key(), normalize(), number(), letter(),
** build_fold() and new(), on arbitrary bytes (invalid UTF-8 included).
** Input: up to three strings separated by NUL bytes: the answer, an accepted text, and a
** second script of it (fed to build_fold as an aligned pair).
** Properties: nothing raises; normalize gives valid UTF-8; number() gives an integer or nil;
** letter(s, 4) is 1..4 or nil; an answer, and each accepted text, matches its own option (up to
** match.MAX_INPUT bytes; a longer answer matches nothing).
*/
#include "fuzz.h"

static const char checker[] =
  "local fail = ...\n"
  "local match = require 'cica.quiz.match'\n"
  "local function q(s) return string.format('%q', s) end\n"
  "local plain = match.build_fold({})\n"
  "return function(a, b, c)\n"
  "  -- an aligned pair adds to the fold only when both sides have as many characters\n"
  "  local n = utf8.len(b)\n"
  "  local fold = (n and n == utf8.len(c) and b ~= c) and match.build_fold({ { b, c } }) or plain\n"
  "  for _, s in ipairs({ a, b, c }) do\n"
  "    if type(match.key(s, fold)) ~= 'string' then fail('key is not a string: ' .. q(s)) end\n"
  "    if not utf8.len(match.normalize(s, fold)) then fail('normalize: invalid UTF-8: ' .. q(s)) end\n"
  "    for _, kind in ipairs({ false, 'year' }) do\n"
  "      local n = match.number(s, kind or nil)\n"
  "      if n ~= nil and math.type(n) ~= 'integer' then fail('number: ' .. tostring(n)) end\n"
  "    end\n"
  "    local l = match.letter(s, 4)\n"
  "    if l ~= nil and (math.type(l) ~= 'integer' or l < 1 or l > 4) then fail('letter: ' .. tostring(l)) end\n"
  "  end\n"
  "  local option = { text = a, accept = { b } }\n"
  "  local max = match.MAX_INPUT\n"
  "  if #a <= max and match.key(a, fold) ~= '' and not match.option(a, option, fold) then\n"
  "    fail('an answer does not match itself: ' .. q(a))\n"
  "  end\n"
  "  if #b <= max and match.key(b, fold) ~= '' and not match.option(b, option, fold) then\n"
  "    fail('an accepted text does not match: ' .. q(b))\n"
  "  end\n"
  "  if #a > max and match.option(a, option, fold) then fail('an answer over MAX_INPUT matched') end\n"
  "  local year = match.number(a, 'year')\n"
  "  if year and not match.option(a, { text = c, kind = 'year', value = year }, fold) then\n"
  "    fail('a year does not match itself: ' .. q(a))\n"
  "  end\n"
  "  match.option(c, { text = b, kind = 'number', value = match.number(b) }, fold)\n"
  "  local m = match.new(fold)\n"
  "  m:option(c, option)\n"
  "  m:key(b)\n"
  "  m:letter(a, 26)\n"
  "  m:number(c, 'year')\n"
  "end\n";

/* One input: split at the first two NUL bytes into three strings. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  lua_State *L = fuzz_state(1024, 1);
  static int ready;
  if (!ready) {
    fuzz_checker(L, "fuzz_match", checker);
    ready = 1;
  }
  const char *p = (const char *)data, *end = p + size;
  for (int i = 0; i < 3; i++) {
    const char *nul = memchr(p, '\0', (size_t)(end - p));
    const char *stop = (nul && i < 2) ? nul : end;
    lua_pushlstring(L, p, (size_t)(stop - p));
    p = stop < end ? stop + 1 : end;
  }
  fuzz_run(L, "fuzz_match", 3, 1);
  return 0;
}

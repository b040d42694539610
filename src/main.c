/*
** main.c — cica's command line. It accepts what lua5.4 accepts (-e, -l, -i, -v, -E, -W, -, --,
** the `arg` table, `...`, LUA_INIT) so that Lua tools such as busted run under cica, plus cica's own
** options and subcommands. Exit status: 0 success, 1 a script or command failed, 2 usage error.
*/
#include <lauxlib.h>
#include <lua.h>
#include <ctype.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cica.h"
#include "db.h"
#include "messages.h"
#include "runlimit.h"
#include "version.h"

#define EXIT_USAGE 2

/*
** The display language of the command line's own messages: the index of its texts in a
** struct cica_message (cica.lang.codes order). Set from the environment, then from --lang.
*/
static int message_lang = 0;

/* The text of message `key` of area "main" in language index `lang`; see msg(). */
static const char *cica_message_text(const char *key, int lang) {
  for (const struct cica_message *m = cica_messages_main; m->key; m++)
    if (strcmp(m->key, key) == 0) return m->text[lang];
  fprintf(stderr, "cica: no message '%s'\n", key);
  abort();
}

/*
** The message `key` of the catalogue area "main" (lua/cica/messages/main.lua, compiled into
** cica_messages_main by the build) in the display language. Arguments: the key. Returns the text
** (a printf format); an unknown key is a bug and aborts.
*/
static const char *msg(const char *key) {
  return cica_message_text(key, message_lang);
}

/* Makes `lang` (a display language code, one of cica_lang_codes_main) the language of msg(). */
static void set_message_lang(const char *lang) {
  for (int i = 0; cica_lang_codes_main[i]; i++)
    if (strcmp(cica_lang_codes_main[i], lang) == 0) message_lang = i;
}

/* Subcommands: the name on the command line, the Lua module whose main(args) runs it, and the
** key of its summary in the message catalogue. */
static const struct subcommand {
  const char *name, *module, *summary;
} subcommands[] = {
  {"report", "cica.cli.report", "sum_report"},
  {"quiz",   "cica.cli.quiz",   "sum_quiz"},
  {"search", "cica.cli.search", "sum_search"},
  {"repl",   NULL,              "sum_repl"},
  {"completion", "cica.cli.completion", "sum_completion"},
  {"stubs",  "cica.cli.stubs",  "sum_stubs"},
  {"help",   NULL,              "sum_help"},
  {NULL, NULL, NULL}
};

/* What the first pass over the arguments found. */
struct cli {
  struct host_options opt;
  int script;        /* index in argv of the script ("-" is stdin), 0 if none */
  int subcommand;    /* index in argv of the subcommand, 0 if none */
  int interactive;   /* -i */
  int version;       /* -v or --version */
  int help;          /* --help, or the command `help` */
  int help_topic;    /* index in argv of the COMMAND of `cica help COMMAND`, 0 if none */
  int has_execute;   /* some -e or -l was given */
};

static const char *shown(const char *text, char *out, size_t size, int keep_lines);

/* Prints a usage error as one line: the problem (the catalogue message `fmt`, with `detail`
** quoted safely), then where the help is. Returns EXIT_USAGE. */
static int usage_error(const char *fmt, const char *detail) {
  char quoted[1024];
  fputs("cica: ", stderr);
  fprintf(stderr, msg(fmt), shown(detail, quoted, sizeof quoted, 0));
  fputs(msg("see_help"), stderr);
  fputc('\n', stderr);
  return EXIT_USAGE;
}

/* Whether the module of a subcommand is bundled (so --help lists only what works). */
static int subcommand_available(lua_State *L, const struct subcommand *s) {
  if (s->module == NULL) return 1;
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  int found = lua_getfield(L, -1, s->module) != LUA_TNIL;
  lua_pop(L, 2);
  return found;
}

/* Publishes the subcommand table for cica.core.subcommands() (shell completion); the summaries
** in English, as completion scripts have always shown them. Stack: unchanged. */
static void publish_subcommands(lua_State *L) {
  lua_newtable(L);
  for (int i = 0; subcommands[i].name; i++) {
    lua_createtable(L, 0, 3);
    lua_pushstring(L, subcommands[i].name);
    lua_setfield(L, -2, "name");
    lua_pushstring(L, cica_message_text(subcommands[i].summary, 2));
    lua_setfield(L, -2, "summary");
    lua_pushboolean(L, subcommand_available(L, &subcommands[i]));
    lua_setfield(L, -2, "available");
    lua_rawseti(L, -2, i + 1);
  }
  lua_setfield(L, LUA_REGISTRYINDEX, CICA_SUBCOMMANDS_KEY);
}

/* Prints --help. */
static void print_help(lua_State *L) {
  printf(msg("help_head"), CICA_VERSION);
  for (const struct subcommand *s = subcommands; s->name; s++)
    if (subcommand_available(L, s)) printf("  %-10s %s\n", s->name, msg(s->summary));
  fputs(msg("help_options"), stdout);
}

/* Length of the valid UTF-8 character at p (at most n bytes), 0 if invalid there; *cp is its
** code point. Over-long forms, surrogates and values past U+10FFFF are invalid. */
static size_t utf8_char(const unsigned char *p, size_t n, unsigned long *cp) {
  size_t len = p[0] < 0x80 ? 1 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
             : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
  if (len == 0 || len > n) return 0;
  unsigned long c = len == 1 ? p[0] : (unsigned long)(p[0] & (0x7F >> len));
  for (size_t i = 1; i < len; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (p[i] & 0x3F);
  }
  static const unsigned long least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < least[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return len;
}

/*
** Copies text into out (size bytes, always terminated; cut short if it does not fit) fit to quote
** in a message: valid UTF-8 stays, each byte of invalid UTF-8 or of a control character (C0, DEL,
** C1) becomes \xHH, so an error never echoes raw bytes or terminal escape sequences. keep_lines
** keeps newlines and tabs (for whole messages). The same rule as cica.cli.args.shown. Returns out.
*/
static const char *shown(const char *text, char *out, size_t size, int keep_lines) {
  const unsigned char *p = (const unsigned char *)text;
  size_t n = strlen(text), o = 0;
  while (n > 0) {
    unsigned long cp = 0;
    size_t len = utf8_char(p, n, &cp);
    int plain = len > 0 && (cp >= 0x20 || (keep_lines && (cp == '\n' || cp == '\t'))) &&
                !(cp >= 0x7F && cp <= 0x9F);
    size_t escaped = len > 0 ? len : 1;
    if (o + (plain ? len : 4 * escaped) + 1 > size) break;
    if (plain) memcpy(out + o, p, len), o += len;
    else
      for (size_t i = 0; i < escaped; i++) o += (size_t)snprintf(out + o, size - o, "\\x%02X", p[i]);
    p += escaped;
    n -= escaped;
  }
  out[o] = '\0';
  return out;
}

/*
** Maps a --lang value or a locale name to a display language; NULL if not recognised. The
** languages are cica.lang's (cica_lang_codes_main, compiled from the catalogue; a code in any
** case); besides them --lang takes the region spellings below.
*/
static const char *language_of(const char *value, int from_locale) {
  static const char *const aliases[][2] = {
    {"zh-CN", "zh-Hans"}, {"zh", "zh-Hans"}, {"zh-TW", "zh-Hant"}, {"zh-HK", "zh-Hant"}, {NULL, NULL}};
  if (!from_locale) {
    for (int i = 0; cica_lang_codes_main[i]; i++)
      if (strcasecmp(value, cica_lang_codes_main[i]) == 0) return cica_lang_codes_main[i];
    for (int i = 0; aliases[i][0]; i++)
      if (strcmp(value, aliases[i][0]) == 0) return aliases[i][1];
    return NULL;
  }
  if (strncmp(value, "zh_TW", 5) == 0 || strncmp(value, "zh_HK", 5) == 0 ||
      strncmp(value, "zh_MO", 5) == 0) return "zh-Hant";
  if (strncmp(value, "zh", 2) == 0) return "zh-Hans";
  if (strncmp(value, "en", 2) == 0) return "en";
  return NULL;
}

/*
** The display language from the environment: the first of LC_ALL, LC_MESSAGES and LANG that is
** set. A Chinese locale gives its script, an English one English; C, POSIX (C.UTF-8 too) or no
** locale keep the Chinese default; a locale of any other language (de_DE, ja_JP, ru_RU, …)
** gives English, which its user more likely reads than Chinese.
*/
static const char *language_from_environment(void) {
  const char *vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
  for (int i = 0; i < 3; i++) {
    const char *v = getenv(vars[i]);
    if (v && *v) {
      const char *lang = language_of(v, 1);
      if (lang) return lang;
      if (strcmp(v, "C") == 0 || strncmp(v, "C.", 2) == 0 || strcmp(v, "POSIX") == 0) return "zh-Hans";
      return "en";
    }
  }
  return "zh-Hans";
}

/* Parses a positive number for --timeout / --max-memory; returns 0 on success. */
static int parse_positive(const char *text, double *out) {
  char *end = NULL;
  double v = strtod(text, &end);
  if (end == text || *end != '\0' || !(v > 0) || v > 1e9) return -1;
  *out = v;
  return 0;
}

/* Takes the value of an option given as "--opt VALUE" or "--opt=VALUE"; NULL if missing. */
static const char *option_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  if (argv[*i][n] == '=') return argv[*i] + n + 1;
  if (*i + 1 < argc) return argv[++*i];
  return NULL;
}

/* Whether argv[i] starts with the long option `name` (exactly, or followed by '='). */
static int is_long(const char *arg, const char *name) {
  size_t n = strlen(name);
  return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

/* Handles one of cica's own long options at argv[*i]. Returns 0, 1 if not one, or EXIT_USAGE. */
static int parse_long_option(int argc, char **argv, int *i, struct cli *cli) {
  const char *arg = argv[*i], *value;
  double number;
  if (strcmp(arg, "--version") == 0) cli->version = 1;
  else if (strcmp(arg, "--help") == 0) cli->help = 1;
  else if (strcmp(arg, "--safe") == 0) cli->opt.safe = 1;
  else if (is_long(arg, "--lang")) {
    if (!(value = option_value(argc, argv, i, "--lang"))) return usage_error("needs_value", "--lang");
    if ((cli->opt.lang = language_of(value, 0)) != NULL) set_message_lang(cli->opt.lang);
    else {
      char quoted[256];
      fprintf(stderr, msg("unknown_language"), shown(value, quoted, sizeof quoted, 0));
      return EXIT_USAGE;
    }
  } else if (is_long(arg, "--db")) {
    if (!(value = option_value(argc, argv, i, "--db"))) return usage_error("needs_file", "--db");
    cli->opt.db_path = value;
  } else if (is_long(arg, "--timeout")) {
    if (!(value = option_value(argc, argv, i, "--timeout")) || parse_positive(value, &number))
      return usage_error("needs_seconds", "--timeout");
    cli->opt.timeout = number;
  } else if (is_long(arg, "--max-memory")) {
    if (!(value = option_value(argc, argv, i, "--max-memory")) || parse_positive(value, &number) ||
        number * 1024 * 1024 < 1)
      return usage_error("needs_megabytes", "--max-memory");
    cli->opt.max_memory = (size_t)(number * 1024 * 1024);
  } else return 1;
  return 0;
}

/* Whether argv[i] names an available subcommand. */
static const struct subcommand *find_subcommand(const char *name) {
  for (const struct subcommand *s = subcommands; s->name; s++)
    if (strcmp(s->name, name) == 0) return s;
  return NULL;
}

/*
** First pass over the arguments, as lua.c's collectargs: flags that shape the state, and where
** the script or subcommand starts. Returns 0 or EXIT_USAGE (after printing the problem).
*/
static int collect_args(int argc, char **argv, struct cli *cli) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-') {
      const struct subcommand *sub = find_subcommand(a);
      if (sub && strcmp(sub->name, "help") == 0 && !cli->has_execute && !cli->interactive) {
        /* `cica help [COMMAND]` is `cica --help [COMMAND]` */
        cli->help = 1;
        cli->help_topic = i + 1 < argc ? i + 1 : 0;
        return 0;
      }
      if (sub && sub->module == NULL && !cli->has_execute && !cli->interactive) {
        /* `cica repl [options]` is `cica -i [options]`: its options are the global ones. */
        cli->interactive = 1;
        continue;
      }
      if (sub && !cli->has_execute && !cli->interactive) cli->subcommand = i;
      else cli->script = i;
      return 0;
    }
    if (strcmp(a, "-") == 0) { cli->script = i; return 0; }
    if (strcmp(a, "--") == 0) { if (i + 1 < argc) cli->script = i + 1; return 0; }
    if (a[1] == '-') {
      int r = parse_long_option(argc, argv, &i, cli);
      if (r == 1) return usage_error("unrecognized", a);
      if (r != 0) return r;
      continue;
    }
    switch (a[1]) {
    case 'E': cli->opt.no_env = 1; break;
    case 'W': cli->opt.warnings = 1; break;
    case 'i': cli->interactive = 1; break;
    case 'v': cli->version = 2; break;
    case 'e': case 'l':
      cli->has_execute = 1;
      if (a[2] == '\0' && ++i >= argc)
        return usage_error("needs_argument", a);
      break;
    default: return usage_error("unrecognized", a);
    }
    if ((a[1] == 'E' || a[1] == 'W' || a[1] == 'i' || a[1] == 'v') && a[2] != '\0')
      return usage_error("unrecognized", a);
  }
  return 0;
}

/* Prints the --version line: cica, Lua, SQLite and the dataset's date. Returns an exit status. */
static int print_version(lua_State *L) {
  lua_getglobal(L, "cica");
  lua_getfield(L, -1, "version_line");
  lua_remove(L, -2);
  int status = host_pcall(L, 0, 1);
  if (status != LUA_OK) return host_report(L, status), 1;
  puts(lua_tostring(L, -1));
  lua_pop(L, 1);
  return 0;
}

static lua_State *script_state; /* the state script-mode Ctrl-C interrupts */

/* SIGINT in script mode, as lua5.4's: the default action comes back (a second Ctrl-C kills) and
** the running code gets one "interrupted!" error, which pcall can catch. */
static void on_script_sigint(int sig) {
  signal(sig, SIG_DFL);
  if (script_state) runlimit_interrupt_once(script_state);
}

/* host_pcall with script mode's Ctrl-C handling around it (lua.c's docall). Stack: as host_pcall. */
static int script_pcall(lua_State *L, int nargs, int nresults) {
  script_state = L;
  signal(SIGINT, on_script_sigint);
  int status = host_pcall(L, nargs, nresults);
  signal(SIGINT, SIG_DFL);
  script_state = NULL;
  return status;
}

/* Runs a loaded chunk (with nargs arguments above it) through the protected path. */
static int run_chunk(lua_State *L, int status, int nargs) {
  if (status == LUA_OK) status = script_pcall(L, nargs, 0);
  else lua_pop(L, nargs);
  return host_report(L, status);
}

/* Runs LUA_INIT_5_4 or LUA_INIT: "@file" runs the file, anything else is Lua code. */
static int run_lua_init(lua_State *L) {
  const char *name = "=LUA_INIT_5_4";
  const char *init = getenv(name + 1);
  if (init == NULL) {
    name = "=LUA_INIT";
    init = getenv(name + 1);
  }
  if (init == NULL) return LUA_OK;
  if (init[0] == '@') return run_chunk(L, host_load_file(L, init + 1), 0);
  return run_chunk(L, host_load_string(L, init, strlen(init), name), 0);
}

/* -l mod / -l g=mod: require mod into global mod (or g). */
static int run_require(lua_State *L, const char *spec) {
  const char *eq = strchr(spec, '=');
  sandbox_push_env(L); /* user code's require and globals: under --safe, the sandbox's */
  lua_getfield(L, -1, "require");
  lua_pushstring(L, eq ? eq + 1 : spec);
  int status = script_pcall(L, 1, 1);
  if (status != LUA_OK) {
    lua_remove(L, -2);
    return host_report(L, status);
  }
  if (eq) lua_pushlstring(L, spec, (size_t)(eq - spec));
  else lua_pushstring(L, spec);
  lua_insert(L, -2);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  return LUA_OK;
}

/* Second pass: runs every -e and -l in order, up to `last` (exclusive). */
static int run_args(lua_State *L, char **argv, int last) {
  for (int i = 1; i < last; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || (a[1] != 'e' && a[1] != 'l')) {
      if (a[0] == '-' && a[1] == '-' && a[2] != '\0' && strchr(a, '=') == NULL &&
          (is_long(a, "--lang") || is_long(a, "--db") || is_long(a, "--timeout") ||
           is_long(a, "--max-memory")))
        i++; /* skip the option's value */
      continue;
    }
    const char *value = a[2] ? a + 2 : argv[++i];
    int status = a[1] == 'e' ? run_chunk(L, host_load_string(L, value, strlen(value), "=(command line)"), 0)
                             : run_require(L, value);
    if (status != LUA_OK) return status;
  }
  return LUA_OK;
}

/*
** Builds the global `arg`: the script at 0, its arguments at 1.., the interpreter and options
** before it at negative indices (as lua5.4 does).
*/
static void create_arg_table(lua_State *L, char **argv, int argc, int script) {
  int narg = argc - (script + 1);
  lua_createtable(L, narg, script + 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  sandbox_push_env(L); /* under --safe, user code's globals are the sandbox's */
  lua_insert(L, -2);
  lua_setfield(L, -2, "arg");
  lua_pop(L, 1);
}

/* Runs the script at argv[script] ("-" for stdin) with its arguments as `...`. */
static int run_script(lua_State *L, char **argv, int argc, int script) {
  const char *path = argv[script];
  if (strcmp(path, "-") == 0 && strcmp(argv[script - 1], "--") != 0) path = NULL;
  int status = host_load_file(L, path);
  int nargs = argc - script - 1;
  if (status == LUA_OK) {
    luaL_checkstack(L, nargs, "too many arguments to script");
    for (int i = script + 1; i < argc; i++) lua_pushstring(L, argv[i]);
  } else {
    nargs = 0;
  }
  return run_chunk(L, status, nargs);
}

/* Runs a subcommand: require(module).main(args) in the protected path. Returns an exit status. */
static int run_subcommand(lua_State *L, char **argv, int argc, int at, double timeout) {
  const struct subcommand *s = find_subcommand(argv[at]);
  if (s->module == NULL) return repl_run(L, isatty(0), timeout);
  lua_getglobal(L, "require");
  lua_pushstring(L, s->module);
  if (host_pcall(L, 1, 1) != LUA_OK) return host_report(L, 1), 1;
  lua_getfield(L, -1, "main");
  lua_remove(L, -2);
  lua_createtable(L, argc - at - 1, 0);
  for (int i = at + 1; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - at);
  }
  int status = host_pcall(L, 1, 1);
  if (status != LUA_OK) {
    /* A command's error is for its user: the message, without the traceback, and with what it
    ** quotes of the user's words (a file name, a search text) shown safely. */
    const char *msg = lua_tostring(L, -1);
    const char *nl = msg ? strstr(msg, "\nstack traceback:") : NULL;
    size_t len = msg ? (nl ? (size_t)(nl - msg) : strlen(msg)) : 0;
    char *cut = msg ? malloc(len + 1) : NULL, *quoted = cut ? malloc(4 * len + 1) : NULL;
    if (quoted) {
      memcpy(cut, msg, len);
      cut[len] = '\0';
      fprintf(stderr, "cica: %s\n", shown(cut, quoted, 4 * len + 1, 1));
      fflush(stderr);
      lua_pop(L, 1);
    } else {
      host_report(L, status);
    }
    free(cut);
    free(quoted);
    return 1;
  }
  int code = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
  lua_pop(L, 1);
  return code;
}

/*
** The subcommand nearest to word (cica.suggest.nearest over the available subcommands), copied
** into out (size bytes), or NULL when none is close. Stack: unchanged; a failure of the Lua
** side (it should not fail) counts as no suggestion.
*/
static const char *nearest_subcommand(lua_State *L, const char *word, char *out, size_t size) {
  int top = lua_gettop(L);
  const char *found = NULL;
  lua_getglobal(L, "require");
  lua_pushstring(L, "cica.suggest");
  if (host_pcall(L, 1, 1) == LUA_OK && lua_getfield(L, -1, "nearest") == LUA_TFUNCTION) {
    lua_pushstring(L, word);
    lua_newtable(L);
    for (int i = 0, n = 0; subcommands[i].name; i++)
      if (subcommand_available(L, &subcommands[i])) {
        lua_pushstring(L, subcommands[i].name);
        lua_rawseti(L, -2, ++n);
      }
    if (host_pcall(L, 2, 1) == LUA_OK && lua_istable(L, -1) && lua_rawgeti(L, -1, 1) == LUA_TSTRING) {
      snprintf(out, size, "%s", lua_tostring(L, -1));
      found = out;
    }
  }
  lua_settop(L, top);
  return found;
}

/*
** `cica help COMMAND` / `cica --help COMMAND`: the command's own --help (the general help for
** repl and help, whose options are the global ones, and for `cica help --help`). An unknown COMMAND is a usage error with
** the nearest command. Returns an exit status.
*/
static int print_command_help(lua_State *L, const char *name, double timeout) {
  const struct subcommand *s = find_subcommand(name);
  if (s && s->module && subcommand_available(L, s)) {
    char *argv[] = {(char *)s->name, "--help", NULL};
    return run_subcommand(L, argv, 2, 0, timeout);
  }
  if (s || strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) { print_help(L); return 0; }
  char quoted[4 * 64 + 1], near[32];
  shown(name, quoted, sizeof quoted, 0);
  if (nearest_subcommand(L, name, near, sizeof near))
    fprintf(stderr, msg("help_no_command_near"), quoted, near);
  else
    fprintf(stderr, msg("help_no_command"), quoted);
  return EXIT_USAGE;
}

/*
** A first argument that is neither a command nor an existing file but close to a command name
** (`cica reprot`): prints "did you mean 'cica report'?" and returns EXIT_USAGE. Returns 0 when
** the word names a file, looks like a path or script (has '/' or '.'), or is close to nothing,
** so the usual "cannot open" error follows.
*/
static int suggest_command(lua_State *L, const char *word) {
  char quoted[4 * 64 + 1], near[32];
  if (strchr(word, '/') || strchr(word, '.') || access(word, F_OK) == 0) return 0;
  if (!nearest_subcommand(L, word, near, sizeof near)) return 0;
  fprintf(stderr, msg("no_command_or_file"), shown(word, quoted, sizeof quoted, 0), near);
  return EXIT_USAGE;
}

/* Runs whatever the command line asked for, in order. Returns the exit status. */
static int run(lua_State *L, struct cli *cli, int argc, char **argv) {
  if (cli->help) {
    int topic = cli->help_topic ? cli->help_topic : cli->subcommand;
    if (topic) return print_command_help(L, argv[topic], cli->opt.timeout);
    print_help(L);
    return 0;
  }
  if (cli->version && print_version(L) != 0) return 1;
  if (cli->version == 1 && !cli->script && !cli->has_execute && !cli->interactive) return 0;
  int first = cli->script ? cli->script : (cli->subcommand ? cli->subcommand : argc);
  create_arg_table(L, argv, argc, cli->script ? cli->script : 0);
  if (!cli->opt.no_env && run_lua_init(L) != LUA_OK) return 1;
  if (run_args(L, argv, first) != LUA_OK) return 1;
  if (cli->subcommand) return run_subcommand(L, argv, argc, cli->subcommand, cli->opt.timeout);
  if (cli->script && !cli->has_execute && !cli->interactive) {
    int status = suggest_command(L, argv[cli->script]);
    if (status) return status;
  }
  if (cli->script && run_script(L, argv, argc, cli->script) != LUA_OK) return 1;
  if (cli->interactive) return repl_run(L, isatty(0), cli->opt.timeout);
  if (!cli->script && !cli->has_execute && !cli->version) {
    if (isatty(0)) return repl_run(L, 1, cli->opt.timeout);
    return run_chunk(L, host_load_file(L, NULL), 0) == LUA_OK ? 0 : 1;
  }
  return 0;
}

/*
** Checks CICA_TODAY (the date cica takes as today, see cica.today in lua/cica.lua): unset, empty
** or a real calendar date YYYY-MM-DD. Arguments: none. Returns 0, or 1 after printing
** "cica: CICA_TODAY needs a date YYYY-MM-DD, got '...'" (so no run starts with a wrong "today").
*/
static int check_today_environment(void) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const char *v = getenv("CICA_TODAY");
  if (v == NULL || *v == '\0') return 0;
  int ok = strlen(v) == 10 && v[4] == '-' && v[7] == '-';
  for (int i = 0; ok && i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)v[i])) ok = 0;
  if (ok) {
    int y = atoi(v), m = atoi(v + 5), d = atoi(v + 8);
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    ok = y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= (m == 2 && !leap ? 28 : days[m - 1]);
  }
  if (ok) return 0;
  char quoted[4 * 64 + 1];
  fprintf(stderr, msg("bad_today"), shown(v, quoted, sizeof quoted, 0));
  return 1;
}

/*
** Takes the message language from a valid --lang among cica's own options (before the script or
** command), so that a usage error found before --lang is read is in that language too. Arguments:
** argc, argv. Changes only message_lang; a missing or bad value is left to collect_args.
*/
static void prescan_lang(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *lang = NULL;
    if (a[0] != '-' || strcmp(a, "-") == 0 || strcmp(a, "--") == 0) return;
    if ((a[1] == 'e' || a[1] == 'l') && a[2] == '\0') { i++; continue; }
    if (strncmp(a, "--lang=", 7) == 0) lang = language_of(a + 7, 0);
    else if (strcmp(a, "--lang") == 0 && i + 1 < argc) lang = language_of(argv[++i], 0);
    else if ((is_long(a, "--db") || is_long(a, "--timeout") || is_long(a, "--max-memory")) && !strchr(a, '=')) i++;
    if (lang) set_message_lang(lang);
  }
}

int main(int argc, char **argv) {
  struct cli cli = {0};
  cli.opt.lang = language_from_environment();
  set_message_lang(cli.opt.lang);
  prescan_lang(argc, argv);
  if (check_today_environment()) return 1;
  int status = collect_args(argc, argv, &cli);
  if (status != 0) return status;
  if (cli.opt.safe && cli.opt.max_memory == 0) cli.opt.max_memory = (size_t)1024 * 1024 * 1024;
  /* the time limit covers everything from here: checking a --db file, loading cica's modules */
  db_set_limits(runlimit_sqlite_progress, runlimit_stop_reason);
  runlimit_begin(cli.opt.timeout);
  lua_State *L = host_new(&cli.opt);
  if (L == NULL) return 1;
  publish_subcommands(L);
  status = run(L, &cli, argc, argv);
  runlimit_close(L); /* the finalizers get a time limit too */
  return status;
}

/*
** main.c — cica's command line. It accepts what lua5.4 accepts (-e, -l, -i, -v, -E, -W, -, --,
** the `arg` table, `...`, LUA_INIT) so that Lua tools such as busted run under cica, plus cica's own
** options and subcommands. Exit status: 0 success, 1 a script or command failed, 2 usage error.
** This file runs what the command line asks for (--help, --version, -e/-l, a script, a subcommand,
** the REPL); src/args.c reads the arguments and the environment first.
*/
#include <lauxlib.h>
#include <lua.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "args.h"
#include "cica.h"
#include "db.h"
#include "runlimit.h"
#include "serve.h"
#include "version.h"

/* Subcommands: the name on the command line and the Lua module whose main(args) runs it. */
static const struct subcommand subcommands[] = {
  {"report", "cica.cli.report", "sum_report"},
  {"quiz",   "cica.cli.quiz",   "sum_quiz"},
  {"search", "cica.cli.search", "sum_search"},
  {"serve",  "cica.serve.cli",  "sum_serve"},
  {"repl",   NULL,              "sum_repl"},
  {"completion", "cica.cli.completion", "sum_completion"},
  {"stubs",  "cica.cli.stubs",  "sum_stubs"},
  {"help",   NULL,              "sum_help"},
  {NULL, NULL, NULL}
};

/*
** Whether the module of a subcommand is bundled or preloaded (so --help lists only what works).
** Stack: unchanged.
*/
static int subcommand_available(lua_State *L, const struct subcommand *s) {
  STACK_ENTER(L);
  if (s->module == NULL || host_bundled_index(s->module) >= 0) {
    STACK_LEAVE(L, 0);
    return 1;
  }
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  int found = lua_getfield(L, -1, s->module) != LUA_TNIL;
  lua_pop(L, 2);
  STACK_LEAVE(L, 0);
  return found;
}

/* Publishes the subcommand table for cica.core.subcommands() (shell completion). Stack: unchanged. */
static void publish_subcommands(lua_State *L) {
  STACK_ENTER(L);
  lua_newtable(L);
  for (int i = 0; subcommands[i].name; i++) {
    lua_createtable(L, 0, 3);
    lua_pushstring(L, subcommands[i].name);
    lua_setfield(L, -2, "name");
    lua_pushstring(L, args_message_text(subcommands[i].summary, 2)); /* English, as completion scripts have always shown them */
    lua_setfield(L, -2, "summary");
    lua_pushboolean(L, subcommand_available(L, &subcommands[i]));
    lua_setfield(L, -2, "available");
    lua_rawseti(L, -2, i + 1);
  }
  lua_setfield(L, LUA_REGISTRYINDEX, CICA_SUBCOMMANDS_KEY);
  STACK_LEAVE(L, 0);
}

/* Prints --help. Stack: unchanged. */
static void print_help(lua_State *L) {
  printf(args_msg("help_head"), CICA_VERSION);
  for (const struct subcommand *s = subcommands; s->name; s++)
    if (subcommand_available(L, s)) printf("  %-10s %s\n", s->name, args_msg(s->summary));
  fputs(args_msg("help_options"), stdout);
}

/*
** Prints the --version line: cica, Lua, SQLite and the dataset's date. Returns an exit status.
** Stack: unchanged (an error is reported and popped).
*/
static int print_version(lua_State *L) {
  STACK_ENTER(L);
  lua_getglobal(L, "cica");
  lua_getfield(L, -1, "version_line");
  lua_remove(L, -2);
  int status = host_pcall(L, 0, 1);
  if (status != LUA_OK) {
    host_report(L, status);
    STACK_LEAVE(L, 0);
    return 1;
  }
  puts(lua_tostring(L, -1));
  lua_pop(L, 1);
  STACK_LEAVE(L, 0);
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

/*
** Runs a loaded chunk (with nargs arguments above it) through the protected path. Stack: pops the
** chunk and its nargs arguments (or the error message and them).
*/
static int run_chunk(lua_State *L, int status, int nargs) {
  if (status == LUA_OK) status = script_pcall(L, nargs, 0);
  else lua_pop(L, nargs);
  return host_report(L, status);
}

/*
** Runs LUA_INIT_5_4 or LUA_INIT: "@file" runs the file, anything else is Lua code. Stack:
** unchanged.
*/
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

/* -l mod / -l g=mod: require mod into global mod (or g). Stack: unchanged; returns a status. */
static int run_require(lua_State *L, const char *spec) {
  STACK_ENTER(L);
  const char *eq = strchr(spec, '=');
  sandbox_push_env(L); /* user code's require and globals: under --safe, the sandbox's */
  lua_getfield(L, -1, "require");
  lua_pushstring(L, eq ? eq + 1 : spec);
  int status = script_pcall(L, 1, 1);
  if (status != LUA_OK) {
    lua_remove(L, -2);
    status = host_report(L, status);
    STACK_LEAVE(L, 0);
    return status;
  }
  if (eq) lua_pushlstring(L, spec, (size_t)(eq - spec));
  else lua_pushstring(L, spec);
  lua_insert(L, -2);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  STACK_LEAVE(L, 0);
  return LUA_OK;
}

/* Second pass: runs every -e and -l in order, up to `last` (exclusive). Stack: unchanged. */
static int run_args(lua_State *L, char **argv, int last) {
  for (int i = 1; i < last; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || (a[1] != 'e' && a[1] != 'l')) {
      if (args_takes_value(a)) i++; /* skip the option's value */
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
** before it at negative indices (as lua5.4 does). Stack: unchanged.
*/
static void create_arg_table(lua_State *L, char **argv, int argc, int script) {
  STACK_ENTER(L);
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
  STACK_LEAVE(L, 0);
}

/* Runs the script at argv[script] ("-" for stdin) with its arguments as `...`. Stack: unchanged. */
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

/*
** Runs a subcommand: require(module).main(args) in the protected path. Returns an exit status.
** Stack: unchanged.
*/
static int run_subcommand(lua_State *L, char **argv, int argc, int at, double timeout) {
  STACK_ENTER(L);
  const struct subcommand *s = args_find_subcommand(subcommands, argv[at]);
  if (s->module == NULL) {
    STACK_LEAVE(L, 0);
    return repl_run(L, isatty(0), timeout);
  }
  lua_getglobal(L, "require");
  lua_pushstring(L, s->module);
  if (host_pcall(L, 1, 1) != LUA_OK) {
    host_report(L, 1);
    STACK_LEAVE(L, 0);
    return 1;
  }
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
    ** quotes of the user's words (a file name, a search text) shown safely; a stop in the
    ** display language (host_error_text). */
    const char *msg = host_error_text(L, status);
    const char *nl = msg ? strstr(msg, "\nstack traceback:") : NULL;
    size_t len = msg ? (nl ? (size_t)(nl - msg) : strlen(msg)) : 0;
    char *cut = msg ? malloc(len + 1) : NULL, *quoted = cut ? malloc(4 * len + 1) : NULL;
    if (quoted) {
      memcpy(cut, msg, len);
      cut[len] = '\0';
      fprintf(stderr, "cica: %s\n", args_shown(cut, quoted, 4 * len + 1, 1));
      fflush(stderr);
      lua_pop(L, 1);
    } else {
      host_report(L, status);
    }
    free(cut);
    free(quoted);
    STACK_LEAVE(L, 0);
    return 1;
  }
  int code = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
  lua_pop(L, 1);
  STACK_LEAVE(L, 0);
  return code;
}

/*
** The subcommand nearest to word (cica.suggest.nearest over the available subcommands), copied
** into out (size bytes), or NULL when none is close. Stack: unchanged; a failure of the Lua
** side (it should not fail) counts as no suggestion.
*/
static const char *nearest_subcommand(lua_State *L, const char *word, char *out, size_t size) {
  STACK_ENTER(L);
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
  STACK_LEAVE(L, 0);
  return found;
}

/*
** The help of an API name for `cica help NAME` (help.api_text, in the display language).
** Arguments: the name as a light userdata. Pushes true when it printed the help, else false.
** Errors: cica.help's.
*/
static int print_api_help(lua_State *L) {
  const char *name = (const char *)lua_touserdata(L, 1);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "cica.help");
  lua_call(L, 1, 1); /* cica's own module, under print_api_help's host_pcall */
  lua_getfield(L, -1, "api_text");
  lua_pushstring(L, name);
  lua_call(L, 1, 1);
  const char *text = lua_tostring(L, -1);
  if (text) printf("%s\n", text);
  lua_pushboolean(L, text != NULL);
  return 1;
}

/*
** `cica help COMMAND` / `cica --help COMMAND`: the command's own --help (the general help for
** repl and help, whose options are the global ones, and for `cica help --help`); a name of the
** API instead (`cica help find`) gets its help(name). Anything else is a usage error with the
** nearest command. Returns an exit status. Stack: unchanged.
*/
static int print_command_help(lua_State *L, const char *name, double timeout) {
  const struct subcommand *s = args_find_subcommand(subcommands, name);
  if (s && s->module && subcommand_available(L, s)) {
    char *argv[] = {(char *)s->name, "--help", NULL};
    return run_subcommand(L, argv, 2, 0, timeout);
  }
  if (s || strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) { print_help(L); return 0; }
  /* not a command: a name of the API (`cica help find`, `cica help cica.Member`) */
  lua_pushcfunction(L, print_api_help);
  lua_pushlightuserdata(L, (void *)name);
  int status = host_pcall(L, 1, 1);
  int printed = status == LUA_OK && lua_toboolean(L, -1);
  if (status != LUA_OK) host_report(L, status);
  else lua_pop(L, 1);
  if (printed) return 0;
  char quoted[4 * 64 + 1], near[32];
  args_shown(name, quoted, sizeof quoted, 0);
  if (nearest_subcommand(L, name, near, sizeof near))
    fprintf(stderr, args_msg("help_no_command_near"), quoted, near);
  else
    fprintf(stderr, args_msg("help_no_command"), quoted);
  return EXIT_USAGE;
}

/*
** A first argument that is neither a command nor an existing file but close to a command name
** (`cica reprot`): prints "did you mean 'cica report'?" and returns EXIT_USAGE. Returns 0 when
** the word names a file, looks like a path or script (has '/' or '.'), or is close to nothing,
** so the usual "cannot open" error follows. Stack: unchanged.
*/
static int suggest_command(lua_State *L, const char *word) {
  char quoted[4 * 64 + 1], near[32];
  if (strchr(word, '/') || strchr(word, '.') || access(word, F_OK) == 0) return 0;
  if (!nearest_subcommand(L, word, near, sizeof near)) return 0;
  fprintf(stderr, args_msg("no_command_or_file"), args_shown(word, quoted, sizeof quoted, 0), near);
  return EXIT_USAGE;
}

/* Runs whatever the command line asked for, in order. Returns the exit status. Stack: unchanged. */
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

int main(int argc, char **argv) {
  struct cli cli = {0};
  (void)db_init_process(); /* before any SQLite call; a failure only leaves SQLite's mutexes on */
  cli.opt.lang = args_language_from_environment();
  args_set_message_lang(cli.opt.lang);
  args_prescan_lang(argc, argv);
  if (args_check_today()) return 1;
  int status = args_collect(argc, argv, subcommands, &cli);
  if (status != 0) return status;
  if (cli.opt.safe && cli.opt.max_memory == 0) cli.opt.max_memory = (size_t)1024 * 1024 * 1024;
  /* the time limit covers everything from here: checking a --db file, loading cica's modules */
  db_set_limits(runlimit_sqlite_progress, runlimit_stop_reason);
  runlimit_begin(cli.opt.timeout);
  lua_State *L = host_new(&cli.opt);
  if (L == NULL) return 1;
  publish_subcommands(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE); /* `cica serve`'s HTTP side */
  lua_pushcfunction(L, luaopen_cica_serve_host);
  lua_setfield(L, -2, "cica.serve.host");
  lua_pop(L, 1);
  status = run(L, &cli, argc, argv);
  runlimit_close(L); /* the finalizers get a time limit too */
  return status;
}

/*
** fuzz_cmdline.c — libFuzzer target for the command-line parser: src/args.c's args_collect (the
** first pass: flags, option values, where the script or subcommand starts), then what the second
** pass does with its answer: the `arg` table, the walk over -e/-l in run_args and the script's
** arguments in run_script. main.c is compiled into this file (its functions are static) with the
** three calls that would run code replaced by stubs, so no fuzzed -e text is ever executed.
** Input: the arguments, separated by NUL bytes (argv[0] is "cica"; at most 64 arguments).
** Properties: no crash or sanitizer report (an index past argv would be one).
*/
#define main cica_main
#define host_load_string fuzz_load_string
#define host_load_file fuzz_load_file
#define sandbox_push_env fuzz_push_env
#include "../../src/main.c"
#undef main
#undef host_load_string
#undef host_load_file
#undef sandbox_push_env

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stands for a loaded chunk: does nothing. */
static int fuzz_noop(lua_State *L) {
  (void)L;
  return 0;
}

/* Stub of host_load_string: reads all of the text (so ASan sees its bounds), loads nothing. */
int fuzz_load_string(lua_State *L, const char *code, size_t len, const char *chunkname) {
  volatile char sink = 0;
  for (size_t i = 0; i < len; i++) sink ^= code[i];
  (void)sink;
  (void)chunkname;
  lua_pushcfunction(L, fuzz_noop);
  return LUA_OK;
}

/* Stub of host_load_file: the path is read, the file is not. */
int fuzz_load_file(lua_State *L, const char *path) {
  return fuzz_load_string(L, path ? path : "", path ? strlen(path) : 0, "=stdin");
}

/* require stub for -l: returns a table. */
static int fuzz_require(lua_State *L) {
  luaL_checkstring(L, 1);
  lua_newtable(L);
  return 1;
}

/* Stub of sandbox_push_env: an environment whose require loads nothing. Stack: +1. */
void fuzz_push_env(lua_State *L) {
  lua_newtable(L);
  lua_pushcfunction(L, fuzz_require);
  lua_setfield(L, -2, "require");
}

/* One input: NUL-separated arguments. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static lua_State *L;
  if (L == NULL) L = luaL_newstate();
  char *copy = malloc(size + 1);
  char *argv[66];
  int argc = 0;
  if (copy == NULL) return 0;
  memcpy(copy, data, size);
  copy[size] = '\0';
  argv[argc++] = "cica";
  for (char *p = copy; argc < 65 && p <= copy + size; p += strlen(p) + 1) argv[argc++] = p;
  argv[argc] = NULL;
  struct cli cli;
  memset(&cli, 0, sizeof cli);
  cli.opt.lang = "zh-Hans";
  if (args_collect(argc, argv, subcommands, &cli) == 0 && !cli.help) {
    int script = cli.script, first = script ? script : (cli.subcommand ? cli.subcommand : argc);
    if (script >= argc || cli.subcommand >= argc) abort();
    create_arg_table(L, argv, argc, script);
    run_args(L, argv, first);
    if (script) run_script(L, argv, argc, script);
    if (cli.subcommand && args_find_subcommand(subcommands, argv[cli.subcommand]) == NULL) abort();
  }
  lua_settop(L, 0);
  free(copy);
  return 0;
}

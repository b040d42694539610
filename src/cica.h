/*
** cica.h — what the host, the command line and the bindings share.
*/
#ifndef CICA_H
#define CICA_H
#include <lua.h>
#include <stddef.h>

#include "registry.h"
#include "stackcheck.h"


/* Options that shape the Lua state; filled by the command line. */
struct host_options {
  const char *lang;      /* "zh-Hans", "zh-Hant" or "en" */
  int lang_given;        /* lang came from --lang (not from the environment's locale) */
  const char *db_path;   /* --db FILE, or NULL for the built-in dataset */
  int no_env;            /* -E: ignore LUA_PATH, LUA_CPATH and LUA_INIT */
  int warnings;          /* -W */
  int safe;              /* --safe */
  double timeout;        /* --timeout seconds, 0 for none */
  size_t max_memory;     /* --max-memory bytes, 0 for none */
};

/* host.c */
lua_State *host_new(const struct host_options *opt);
int host_pcall(lua_State *L, int nargs, int nresults);
int host_report(lua_State *L, int status);
const char *host_error_text(lua_State *L, int status);
const char *host_message(lua_State *L, const char *key);
const char *host_message_lang(lua_State *L, const char *code, const char *key);
const char *host_message_text(const char *key, int lang);
void host_set_message_lang(const char *code);
int host_load_file(lua_State *L, const char *path);
int host_load_string(lua_State *L, const char *code, size_t len, const char *chunkname);
int host_require(lua_State *L, const char *module, const char *global);
int host_load_module(lua_State *L, int index);
/* The index in cica_modules of the bundled Lua module `name`, or -1 when none is. */
int host_bundled_index(const char *name);

/* lcore.c */
struct db_dataset;
struct db_dataset *cica_dataset(lua_State *L);
void cica_set_dataset_path(lua_State *L, const char *path);
int luaopen_cica_core(lua_State *L);

/* lstate.c */
int luaopen_cica_state(lua_State *L);

/* sandbox.c */
int sandbox_install(lua_State *L);
void sandbox_push_env(lua_State *L);
int sandbox_is_safe(lua_State *L);

/* lhost.c */
int luaopen_cica_host(lua_State *L);
int lhost_terminal_width(lua_State *L);

/* lrepl.c */
int luaopen_cica_repl_host(lua_State *L);

/* repl.c */
int repl_run(lua_State *L, int tty, double timeout);

#endif

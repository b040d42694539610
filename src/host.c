/*
** host.c — the Lua state: libraries, the bundled modules, the `cica` global, and the one
** protected-call path (host_pcall) through which all user code runs, with a traceback handler.
*/
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cica.h"
#include "embedded.h"
#include "lalloc.h"
#include "messages.h"
#include "runlimit.h"

/*
** The command line's display language (from the environment, then --lang): the index of its texts
** in a struct cica_message (cica.lang.codes order). Used where there is no cica.lang to read.
*/
static int message_lang = 0;

/*
** The text of message `key` of the catalogue area "main" (lua/cica/messages/main.lua, compiled into
** cica_messages_main by the build) in language index `lang` (cica.lang.codes order). Returns the
** text (a printf format for some keys); an unknown key is a bug and aborts. Stack: none.
*/
const char *host_message_text(const char *key, int lang) {
  for (const struct cica_message *m = cica_messages_main; m->key; m++)
    if (strcmp(m->key, key) == 0) return m->text[lang];
  fprintf(stderr, "cica: no message '%s'\n", key);
  abort();
}

/* Makes `code` (a display language code, one of cica_lang_codes_main) the command line's display
** language; an unknown code changes nothing. Stack: none. */
void host_set_message_lang(const char *code) {
  for (int i = 0; cica_lang_codes_main[i]; i++)
    if (strcmp(cica_lang_codes_main[i], code) == 0) message_lang = i;
}

/*
** The display language of L as an index into a message's texts: cica.lang of cica's own instance
** (package.loaded.cica), read raw so that no user code runs and nothing is allocated (the keys are
** strings the state already holds); the command line's when L is NULL or has none (yet).
** Stack: unchanged.
*/
static int display_lang(lua_State *L) {
  int lang = message_lang;
  if (L == NULL) return lang;
  if (lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE) == LUA_TTABLE) {
    lua_pushliteral(L, "cica");
    if (lua_rawget(L, -2) == LUA_TTABLE) {
      lua_pushliteral(L, "lang");
      if (lua_rawget(L, -2) == LUA_TSTRING) {
        const char *code = lua_tostring(L, -1);
        for (int i = 0; cica_lang_codes_main[i]; i++)
          if (strcmp(cica_lang_codes_main[i], code) == 0) lang = i;
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return lang;
}

/*
** The message `key` of the area "main" in the language `code` ("zh-Hans", "zh-Hant", "en"), or in
** the display language of L (see host_message) when code is NULL or not one of them.
** Stack: unchanged.
*/
const char *host_message_lang(lua_State *L, const char *code, const char *key) {
  if (code)
    for (int i = 0; cica_lang_codes_main[i]; i++)
      if (strcmp(cica_lang_codes_main[i], code) == 0) return host_message_text(key, i);
  return host_message(L, key);
}

/*
** The message `key` of the area "main" in the display language of L (cica.lang; L may be NULL:
** the command line's language). The text is static: it stays valid after L is closed.
** Stack: unchanged.
*/
const char *host_message(lua_State *L, const char *key) {
  return host_message_text(key, display_lang(L));
}

/*
** Message handler: turns the error into a string (using __tostring when there is one) and appends
** a traceback (from the user's frame nearest the error: first_user_level). A run stopped by a limit or Ctrl-C reports only why ("time limit exceeded"),
** whatever error the stop surfaced as (the reason as the value; host_error_text shows it in the
** display language). Stack: replaces the error object with the message.
*/
/*
** The first stack level a traceback shows: past the frames of cica's own modules (chunks named
** lua/cica/…) and the C functions they called (`error`) on top of the stack, when a frame of the
** user's code lies below them — a bad argument is reported from the caller's line, and the
** traceback starts there too. 1 (everything) when there are none, or no user frame at all (an
** error of cica's own code shows all of it). Stack: unchanged.
*/
static int first_user_level(lua_State *L) {
  lua_Debug ar;
  int own = 0;
  for (int level = 1; lua_getstack(L, level, &ar); level++) {
    if (!lua_getinfo(L, "S", &ar)) return 1;
    int in_cica = strncmp(ar.short_src, "lua/cica/", 9) == 0 || strcmp(ar.short_src, "lua/cica.lua") == 0;
    if (in_cica) own = 1;
    else if (strcmp(ar.what, "C") != 0) return own ? level : 1;
  }
  return 1;
}

static int traceback_handler(lua_State *L) {
  const char *reason = runlimit_stop_reason();
  if (reason) {
    lua_pushstring(L, reason);
    return 1;
  }
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, first_user_level(L));
  return 1;
}

/*
** Calls the function below nargs arguments in protected mode with the traceback handler.
** Returns the lua_pcall status; on error the message (with traceback) is on the stack.
*/
int host_pcall(lua_State *L, int nargs, int nresults) {
  STACK_ENTER(L);
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, traceback_handler);
  lua_insert(L, base);
  int status = lua_pcall(L, nargs, nresults, base);
  lua_remove(L, base);
  if (nresults != LUA_MULTRET) STACK_LEAVE(L, (status == LUA_OK ? nresults : 1) - nargs - 1);
  return status;
}

/*
** The text to show for an error (the message on top of the stack) that ended a call with `status`:
** a run stopped by a limit or Ctrl-C, or out of memory, in the display language (the error values
** stay the same in every language: "time limit exceeded", "interrupted", Lua's "not enough
** memory"), any other error as it is. Allocates nothing. Stack: unchanged.
*/
const char *host_error_text(lua_State *L, int status) {
  if (status == LUA_ERRMEM) return host_message(L, "stop_memory");
  const char *msg = lua_tostring(L, -1);
  if (msg == NULL) return "(error object is not a string)";
  const char *key = runlimit_reason_key(msg);
  return key ? host_message(L, key) : msg;
}

/*
** Prints an error (the message on top of the stack) as "cica: <message>" on stderr and pops it.
** Returns status unchanged, so callers can write `return host_report(L, status)`.
*/
int host_report(lua_State *L, int status) {
  if (status != LUA_OK) {
    const char *msg = host_error_text(L, status);
    fprintf(stderr, "cica: %s\n", msg);
    fflush(stderr);
    lua_pop(L, 1);
  }
  return status;
}

/*
** The mode user chunks may load in: text only under --safe (no precompiled bytecode). Stack:
** unchanged.
*/
static const char *chunk_mode(lua_State *L) {
  return sandbox_is_safe(L) ? "t" : "bt";
}

/*
** Under --safe, gives a freshly loaded chunk (on top) the sandbox as its _ENV. Fails closed: under
** --safe without a sandbox the chunk is replaced by an error message and LUA_ERRRUN returned.
** Stack: unchanged in size.
*/
static int enter_sandbox(lua_State *L, int status) {
  if (status != LUA_OK) return status;
  if (lua_getfield(L, LUA_REGISTRYINDEX, SANDBOX_ENV_KEY) == LUA_TTABLE) {
    if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
    return status;
  }
  lua_pop(L, 1);
  if (!sandbox_is_safe(L)) return status;
  lua_pop(L, 1);
  lua_pushliteral(L, "the --safe sandbox is missing: refusing to run user code without it");
  return LUA_ERRRUN;
}

/* Loads a script file (NULL: standard input), skipping a #! line. Stack: +1 (chunk or message). */
int host_load_file(lua_State *L, const char *path) {
  STACK_ENTER(L);
  int status = enter_sandbox(L, luaL_loadfilex(L, path, chunk_mode(L)));
  STACK_LEAVE(L, 1);
  return status;
}

/* Loads a string as a chunk. Stack: +1 (chunk or message). */
int host_load_string(lua_State *L, const char *code, size_t len, const char *chunkname) {
  STACK_ENTER(L);
  int status = enter_sandbox(L, luaL_loadbufferx(L, code, len, chunkname, chunk_mode(L)));
  STACK_LEAVE(L, 1);
  return status;
}

/*
** Loads (does not run) bundled module `index` of cica_modules: the embedded bytecode, or with
** CICA_LUA_DIR set the source file from that folder (development). Returns the load status.
** Stack: +1 (the chunk or the error message).
*/
int host_load_module(lua_State *L, int index) {
  STACK_ENTER(L);
  const struct cica_module *m = &cica_modules[index];
  const char *dir = getenv("CICA_LUA_DIR");
  if (dir && *dir) {
    const char *path = lua_pushfstring(L, "%s/%s", dir, m->chunkname + 5); /* skip "@lua/" */
    int status = luaL_loadfilex(L, path, "t");
    lua_remove(L, -2);
    STACK_LEAVE(L, 1);
    return status;
  }
  int status = luaL_loadbufferx(L, (const char *)m->code, m->size, m->chunkname, "b");
  STACK_LEAVE(L, 1);
  return status;
}

/*
** package.preload loader of a bundled module (upvalue 1: its index in cica_modules), argument 1
** its name. Returns what the module's chunk returns. Errors: the chunk's load or run error.
*/
static int load_bundled(lua_State *L) {
  STACK_ENTER(L);
  int status = host_load_module(L, (int)lua_tointeger(L, lua_upvalueindex(1)));
  if (status != LUA_OK) return lua_error(L);
  lua_pushvalue(L, 1);
  lua_call(L, 1, 1);
  STACK_LEAVE(L, 1);
  return 1;
}

/*
** package.searchers entry for the bundled Lua modules, placed right after package.preload's (so
** they still come before package.path's files, and a package.preload entry can still replace
** one). Argument 1: the module name. Returns load_bundled for it and its chunk name, or nothing
** when name is not bundled (require's "not found" message then lists the other searchers only).
** One searcher instead of 130 package.preload closures: filling package.preload cost every run
** ~0.19 M instructions (bench/README.md).
*/
static int search_bundled(lua_State *L) {
  int i = host_bundled_index(luaL_checkstring(L, 1));
  if (i < 0) return 0;
  lua_pushinteger(L, i);
  lua_pushcclosure(L, load_bundled, 1);
  lua_pushstring(L, cica_modules[i].chunkname + 1); /* "lua/cica/x.lua", as package.path's searcher gives a path */
  return 2;
}

/* The index in cica_modules of the bundled Lua module `name`, or -1 (a linear search: ~130
** modules, a few thousand instructions per require). */
int host_bundled_index(const char *name) {
  for (int i = 0; i < cica_module_count; i++)
    if (strcmp(cica_modules[i].name, name) == 0) return i;
  return -1;
}

/*
** Registers the C modules in package.preload and the bundled Lua modules' searcher
** (search_bundled) in package.searchers. Stack: unchanged. Errors: no memory.
*/
static void register_modules(lua_State *L) {
  STACK_ENTER(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_cica_core);
  lua_setfield(L, -2, "cica.core");
  lua_pushcfunction(L, luaopen_cica_state);
  lua_setfield(L, -2, "cica.state");
  lua_pushcfunction(L, luaopen_cica_host);
  lua_setfield(L, -2, "cica.host");
  lua_pushcfunction(L, luaopen_cica_repl_host);
  lua_setfield(L, -2, "cica.repl.host");
  lua_pop(L, 1);
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "searchers");
  for (lua_Integer i = (lua_Integer)luaL_len(L, -1); i >= 2; i--) { /* make room at 2 */
    lua_rawgeti(L, -1, i);
    lua_rawseti(L, -2, i + 1);
  }
  lua_pushcfunction(L, search_bundled);
  lua_rawseti(L, -2, 2);
  lua_pop(L, 2);
  const char *dir = getenv("CICA_LUA_DIR");
  if (dir && *dir) {
    /* New files in the source tree are found too, before they are ever embedded. */
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "path");
    lua_pushfstring(L, "%s/?.lua;%s/?/init.lua;%s", dir, dir, lua_tostring(L, -1));
    lua_setfield(L, -3, "path");
    lua_pop(L, 2);
  }
  STACK_LEAVE(L, 0);
}

/*
** require(module); with global non-NULL also sets that global. Returns a lua_pcall status. Stack:
** unchanged on success; +1 (the error message) otherwise.
*/
int host_require(lua_State *L, const char *module, const char *global) {
  STACK_ENTER(L);
  lua_getglobal(L, "require");
  lua_pushstring(L, module);
  int status = host_pcall(L, 1, 1);
  if (status != LUA_OK) {
    STACK_LEAVE(L, 1);
    return status;
  }
  if (global) lua_setglobal(L, global);
  else lua_pop(L, 1);
  STACK_LEAVE(L, 0);
  return LUA_OK;
}

/*
** The global `help` outside --safe (in scripts and -e as in the REPL): loads cica.help on first
** use and calls its help(...) with the arguments. Errors: cica.help's.
** Stack: the arguments are consumed; returns nothing.
*/
static int lazy_help(lua_State *L) {
  lua_getglobal(L, "require");
  lua_pushliteral(L, "cica.help");
  lua_call(L, 1, 1);
  lua_getfield(L, -1, "help");
  lua_remove(L, -2);
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 0);
  return 0;
}

/*
** Protected part of host_new (argument 1: the options as light userdata). Stack: unchanged. Errors:
** a bad --db file, no memory.
*/
static int setup(lua_State *L) {
  STACK_ENTER(L);
  const struct host_options *opt = lua_touserdata(L, 1);
  if (opt->no_env) {
    lua_pushboolean(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, CICA_NOENV_KEY); /* read by the package library */
  }
  luaL_openlibs(L);
  if (opt->warnings) lua_warning(L, "@on", 0);
  lua_pushstring(L, opt->lang);
  lua_setfield(L, LUA_REGISTRYINDEX, CICA_LANG_KEY);
  if (opt->lang_given) {
    lua_pushstring(L, opt->lang);
    lua_setfield(L, LUA_REGISTRYINDEX, CICA_LANG_GIVEN_KEY);
  }
  lua_pushboolean(L, opt->safe);
  lua_setfield(L, LUA_REGISTRYINDEX, CICA_SAFE_KEY);
  if (opt->db_path) {
    cica_set_dataset_path(L, opt->db_path);
    cica_dataset(L); /* a bad --db file is reported now, not at the first query */
  }
  register_modules(L);
  if (!opt->safe) { /* under --safe the sandbox has a help of its own (sandbox.c) */
    lua_pushcfunction(L, lazy_help);
    lua_setglobal(L, "help");
  }
  STACK_LEAVE(L, 0);
  return 0;
}

/*
** Creates the Lua state for one run: standard libraries, cica's modules, the `cica` global, and
** the sandbox and limits the options ask for. Returns NULL after printing the reason.
*/
lua_State *host_new(const struct host_options *opt) {
  lua_State *L = luaL_newstate();
  if (L == NULL) {
    fputs(host_message(NULL, "no_state"), stderr);
    return NULL;
  }
  /* the memory cap brings its own allocator; otherwise small blocks come from a pool (lalloc.c) */
  if (opt->max_memory) runlimit_set_memory(L, opt->max_memory);
  else lalloc_install(L);
  /* Generational collection: most objects (row tables, their strings, temporaries) die young; see
  ** bench/README.md for what it saves and what it costs. */
  lua_gc(L, LUA_GCGEN, 0, 0);
  lua_pushcfunction(L, setup);
  lua_pushlightuserdata(L, (void *)opt);
  int status = host_pcall(L, 1, 0);
  if (status == LUA_OK) status = host_require(L, "cica", "cica");
  if (status == LUA_OK && opt->safe) {
    lua_pushcfunction(L, sandbox_install);
    status = host_pcall(L, 0, 0);
  }
  if (status != LUA_OK) {
    /* Setup errors are the program's, not a script's: the first line says it all (a stop is
    ** shown in the display language, as host_report shows it). */
    const char *msg = host_error_text(L, status);
    const char *nl = strchr(msg, '\n');
    fprintf(stderr, "cica: %.*s\n", nl ? (int)(nl - msg) : (int)strlen(msg), msg);
    lua_close(L);
    return NULL;
  }
  runlimit_start(L, opt->timeout);
  return L;
}

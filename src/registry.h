/*
** registry.h — every key cica stores in the Lua registry, in one place: values the C host sets up
** for its modules, and the metatable names of the bindings' userdata (luaL_newmetatable keys the
** registry by that name). User code never reaches the registry: debug.getregistry is not in the
** --safe sandbox (docs/security.md). Outside --safe the registry is the user's to read, as in lua5.4.
** Code names a key only through these macros (tests/spec/internals_spec.lua refuses a bare string).
*/
#ifndef CICA_REGISTRY_H
#define CICA_REGISTRY_H

/* Set by host.c before any module loads. */
#define CICA_LANG_KEY "cica.lang"               /* the display language (cica.set_lang updates it) */
#define CICA_SAFE_KEY "cica.safe"               /* true under --safe */
#define CICA_LANG_GIVEN_KEY "cica.lang_given"   /* the --lang of the command line (absent without one) */
#define CICA_NOENV_KEY "LUA_NOENV"              /* -E: Lua's own key, read by the package library */
/* Set by main.c: the command line's subcommands, for cica.core.subcommands (shell completion). */
#define CICA_SUBCOMMANDS_KEY "cica.subcommands"

/* lcore.c: the dataset connection (a userdata) and the --db path it opens. */
#define CICA_DATASET_KEY "cica.dataset"
#define CICA_DATASET_PATH_KEY "cica.dataset_path"

/* sandbox.c: the --safe sandbox. */
#define SANDBOX_ENV_KEY "cica.sandbox_env"      /* the environment user code runs in */
#define SANDBOX_VIEWS_KEY "cica.sandbox_views"  /* module name -> its restricted view */
#define SANDBOX_LOADED_KEY "cica.sandbox_loaded" /* the public instance's modules */
#define SANDBOX_MODENV_KEY "cica.sandbox_modenv" /* _ENV of the public instance's modules */

/* Metatables of the bindings' userdata. */
#define LSQL_CURSOR "cica.cursor"               /* lsql.c: a statement being read */
#define LSQL_GUARD "cica.cursor.guard"          /* lsql.c: the to-be-closed guard of a busy cursor */
#define STATE_HANDLE "cica.state.handle"        /* lstate.c: an open state file */
#define CORE_DIR "cica.dir"                     /* lcore.c: a directory being listed */

#endif

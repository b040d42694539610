/*
** runlimit: what stops runaway user code — a memory cap (an allocator that fails cleanly), a time
** limit (a count hook, plus a SQLite progress handler for long queries) and Ctrl-C.
*/
#ifndef CICA_RUNLIMIT_H
#define CICA_RUNLIMIT_H
#include <lua.h>
#include <stddef.h>

void runlimit_set_memory(lua_State *L, size_t max_bytes);
void runlimit_start(lua_State *L, double seconds);
void runlimit_stop(lua_State *L);
void runlimit_interrupt(lua_State *L);
const char *runlimit_stop_reason(void);
int runlimit_sqlite_progress(void *ud);

#endif

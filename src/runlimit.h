/*
** runlimit: what stops runaway user code — a memory cap (an allocator that fails cleanly), a time
** limit in seconds of processor time per run (a count hook, a SQLite progress handler for long
** queries, and a watchdog timer for code stuck in C) and Ctrl-C. A "run" is what the command
** line asked for; in the REPL, one statement (runlimit_start and runlimit_stop around it).
*/
#ifndef CICA_RUNLIMIT_H
#define CICA_RUNLIMIT_H
#include <lua.h>
#include <stddef.h>

void runlimit_set_memory(lua_State *L, size_t max_bytes);
void runlimit_begin(double seconds);
void runlimit_start(lua_State *L, double seconds);
void runlimit_stop(lua_State *L);
void runlimit_close(lua_State *L);
void runlimit_interrupt(lua_State *L);
void runlimit_interrupt_once(lua_State *L);
const char *runlimit_stop_reason(void);
const char *runlimit_reason_key(const char *text);
int runlimit_sqlite_progress(void *ud);

#endif

/*
** lalloc: a pooled allocator for the Lua state (small blocks from per-size free lists).
*/
#ifndef CICA_LALLOC_H
#define CICA_LALLOC_H
#include <lua.h>

void lalloc_install(lua_State *L);

#endif

/*
** lalloc: a pooled allocator for the Lua state (small blocks from per-size free lists).
*/
#ifndef CICA_LALLOC_H
#define CICA_LALLOC_H
#include <lua.h>

#include <stddef.h>

void lalloc_install(lua_State *L);

/* The pool's arena: address space reserved, made usable, and handed out (bytes); and how many
** small blocks went to malloc instead (the arena full, or the kernel refused to commit more). */
struct lalloc_stats {
  size_t reserved, committed, used, fallbacks;
};
void lalloc_get_stats(struct lalloc_stats *st);
/* Whether this build has the pool at all: 0 under AddressSanitizer. */
int lalloc_pool_enabled(void);

#endif

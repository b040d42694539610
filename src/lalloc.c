/*
** lalloc.c — a faster allocator for the Lua state: small blocks (strings, row tables and their
** key arrays, closures) come from per-size free lists in one reserved arena instead of malloc.
**
** Why: a loop over query rows allocates a few small objects per row and the collector frees them
** in batches, the pattern glibc's malloc handles worst (its per-thread cache holds 7 blocks a size,
** the rest go through the slower bins and get consolidated). A free-list pop or push is a few
** instructions; see bench/README.md for the measured difference.
**
** How: the arena is reserved once (address space only; pages are committed as they are first
** used) and carved into blocks of 16-byte size classes up to POOL_MAX bytes. Freed blocks go back
** to their class's list and are reused for the same size; the arena never shrinks, like malloc's
** heap. Larger blocks, blocks allocated before the pool was installed, and everything once the
** arena is full go to realloc/free: whether a block is the pool's is a range check on its address.
** Under AddressSanitizer the pool is off, so that sanitizer sees every Lua block.
**
** cica runs one Lua state per process, so the pool is per process.
*/
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE */
#include "lalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define POOL_MAX 256                    /* largest block served from the pool, in bytes */
#define GRAIN 16                        /* size classes are multiples of this */
#define NCLASSES (POOL_MAX / GRAIN)
#define ARENA_SIZE ((size_t)1 << 30)    /* address space reserved for small blocks */
/* Off under AddressSanitizer, so that it sees every block: GCC says so with __SANITIZE_ADDRESS__,
** clang (the fuzz builds) with __has_feature. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_ENABLED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_ENABLED 0
#endif
#endif
#ifndef POOL_ENABLED
#define POOL_ENABLED 1
#endif

struct free_block {
  struct free_block *next;
};

static char *arena, *arena_top, *arena_end;
static struct free_block *free_lists[NCLASSES];

/* Whether p was handed out by the pool. */
static int in_arena(const void *p) {
  return (const char *)p >= arena && (const char *)p < arena_end;
}

/* The class index of a block of n bytes (1 <= n <= POOL_MAX). */
static size_t class_of(size_t n) {
  return (n - 1) / GRAIN;
}

/* A block of class c from its free list or fresh from the arena; NULL when the arena is full. */
static void *pool_get(size_t c) {
  struct free_block *b = free_lists[c];
  if (b) {
    free_lists[c] = b->next;
    return b;
  }
  size_t size = (c + 1) * GRAIN;
  if ((size_t)(arena_end - arena_top) < size) return NULL;
  void *p = arena_top;
  arena_top += size;
  return p;
}

/* Returns a pool block of class c to its free list. */
static void pool_put(void *p, size_t c) {
  struct free_block *b = p;
  b->next = free_lists[c];
  free_lists[c] = b;
}

/* Allocates n bytes: from the pool when small and possible, else malloc. */
static void *new_block(size_t n) {
  if (n <= POOL_MAX) {
    void *p = pool_get(class_of(n));
    if (p) return p;
  }
  return malloc(n);
}

/*
** The lua_Alloc function (see lua_Alloc in the Lua manual: osize is the block's size when ptr is
** not NULL; nsize 0 frees).
*/
static void *pool_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  if (ptr == NULL) return nsize ? new_block(nsize) : NULL;
  if (!in_arena(ptr)) {
    if (nsize == 0) {
      free(ptr);
      return NULL;
    }
    return realloc(ptr, nsize);
  }
  size_t c = class_of(osize);
  if (nsize == 0) {
    pool_put(ptr, c);
    return NULL;
  }
  if (nsize <= POOL_MAX && class_of(nsize) == c) return ptr;
  void *p = new_block(nsize);
  if (p == NULL) return NULL; /* Lua keeps the old block, as with a failed realloc */
  memcpy(p, ptr, osize < nsize ? osize : nsize);
  pool_put(ptr, c);
  return p;
}

/*
** Makes L allocate through the pool. Blocks L allocated before keep going to realloc/free. Does
** nothing if the arena cannot be reserved, or under AddressSanitizer. Call it before L runs code,
** and not together with another allocator (such as runlimit's memory cap).
*/
void lalloc_install(lua_State *L) {
  if (!POOL_ENABLED) return;
  if (arena == NULL) {
    void *p = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED) return;
    arena = arena_top = p;
    arena_end = arena + ARENA_SIZE;
  }
  lua_setallocf(L, pool_alloc, NULL);
}

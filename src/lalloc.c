/*
** lalloc.c — a faster allocator for the Lua state: small blocks (strings, row tables and their
** key arrays, closures) come from per-size free lists in one reserved arena instead of malloc.
**
** Why: a loop over query rows allocates a few small objects per row and the collector frees them
** in batches, the pattern glibc's malloc handles worst (its per-thread cache holds 7 blocks a size,
** the rest go through the slower bins and get consolidated). A free-list pop or push is a few
** instructions; see bench/README.md for the measured difference.
**
** How: the arena is address space reserved once (PROT_NONE: no memory, no commit charge) and made
** usable in steps of COMMIT_STEP bytes as it fills (pages still take memory only when first
** touched); it is carved into blocks of 16-byte size classes up to POOL_MAX bytes. Freed blocks go
** back to their class's list and are reused for the same size; the arena never shrinks, like
** malloc's heap. The reservation is 64 GiB (less if that much address space is refused, and at
** most a quarter of an RLIMIT_AS limit), so a query holding millions of rows stays on the pool
** all the way instead of falling off it (a 1 GiB arena filled at ~2.8 M rows of `cica.query`).
** Past the first HUGE_FROM bytes the arena asks for transparent huge pages (MADV_HUGEPAGE), so
** a big result takes one page fault per 2 MiB instead of per 4 KiB, while a small script's memory
** stays in 4 KiB pages. Larger blocks, blocks allocated before the pool was installed, and
** everything once the arena is full (or a step cannot be committed) go to realloc/free: whether a
** block is the pool's is a range check on its address.
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
#include <sys/resource.h>

#define POOL_MAX 256                    /* largest block served from the pool, in bytes */
#define GRAIN 16                        /* size classes are multiples of this */
#define NCLASSES (POOL_MAX / GRAIN)
#define ARENA_MAX ((size_t)1 << 36)     /* address space asked for: 64 GiB */
#define ARENA_MIN ((size_t)1 << 24)     /* below 16 MiB of address space, no pool */
#define COMMIT_STEP ((size_t)1 << 25)   /* made usable 32 MiB at a time */
#define HUGE_FROM ((size_t)1 << 26)     /* huge pages past the first 64 MiB */
#define HUGE_PAGE ((size_t)1 << 21)     /* the arena starts on a 2 MiB boundary */
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
static char *arena_usable;   /* end of the committed part: [arena, arena_usable) is read/write */
static size_t small_fallbacks; /* small blocks that went to malloc (arena full or not committed) */
static struct free_block *free_lists[NCLASSES];

/* Whether p was handed out by the pool. */
static int in_arena(const void *p) {
  return (const char *)p >= arena && (const char *)p < arena_end;
}

/* The class index of a block of n bytes (1 <= n <= POOL_MAX). */
static size_t class_of(size_t n) {
  return (n - 1) / GRAIN;
}

/*
** Makes the next COMMIT_STEP bytes of the arena usable (read/write), asking for huge pages past
** HUGE_FROM. Returns 0 when the arena is full or the kernel refuses (strict overcommit): the
** caller then falls back to malloc. `need` (at most POOL_MAX) must fit after arena_top.
*/
static int commit_step(size_t need) {
  size_t left = (size_t)(arena_end - arena_usable);
  size_t step = left < COMMIT_STEP ? left : COMMIT_STEP;
  if ((size_t)(arena_usable + step - arena_top) < need) return 0;
  if (mprotect(arena_usable, step, PROT_READ | PROT_WRITE) != 0) return 0;
#ifdef MADV_HUGEPAGE
  if ((size_t)(arena_usable - arena) >= HUGE_FROM) (void)madvise(arena_usable, step, MADV_HUGEPAGE);
#endif
  arena_usable += step;
  return 1;
}

/* A block of class c from its free list or fresh from the arena; NULL when the arena is full. */
static void *pool_get(size_t c) {
  struct free_block *b = free_lists[c];
  if (b) {
    free_lists[c] = b->next;
    return b;
  }
  size_t size = (c + 1) * GRAIN;
  if ((size_t)(arena_usable - arena_top) < size && !commit_step(size)) return NULL;
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
    small_fallbacks++;
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
** Reserves the arena's address space: ARENA_MAX, or half as much until the kernel agrees, and at
** most a quarter of a finite RLIMIT_AS (the rest stays for malloc, SQLite and the stack). The
** start is rounded up to a 2 MiB boundary for huge pages. Returns 0 if not even ARENA_MIN fits.
*/
static int reserve_arena(void) {
  size_t size = ARENA_MAX;
  struct rlimit lim;
  if (getrlimit(RLIMIT_AS, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY)
    while (size > ARENA_MIN && size > lim.rlim_cur / 4) size /= 2;
  for (; size >= ARENA_MIN; size /= 2) {
    void *p = mmap(NULL, size + HUGE_PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) continue;
    uintptr_t start = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    arena = arena_top = arena_usable = (char *)start;
    arena_end = arena + size;
    return 1;
  }
  return 0;
}

/*
** Makes L allocate through the pool. Blocks L allocated before keep going to realloc/free. Does
** nothing if the arena cannot be reserved, or under AddressSanitizer. Call it before L runs code,
** and not together with another allocator (such as runlimit's memory cap).
*/
void lalloc_install(lua_State *L) {
  if (!POOL_ENABLED) return;
  if (arena == NULL && !reserve_arena()) return;
  lua_setallocf(L, pool_alloc, NULL);
}

/* The arena's figures, for tests and measurements (all 0 when the pool is off). */
void lalloc_get_stats(struct lalloc_stats *st) {
  st->reserved = (size_t)(arena_end - arena);
  st->committed = (size_t)(arena_usable - arena);
  st->used = (size_t)(arena_top - arena);
  st->fallbacks = small_fallbacks;
}

/* Whether this build has the pool at all (not under AddressSanitizer). */
int lalloc_pool_enabled(void) {
  return POOL_ENABLED;
}

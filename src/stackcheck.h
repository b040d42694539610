/*
** stackcheck.h — STACK_ENTER/STACK_LEAVE, the stack-balance asserts of the C helpers and bindings.
*/
#ifndef CICA_STACKCHECK_H
#define CICA_STACKCHECK_H
#include <lua.h>

/*
** Stack-balance checks at binding boundaries, as Neovim does: STACK_ENTER(L) records lua_gettop on
** entry to a function, STACK_LEAVE(L, n) (before each return that leaves the stack n slots higher;
** n may be negative) aborts with the file and line when the stack moved by anything else. On
** when CICA_STACK_CHECK is defined (CMakeLists.txt: Debug and sanitizer builds); otherwise they
** compile to nothing.
*/
#ifdef CICA_STACK_CHECK
#include <stdio.h>
#include <stdlib.h>
#define STACK_ENTER(L) const int cica_stack_entry_ = lua_gettop(L)
#define STACK_LEAVE(L, n)                                                                       \
  do {                                                                                          \
    if (lua_gettop(L) != cica_stack_entry_ + (n)) {                                             \
      fprintf(stderr, "%s:%d: Lua stack moved by %d, expected %d\n", __FILE__, __LINE__,        \
              lua_gettop(L) - cica_stack_entry_, (n));                                          \
      abort();                                                                                  \
    }                                                                                           \
  } while (0)
#else
#define STACK_ENTER(L) ((void)0)
#define STACK_LEAVE(L, n) ((void)0)
#endif

#endif

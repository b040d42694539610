/*
** serve.h — the HTTP server binding of `cica serve` (serve.c): the Lua module cica.serve.host.
*/
#ifndef CICA_SERVE_H
#define CICA_SERVE_H
#include <lua.h>

int luaopen_cica_serve_host(lua_State *L);

#endif

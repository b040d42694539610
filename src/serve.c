/*
** serve.c — the HTTP side of `cica serve`: Debian's libmicrohttpd does the protocol (parsing,
** keep-alive, chunking, limits on the size of a request's line and headers); cica's Lua code
** (lua/cica/serve/) decides what every request gets. One Lua state serves every request, on the
** main thread: the daemons run with no thread of their own (MHD's "external select" mode) and
** this file's loop waits on their sockets with pselect, so a request's Lua code runs start to
** finish before the next request is looked at. Lua states are not thread-safe, and the dataset
** and the quiz history are cica's one copy, so serialising is the simple and correct mapping;
** pages take milliseconds (bench/README.md), so one thread keeps up with one user's browser.
**
** The Lua module `cica.serve.host` (registered by main.c):
**   server = host.listen{ addresses = { "127.0.0.1", "::1" }, port = 0, max_body = 65536,
**                         optional = { ["::1"] = true } }
**   server:port(), server:addresses()     -- the port bound (0 asks for any free one)
**   server:run(handler, on_error, { timeout = S })  -- until SIGINT or SIGTERM; returns its name
**   server:close()
** handler(request) gets { method, uri (raw, undecoded), version, headers = { name(lowercase) =
** value }, body (POST data or nil), too_large = true when the body passed max_body } and
** returns status, headers, body. It runs under the per-request time limit (runlimit.c, as
** `--timeout` for a script); when it fails (an error, the time or memory limit) on_error(request,
** message) makes the error page, and a fixed plain-text 500 is the last resort.
** SIGINT/SIGTERM are blocked except while waiting, so the request in flight always finishes;
** then the listening sockets close, responses already queued are sent (up to DRAIN_SECONDS) and
** run returns.
*/
#include <arpa/inet.h>
#include <errno.h>
#include <lauxlib.h>
#include <lua.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "cica.h"
#include "mhd.h"
#include "serve.h"
#include "runlimit.h"

#define SERVER_MT "cica.serve.server"
#define MAX_DAEMONS 4
#define DRAIN_SECONDS 2
#define CONNECTION_MEMORY (64 * 1024) /* request line + headers of one connection */
#define CONNECTION_LIMIT 64
#define IDLE_TIMEOUT 30               /* seconds an idle keep-alive connection is kept */
#define ERROR_TIMEOUT 2.0             /* seconds of processor time for an error page */

struct server {
  struct MHD_Daemon *daemons[MAX_DAEMONS];
  char addresses[MAX_DAEMONS][INET6_ADDRSTRLEN];
  int ndaemons;
  unsigned port;
  size_t max_body;
  lua_State *L;     /* set while run() runs */
  int handler, on_error; /* stack indexes of the callbacks while run() runs */
  double timeout;
};

/* One request: its raw URI (from the URI log callback) and the body read so far. */
struct request {
  char *uri;
  char *body;
  size_t len, cap;
  int started;    /* the access handler has seen the headers */
  int too_large;  /* the body passed max_body: the rest is read and thrown away */
};

static volatile sig_atomic_t stop_signal; /* the signal that asked the server to stop, or 0 */

/* SIGINT/SIGTERM while serving: remember it; the loop stops after the request in flight. */
static void on_stop_signal(int sig) {
  stop_signal = sig;
}

/*
** MHD's URI log callback: the first look at a request, with its URI exactly as sent (path and
** query, still percent-encoded: the Lua side decodes and checks it). Returns the request record
** MHD passes to the access handler as *req_cls (NULL when out of memory: the handler refuses).
*/
static void *log_uri(void *cls, const char *uri, struct MHD_Connection *connection) {
  (void)cls;
  (void)connection;
  struct request *r = calloc(1, sizeof *r);
  if (r == NULL) return NULL;
  r->uri = strdup(uri ? uri : "");
  if (r->uri == NULL) {
    free(r);
    return NULL;
  }
  return r;
}

/* MHD's completion callback: frees the request record. */
static void request_done(void *cls, struct MHD_Connection *connection, void **req_cls,
                         enum MHD_RequestTerminationCode toe) {
  (void)cls;
  (void)connection;
  (void)toe;
  struct request *r = *req_cls;
  if (r == NULL) return;
  free(r->uri);
  free(r->body);
  free(r);
  *req_cls = NULL;
}

/* Appends n bytes of body to r, or marks it too large past max. Returns 0, -1 if out of memory. */
static int append_body(struct request *r, const char *data, size_t n, size_t max) {
  if (r->too_large || n > max - r->len) {
    r->too_large = 1;
    return 0;
  }
  if (r->len + n + 1 > r->cap) {
    size_t cap = r->cap ? r->cap : 1024;
    while (cap < r->len + n + 1) cap *= 2;
    char *p = realloc(r->body, cap);
    if (p == NULL) return -1;
    r->body = p;
    r->cap = cap;
  }
  memcpy(r->body + r->len, data, n);
  r->len += n;
  r->body[r->len] = '\0';
  return 0;
}

/* MHD_KeyValueIterator: adds one header to the table on top of the stack (the name in lower
** case; a repeated header's values joined with ", "). Runs inside build_request's protection. */
static enum MHD_Result add_header(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
  lua_State *L = cls;
  (void)kind;
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (const char *p = key; *p; p++)
    luaL_addchar(&b, (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : *p);
  luaL_pushresult(&b);
  lua_pushvalue(L, -1);
  if (lua_rawget(L, -3) == LUA_TSTRING) {
    lua_pushliteral(L, ", ");
    lua_pushstring(L, value ? value : "");
    lua_concat(L, 3);
  } else {
    lua_pop(L, 1);
    lua_pushstring(L, value ? value : "");
  }
  lua_rawset(L, -3);
  return MHD_YES;
}

/* What build_request needs: the connection and the request. */
struct request_args {
  struct MHD_Connection *connection;
  struct request *r;
  const char *method, *version;
};

/*
** Builds the request table handlers get (see the top of this file). Argument 1: a light
** userdata, the struct request_args. Runs under host_pcall, so running out of memory while
** building it is an error, not a jump through MHD's frames. Stack: returns the table.
*/
static int build_request(lua_State *L) {
  const struct request_args *a = lua_touserdata(L, 1);
  lua_createtable(L, 0, 6);
  lua_pushstring(L, a->method);
  lua_setfield(L, -2, "method");
  lua_pushstring(L, a->r->uri);
  lua_setfield(L, -2, "uri");
  lua_pushstring(L, a->version);
  lua_setfield(L, -2, "version");
  lua_newtable(L);
  MHD_get_connection_values(a->connection, MHD_HEADER_KIND, add_header, L);
  lua_setfield(L, -2, "headers");
  if (a->r->body) {
    lua_pushlstring(L, a->r->body, a->r->len);
    lua_setfield(L, -2, "body");
  }
  if (a->r->too_large) {
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "too_large");
  }
  return 1;
}

/* Queues a plain-text response (the last resort when the Lua side failed). */
static enum MHD_Result plain_response(struct MHD_Connection *connection, unsigned status, const char *text) {
  struct MHD_Response *resp =
      MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_PERSISTENT);
  if (resp == NULL) return MHD_NO;
  MHD_add_response_header(resp, "Content-Type", "text/plain; charset=utf-8");
  MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(resp, "Content-Security-Policy", "default-src 'none'");
  enum MHD_Result ret = MHD_queue_response(connection, status, resp);
  MHD_destroy_response(resp);
  return ret;
}

/*
** Turns what a handler returned (status, headers, body: the top three stack slots) into a queued
** response. Reads strings only (no conversions, so nothing allocates in Lua). Returns MHD_NO when
** the result has the wrong shape or MHD refuses. Stack: unchanged.
*/
static enum MHD_Result queue_result(lua_State *L, struct MHD_Connection *connection) {
  int isnum = 0;
  lua_Integer status = lua_tointegerx(L, -3, &isnum);
  size_t len = 0;
  const char *body = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
  if (!isnum || status < 100 || status > 599 || body == NULL || !lua_istable(L, -2))
    return plain_response(connection, 500, "500 internal error: bad handler result\n");
  struct MHD_Response *resp = MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
  if (resp == NULL) return MHD_NO;
  lua_pushnil(L);
  while (lua_next(L, -3) != 0) {
    if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING)
      MHD_add_response_header(resp, lua_tostring(L, -2), lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  enum MHD_Result ret = MHD_queue_response(connection, (unsigned)status, resp);
  MHD_destroy_response(resp);
  return ret;
}

/*
** Runs the Lua side for one complete request: builds the request table, calls the handler under
** the per-request time limit, on failure on_error (with a small budget of its own), and queues
** the response. Stack: unchanged.
*/
static enum MHD_Result respond(struct server *s, struct MHD_Connection *connection, struct request *r,
                               const char *method, const char *version) {
  lua_State *L = s->L;
  int top = lua_gettop(L);
  if (!lua_checkstack(L, 8)) return plain_response(connection, 500, "500 internal error\n");
  struct request_args args = {connection, r, method, version};
  runlimit_start(L, s->timeout);
  lua_pushcfunction(L, build_request);
  lua_pushlightuserdata(L, &args);
  int status = host_pcall(L, 1, 1);
  if (status != LUA_OK) {
    runlimit_stop(L);
    lua_settop(L, top);
    return plain_response(connection, 500, "500 internal error: out of memory\n");
  }
  int req = lua_gettop(L);
  lua_pushvalue(L, s->handler);
  lua_pushvalue(L, req);
  status = host_pcall(L, 1, 3);
  runlimit_stop(L);
  if (status != LUA_OK) {
    /* the message (with its traceback) goes to on_error, which logs it and makes the page */
    int msg = lua_gettop(L);
    runlimit_start(L, ERROR_TIMEOUT);
    lua_pushvalue(L, s->on_error);
    lua_pushvalue(L, req);
    lua_pushvalue(L, msg);
    status = host_pcall(L, 2, 3);
    runlimit_stop(L);
    if (status != LUA_OK) {
      fprintf(stderr, "cica serve: error page failed: %s\n", lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
      lua_settop(L, top);
      return plain_response(connection, 500, "500 internal error\n");
    }
  }
  enum MHD_Result ret = queue_result(L, connection);
  lua_settop(L, top);
  return ret;
}

/*
** MHD's access handler: called once when the headers are in, then for each piece of the body,
** then once more at its end. The body is kept up to max_body (a declared Content-Length past it
** is answered at once); the Lua side answers the complete request.
*/
static enum MHD_Result on_request(void *cls, struct MHD_Connection *connection, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **req_cls) {
  (void)url;
  struct server *s = cls;
  struct request *r = *req_cls;
  if (r == NULL) return plain_response(connection, 500, "500 internal error: out of memory\n");
  if (!r->started) {
    r->started = 1;
    const char *length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Content-Length");
    if (length) {
      char *end = NULL;
      errno = 0;
      unsigned long long n = strtoull(length, &end, 10);
      if (errno || end == length || n > s->max_body) {
        r->too_large = 1;
        return respond(s, connection, r, method, version);
      }
    }
    return MHD_YES;
  }
  if (*upload_data_size > 0) {
    if (append_body(r, upload_data, *upload_data_size, s->max_body) != 0)
      return plain_response(connection, 500, "500 internal error: out of memory\n");
    *upload_data_size = 0;
    return MHD_YES;
  }
  return respond(s, connection, r, method, version);
}

/* MHD's error log: one line on stderr, prefixed as cica's messages are. */
static void log_error(void *cls, const char *fmt, va_list ap) {
  (void)cls;
  fputs("cica serve: ", stderr);
  vfprintf(stderr, fmt, ap);
}

/* Frees what a server holds: stops its daemons. Idempotent. */
static void close_server(struct server *s) {
  for (int i = 0; i < s->ndaemons; i++)
    if (s->daemons[i]) MHD_stop_daemon(s->daemons[i]);
  s->ndaemons = 0;
}

/* __gc and server:close(). Argument 1: the server. Returns nothing. */
static int server_close(lua_State *L) {
  struct server *s = luaL_checkudata(L, 1, SERVER_MT);
  close_server(s);
  return 0;
}

/*
** Starts one daemon on a numeric address (IPv4 or IPv6) and port. Returns the daemon, or NULL
** with *why set to the catalogue key (area "main") of a short reason (libmicrohttpd cannot be
** loaded: *detail says why; the address is not numeric; MHD could not bind).
*/
static struct MHD_Daemon *start_daemon(struct server *s, const char *address, unsigned port, const char **why,
                                       const char **detail) {
  struct sockaddr_in v4;
  struct sockaddr_in6 v6;
  struct sockaddr *sa;
  unsigned flags = MHD_USE_ERROR_LOG;
  const char *unloaded = mhd_load();
  if (unloaded) {
    *why = "serve_no_mhd";
    *detail = unloaded;
    return NULL;
  }
  memset(&v4, 0, sizeof v4);
  memset(&v6, 0, sizeof v6);
  if (inet_pton(AF_INET, address, &v4.sin_addr) == 1) {
    v4.sin_family = AF_INET;
    v4.sin_port = htons((uint16_t)port);
    sa = (struct sockaddr *)&v4;
  } else if (inet_pton(AF_INET6, address, &v6.sin6_addr) == 1) {
    v6.sin6_family = AF_INET6;
    v6.sin6_port = htons((uint16_t)port);
    sa = (struct sockaddr *)&v6;
    flags |= MHD_USE_IPv6;
  } else {
    *why = "serve_not_numeric";
    return NULL;
  }
  struct MHD_Daemon *d = MHD_start_daemon(
      flags, (uint16_t)port, NULL, NULL, on_request, s,
      MHD_OPTION_EXTERNAL_LOGGER, log_error, NULL,
      MHD_OPTION_SOCK_ADDR, sa,
      MHD_OPTION_URI_LOG_CALLBACK, log_uri, NULL,
      MHD_OPTION_NOTIFY_COMPLETED, request_done, NULL,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONNECTION_MEMORY,
      MHD_OPTION_CONNECTION_LIMIT, (unsigned)CONNECTION_LIMIT,
      MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)IDLE_TIMEOUT,
      MHD_OPTION_END);
  if (d == NULL) *why = port ? "serve_port_in_use" : "serve_cannot_listen";
  return d;
}

/*
** host.listen(opts): binds every address of opts.addresses on opts.port (0: a free port, the same
** for all), opts.max_body the largest request body kept. An address in opts.optional that cannot
** be bound (::1 on a machine without IPv6) is left out. Returns the server, or nil and a message
** "ADDRESS: reason". Errors: a bad opts table.
*/
static int serve_listen(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer port = (lua_getfield(L, 1, "port"), luaL_optinteger(L, -1, 0));
  lua_Integer max_body = (lua_getfield(L, 1, "max_body"), luaL_optinteger(L, -1, 65536));
  lua_pop(L, 2);
  luaL_argcheck(L, port >= 0 && port <= 65535, 1, "port must be 0..65535");
  luaL_argcheck(L, max_body > 0, 1, "max_body must be positive");
  luaL_checktype(L, (lua_getfield(L, 1, "addresses"), -1), LUA_TTABLE);
  int addresses = lua_gettop(L);
  lua_getfield(L, 1, "optional");
  int optional = lua_gettop(L);
  const char *lang = (lua_getfield(L, 1, "lang"), lua_tostring(L, -1)); /* the message's; kept on the stack */
  struct server *s = lua_newuserdatauv(L, sizeof *s, 0);
  memset(s, 0, sizeof *s);
  s->max_body = (size_t)max_body;
  luaL_setmetatable(L, SERVER_MT);
  unsigned bound = (unsigned)port;
  lua_Integer n = luaL_len(L, addresses);
  luaL_argcheck(L, n >= 1 && n <= MAX_DAEMONS, 1, "addresses must hold 1 to 4 addresses");
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, addresses, i);
    const char *address = luaL_checkstring(L, -1);
    const char *why = NULL, *detail = "";
    struct MHD_Daemon *d = start_daemon(s, address, bound, &why, &detail);
    int is_optional = lua_istable(L, optional) && (lua_getfield(L, optional, address), lua_toboolean(L, -1));
    if (lua_istable(L, optional)) lua_pop(L, 1);
    if (d == NULL) {
      if (is_optional) {
        lua_pop(L, 1);
        continue;
      }
      close_server(s);
      lua_pushnil(L);
      lua_pushfstring(L, "%s: ", address);
      lua_pushfstring(L, host_message_lang(L, lang, why), detail);
      lua_concat(L, 2);
      return 2;
    }
    if (bound == 0) {
      const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
      bound = info ? info->port : 0;
    }
    s->daemons[s->ndaemons] = d;
    snprintf(s->addresses[s->ndaemons], sizeof s->addresses[0], "%s", address);
    s->ndaemons++;
    lua_pop(L, 1);
  }
  s->port = bound;
  return 1;
}

/* server:port(): the port bound. */
static int server_port(lua_State *L) {
  struct server *s = luaL_checkudata(L, 1, SERVER_MT);
  lua_pushinteger(L, s->port);
  return 1;
}

/* server:addresses(): an array of the addresses bound. */
static int server_addresses(lua_State *L) {
  struct server *s = luaL_checkudata(L, 1, SERVER_MT);
  lua_createtable(L, s->ndaemons, 0);
  for (int i = 0; i < s->ndaemons; i++) {
    lua_pushstring(L, s->addresses[i]);
    lua_rawseti(L, -2, i + 1);
  }
  return 1;
}

/* Waits for any daemon's sockets (at most max_ms, -1: as MHD says) with the stop signals
** unblocked, then lets each daemon work. Returns 0, or -1 on a select error other than EINTR. */
static int serve_once(struct server *s, const sigset_t *waitmask, long max_ms) {
  fd_set rs, ws, es;
  FD_ZERO(&rs);
  FD_ZERO(&ws);
  FD_ZERO(&es);
  MHD_socket maxfd = 0;
  MHD_UNSIGNED_LONG_LONG wait = 0, least = 0;
  int has_wait = 0;
  for (int i = 0; i < s->ndaemons; i++) {
    if (MHD_get_fdset(s->daemons[i], &rs, &ws, &es, &maxfd) != MHD_YES) return -1;
    if (MHD_get_timeout(s->daemons[i], &wait) == MHD_YES && (!has_wait || wait < least)) {
      least = wait;
      has_wait = 1;
    }
  }
  if (max_ms >= 0 && (!has_wait || least > (MHD_UNSIGNED_LONG_LONG)max_ms)) {
    least = (MHD_UNSIGNED_LONG_LONG)max_ms;
    has_wait = 1;
  }
  struct timespec ts = {(time_t)(least / 1000), (long)(least % 1000) * 1000000L};
  int rc = pselect(maxfd + 1, &rs, &ws, &es, has_wait ? &ts : NULL, waitmask);
  if (rc < 0) {
    if (errno == EINTR) return 0;
    return -1;
  }
  for (int i = 0; i < s->ndaemons; i++) MHD_run_from_select(s->daemons[i], &rs, &ws, &es);
  return 0;
}

/* Connections the daemons still hold. */
static unsigned open_connections(struct server *s) {
  unsigned n = 0;
  for (int i = 0; i < s->ndaemons; i++) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->daemons[i], MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    if (info) n += info->num_connections;
  }
  return n;
}

/*
** server:run(handler, on_error, opts): serves until SIGINT or SIGTERM (opts.timeout: seconds of
** processor time per request, 0 or nil for none; opts.ready: a function called once the stop
** signals are caught, before the first request — the place to print the URL, so that a signal
** sent as soon as the URL is seen stops the server instead of being lost or killing it).
** Returns "SIGINT" or "SIGTERM". Errors: a select failure, an error of opts.ready (the signals
** are then as before). Stack: handler and on_error stay at 2 and 3, ready at 4, while requests
** are served.
*/
static int server_run(lua_State *L) {
  struct server *s = luaL_checkudata(L, 1, SERVER_MT);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  luaL_checktype(L, 3, LUA_TFUNCTION);
  double timeout = 0;
  lua_settop(L, 4);
  if (lua_istable(L, 4)) {
    lua_getfield(L, 4, "timeout");
    timeout = luaL_optnumber(L, -1, 0);
    lua_pop(L, 1);
    lua_getfield(L, 4, "ready");
    if (!lua_isnil(L, -1)) luaL_checktype(L, -1, LUA_TFUNCTION);
  } else {
    lua_pushnil(L);
  }
  lua_replace(L, 4); /* ready (or nil) at 4 */
  if (s->ndaemons == 0) return luaL_error(L, "the server is closed");
  s->L = L;
  s->handler = 2;
  s->on_error = 3;
  s->timeout = timeout;
  runlimit_stop(L); /* each request gets its own budget; waiting for one is not limited */

  sigset_t stopping, blocked, waitmask;
  sigemptyset(&stopping);
  sigaddset(&stopping, SIGINT);
  sigaddset(&stopping, SIGTERM);
  sigprocmask(SIG_BLOCK, &stopping, &blocked);
  waitmask = blocked;
  sigdelset(&waitmask, SIGINT);
  sigdelset(&waitmask, SIGTERM);
  struct sigaction sa, old_int, old_term, old_pipe;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  sa.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &sa, &old_pipe);
  stop_signal = 0;
  if (lua_isfunction(L, 4)) {
    lua_pushvalue(L, 4);
    if (host_pcall(L, 0, 0) != LUA_OK) {
      sigaction(SIGINT, &old_int, NULL);
      sigaction(SIGTERM, &old_term, NULL);
      sigaction(SIGPIPE, &old_pipe, NULL);
      sigprocmask(SIG_SETMASK, &blocked, NULL);
      s->L = NULL;
      return lua_error(L);
    }
  }

  int failed = 0;
  while (!stop_signal && !failed) failed = serve_once(s, &waitmask, -1) != 0;
  /* stop listening, send what is queued, then close */
  for (int i = 0; i < s->ndaemons; i++) {
    MHD_socket fd = MHD_quiesce_daemon(s->daemons[i]);
    if (fd != MHD_INVALID_SOCKET) close(fd);
  }
  struct timespec start, now;
  clock_gettime(CLOCK_MONOTONIC, &start);
  while (!failed && open_connections(s) > 0) {
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (now.tv_sec - start.tv_sec >= DRAIN_SECONDS) break;
    failed = serve_once(s, &waitmask, 50) != 0;
  }
  close_server(s);
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGTERM, &old_term, NULL);
  sigaction(SIGPIPE, &old_pipe, NULL);
  sigprocmask(SIG_SETMASK, &blocked, NULL);
  s->L = NULL;
  if (failed) return luaL_error(L, "waiting for connections failed: %s", strerror(errno));
  lua_pushstring(L, stop_signal == SIGTERM ? "SIGTERM" : "SIGINT");
  return 1;
}

/* The module cica.serve.host: listen() and the server methods. Stack: returns the module. */
int luaopen_cica_serve_host(lua_State *L) {
  static const luaL_Reg methods[] = {
    {"port", server_port}, {"addresses", server_addresses}, {"run", server_run},
    {"close", server_close}, {NULL, NULL}};
  if (luaL_newmetatable(L, SERVER_MT)) {
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, server_close);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  lua_newtable(L);
  lua_pushcfunction(L, serve_listen);
  lua_setfield(L, -2, "listen");
  return 1;
}

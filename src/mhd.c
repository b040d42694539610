/*
** mhd.c — loads libmicrohttpd on first use (see mhd.h). The library's soname is the one of the
** Debian package cica depends on (libmicrohttpd12); CICA_MHD_LIBRARY names another file (tests).
*/
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "mhd.h"

struct mhd_api mhd;

/*
** Resolves every function of struct mhd_api in the library handle h. Returns NULL, or dlerror's
** text for the first missing one.
*/
static const char *resolve(void *h) {
  struct { const char *name; void **slot; } fns[] = {
    {"MHD_start_daemon", (void **)&mhd.start_daemon},
    {"MHD_stop_daemon", (void **)&mhd.stop_daemon},
    {"MHD_quiesce_daemon", (void **)&mhd.quiesce_daemon},
    {"MHD_get_daemon_info", (void **)&mhd.get_daemon_info},
    {"MHD_get_fdset2", (void **)&mhd.get_fdset2},
    {"MHD_get_timeout", (void **)&mhd.get_timeout},
    {"MHD_run_from_select", (void **)&mhd.run_from_select},
    {"MHD_get_connection_values", (void **)&mhd.get_connection_values},
    {"MHD_lookup_connection_value", (void **)&mhd.lookup_connection_value},
    {"MHD_create_response_from_buffer", (void **)&mhd.create_response_from_buffer},
    {"MHD_add_response_header", (void **)&mhd.add_response_header},
    {"MHD_queue_response", (void **)&mhd.queue_response},
    {"MHD_destroy_response", (void **)&mhd.destroy_response},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    void *p = dlsym(h, fns[i].name);
    if (!p) return dlerror();
    *fns[i].slot = p;
  }
  return NULL;
}

/*
** Loads libmicrohttpd once (the handle stays open until exit). Returns NULL when its functions
** are in `mhd`, else dlerror's text (why it could not), kept for later calls.
*/
const char *mhd_load(void) {
  static int done;
  static const char *why;
  static char text[512];
  if (done) return why;
  done = 1;
  const char *name = getenv("CICA_MHD_LIBRARY");
  void *h = dlopen(name && *name ? name : "libmicrohttpd.so.12", RTLD_NOW | RTLD_LOCAL);
  const char *err = h ? resolve(h) : dlerror();
  if (!err) return NULL;
  snprintf(text, sizeof text, "%s", err);
  return why = text;
}

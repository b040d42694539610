/*
** mhd.h — libmicrohttpd, loaded with dlopen when `cica serve` starts its first daemon rather than
** linked: linking it made every cica run (cica -e '', a report) load libmicrohttpd and GnuTLS
** with it, about 4 M instructions of relocations before main. Include after <microhttpd.h>;
** the MHD_ functions serve.c calls then go through the table `mhd`.
*/
#ifndef CICA_MHD_H
#define CICA_MHD_H
#include <microhttpd.h>

struct mhd_api {
  __typeof__(&MHD_start_daemon) start_daemon;
  __typeof__(&MHD_stop_daemon) stop_daemon;
  __typeof__(&MHD_quiesce_daemon) quiesce_daemon;
  __typeof__(&MHD_get_daemon_info) get_daemon_info;
  __typeof__(&MHD_get_fdset2) get_fdset2;   /* MHD_get_fdset is a macro over it */
  __typeof__(&MHD_get_timeout) get_timeout;
  __typeof__(&MHD_run_from_select) run_from_select;
  __typeof__(&MHD_get_connection_values) get_connection_values;
  __typeof__(&MHD_lookup_connection_value) lookup_connection_value;
  __typeof__(&MHD_create_response_from_buffer) create_response_from_buffer;
  __typeof__(&MHD_add_response_header) add_response_header;
  __typeof__(&MHD_queue_response) queue_response;
  __typeof__(&MHD_destroy_response) destroy_response;
};

extern struct mhd_api mhd;

/* Loads libmicrohttpd (once). Returns NULL, or why it cannot be used (static text or dlerror's). */
const char *mhd_load(void);

#define MHD_start_daemon (*mhd.start_daemon)
#define MHD_stop_daemon (*mhd.stop_daemon)
#define MHD_quiesce_daemon (*mhd.quiesce_daemon)
#define MHD_get_daemon_info (*mhd.get_daemon_info)
#undef MHD_get_fdset
#define MHD_get_fdset(d, r, w, e, max) (*mhd.get_fdset2)((d), (r), (w), (e), (max), FD_SETSIZE)
#define MHD_get_timeout (*mhd.get_timeout)
#define MHD_run_from_select (*mhd.run_from_select)
#define MHD_get_connection_values (*mhd.get_connection_values)
#define MHD_lookup_connection_value (*mhd.lookup_connection_value)
#define MHD_create_response_from_buffer (*mhd.create_response_from_buffer)
#define MHD_add_response_header (*mhd.add_response_header)
#define MHD_queue_response (*mhd.queue_response)
#define MHD_destroy_response (*mhd.destroy_response)

#endif

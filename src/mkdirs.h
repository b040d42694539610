/*
** mkdirs: cica's one `mkdir -p` (src/mkdirs.c), for the folders of its own files: the quiz history
** (src/db.c), the REPL history (src/repl.c), the LuaLS addon (cica.host.make_dirs).
*/
#ifndef CICA_MKDIRS_H
#define CICA_MKDIRS_H
#include <stddef.h>

int mkdirs_parents(const char *path, char *failed, size_t size);

#endif

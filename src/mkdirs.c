/*
** mkdirs.c — cica's one `mkdir -p`. No Lua, no SQLite.
*/
#include "mkdirs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/*
** Creates the missing folders above the last '/' of path (mkdir -p of its dirname; a path ending
** in '/' gets the folder itself), mode 0700; folders that exist are fine. Arguments: path; failed
** (size bytes, may be NULL) receives the folder that could not be made. Returns 0, or -1 with
** errno set (ENOMEM when the path cannot be copied).
*/
int mkdirs_parents(const char *path, char *failed, size_t size) {
  char *dir = strdup(path);
  if (dir == NULL) return -1;
  for (char *p = dir + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
      int saved = errno;
      if (failed && size) snprintf(failed, size, "%s", dir);
      free(dir);
      errno = saved;
      return -1;
    }
    *p = '/';
  }
  free(dir);
  return 0;
}

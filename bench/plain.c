/*
** plain.c — the reference: reading the benchmark rows straight through the sqlite3 C API, with
** nothing built per row. The limit any binding can approach.
**
** usage: plain DB N
** Reads `SELECT id, a, b, c, d FROM bench ORDER BY id LIMIT N` (every column of every row, as cica
** does) and prints "rows=R checksum=S", S = sum(a) + total bytes of c and d. Run under a name that
** ends in "-nomutex" (bench/run makes such links), it opens the connection SQLITE_OPEN_NOMUTEX, as
** cica opens its own; the command lines stay alike, so callgrind counts only this process.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc != 3) {
    fputs("usage: plain DB N\n", stderr);
    return 2;
  }
  int flags = SQLITE_OPEN_READONLY;
  size_t len = strlen(argv[0]);
  if (len >= 8 && strcmp(argv[0] + len - 8, "-nomutex") == 0) flags |= SQLITE_OPEN_NOMUTEX;
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;
  if (sqlite3_open_v2(argv[1], &db, flags, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, "SELECT id, a, b, c, d FROM bench ORDER BY id LIMIT ?", -1, &st,
                         NULL) != SQLITE_OK ||
      sqlite3_bind_int64(st, 1, atoll(argv[2])) != SQLITE_OK) {
    fprintf(stderr, "plain: %s: %s\n", argv[1], sqlite3_errmsg(db));
    return 1;
  }
  long long rows = 0, checksum = 0;
  double bsum = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    long long id = sqlite3_column_int64(st, 0);
    long long a = sqlite3_column_int64(st, 1);
    double b = sqlite3_column_double(st, 2);
    const unsigned char *c = sqlite3_column_text(st, 3);
    int clen = sqlite3_column_bytes(st, 3);
    const unsigned char *d = sqlite3_column_text(st, 4);
    int dlen = sqlite3_column_bytes(st, 4);
    if (!c || !d || id <= 0) break; /* the values are used, so nothing is optimised away */
    rows++;
    checksum += a + clen + dlen;
    bsum += b;
  }
  if (rc != SQLITE_DONE) {
    fprintf(stderr, "plain: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  /* bench/run: this process's memory after the loop, the connection still open (as in rows.lua) */
  if (getenv("BENCH_STATUS")) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    while (f && fgets(line, sizeof line, f))
      if (strncmp(line, "VmHWM:", 6) == 0 || strncmp(line, "RssAnon:", 8) == 0 ||
          strncmp(line, "RssFile:", 8) == 0)
        fputs(line, stderr);
    if (f) fclose(f);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  printf("rows=%lld checksum=%lld\n", rows, checksum + (bsum < 0));
  return 0;
}

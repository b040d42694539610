/*
** gen.c — builds the benchmark database: a copy of cica's own dataset (so `cica --db` accepts it:
** same schema, same meta.schema_version) plus a table
**   bench(id INTEGER PRIMARY KEY, a INTEGER, b REAL, c TEXT, d TEXT)
** of N deterministic rows: `c` mixes Chinese and ASCII words (3 to 40 characters), `d` is ASCII.
** The same N always gives the same file contents, so every run checks the same checksum.
**
** usage: gen OUT.db DATASET.db N [K...]
** Prints "rows=K checksum=S" for the first K rows (each K given, then N), where
** S = sum(a) + total bytes of c and d: what every workload computes over `LIMIT K`.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A 64-bit xorshift generator: deterministic on every platform, no libc rand(). */
static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;

/* Returns the next pseudo-random number. */
static unsigned long long next(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

/* Words for column c: CICA vocabulary in Chinese (3 bytes a character in UTF-8) and English. */
static const char *const words[] = {
  "亚信", "会议", "成员国", "观察员", "峰会", "外长", "信任措施", "秘书处", "主席国", "阿斯塔纳",
  "CICA", "Astana", "summit", "member", "observer", "Almaty", "Dushanbe", "Baku", "Istanbul",
  "Shanghai", "亚洲", "相互协作", "伙伴", "宣言",
};

/* Copies the file at from to to. Returns 0, or -1 after printing why not. */
static int copy_file(const char *from, const char *to) {
  FILE *in = fopen(from, "rb");
  if (!in) { perror(from); return -1; }
  FILE *out = fopen(to, "wb");
  if (!out) { perror(to); fclose(in); return -1; }
  char buf[65536];
  size_t n;
  int bad = 0;
  while ((n = fread(buf, 1, sizeof buf, in)) > 0)
    if (fwrite(buf, 1, n, out) != n) bad = 1;
  if (ferror(in)) bad = 1;
  fclose(in);
  if (fclose(out) != 0) bad = 1;
  if (bad) fprintf(stderr, "gen: cannot copy %s to %s\n", from, to);
  return bad ? -1 : 0;
}

/* Runs sql on db; exits with SQLite's message on failure. */
static void exec(sqlite3 *db, const char *sql) {
  char *msg = NULL;
  if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    fprintf(stderr, "gen: %s: %s\n", sql, msg ? msg : "?");
    exit(1);
  }
}

/* Fills buf (size >= 256) with 1 to 6 random words separated by spaces; returns its length. */
static size_t make_text(char *buf) {
  size_t len = 0;
  int count = 1 + (int)(next() % 6);
  for (int i = 0; i < count; i++) {
    const char *w = words[next() % (sizeof words / sizeof words[0])];
    if (i) buf[len++] = ' ';
    memcpy(buf + len, w, strlen(w));
    len += strlen(w);
  }
  buf[len] = '\0';
  return len;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fputs("usage: gen OUT.db DATASET.db N [K...]\n", stderr);
    return 2;
  }
  long long n = atoll(argv[3]);
  remove(argv[1]);
  if (copy_file(argv[2], argv[1]) != 0) return 1;
  sqlite3 *db = NULL;
  if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
    fprintf(stderr, "gen: %s: %s\n", argv[1], sqlite3_errmsg(db));
    return 1;
  }
  exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN");
  exec(db, "CREATE TABLE bench (id INTEGER PRIMARY KEY, a INTEGER, b REAL, c TEXT, d TEXT)");
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db, "INSERT INTO bench VALUES (?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK) {
    fprintf(stderr, "gen: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  long long checksum = 0;
  char c[256], d[64];
  for (long long id = 1; id <= n; id++) {
    long long a = (long long)(next() % 1000000);
    size_t clen = make_text(c);
    int dlen = snprintf(d, sizeof d, "item-%llx", (unsigned long long)(next() % 0xFFFFFFFFULL));
    checksum += a + (long long)clen + dlen;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, a);
    sqlite3_bind_double(st, 3, (double)a / 8.0);
    sqlite3_bind_text(st, 4, c, (int)clen, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, d, dlen, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_DONE) {
      fprintf(stderr, "gen: %s\n", sqlite3_errmsg(db));
      return 1;
    }
    sqlite3_reset(st);
    for (int k = 4; k < argc; k++)
      if (atoll(argv[k]) == id) printf("rows=%lld checksum=%lld\n", id, checksum);
  }
  sqlite3_finalize(st);
  exec(db, "COMMIT");
  if (sqlite3_close(db) != SQLITE_OK) {
    fprintf(stderr, "gen: cannot close %s\n", argv[1]);
    return 1;
  }
  printf("rows=%lld checksum=%lld\n", n, checksum);
  return 0;
}

/*
** cica-embed: build tool. Compiles the bundled Lua modules to bytecode (which also checks their
** syntax at build time) and writes them, with the dataset image, as C arrays into one source file.
**
** usage: cica-embed OUT.c LUA_DIR DATASET.db REL/PATH.lua...
** A module's name is its path below LUA_DIR with '/' as '.' and without ".lua"
** (cica/format.lua -> cica.format; cica/init.lua would be cica).
*/
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buffer {
  unsigned char *data;
  size_t len, cap;
};

/* Appends n bytes to b; exits on allocation failure (a build tool has nothing to recover). */
static void buffer_add(struct buffer *b, const void *p, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 4096;
    while (cap < b->len + n) cap *= 2;
    unsigned char *d = realloc(b->data, cap);
    if (!d) { fputs("cica-embed: out of memory\n", stderr); exit(1); }
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

/* lua_Writer collecting a dump into a struct buffer. */
static int dump_writer(lua_State *L, const void *p, size_t n, void *ud) {
  (void)L;
  buffer_add(ud, p, n);
  return 0;
}

/* Reads a whole file into b; returns 0 on success, -1 (with errno set by stdio) on failure. */
static int read_file(const char *path, struct buffer *b) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buffer_add(b, chunk, n);
  int bad = ferror(f);
  fclose(f);
  return bad ? -1 : 0;
}

/* Writes bytes as the body of a C array initialiser. */
static void write_bytes(FILE *out, const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    fprintf(out, "%u,%s", p[i], (i % 24 == 23) ? "\n" : "");
  fputs("0\n", out); /* a trailing NUL keeps empty arrays legal; sizes exclude it */
}

/* Turns "cica/format.lua" into "cica.format" (and ".../init.lua" into its folder's name). */
static void module_name(const char *rel, char *name, size_t size) {
  snprintf(name, size, "%s", rel);
  size_t n = strlen(name);
  if (n > 4 && strcmp(name + n - 4, ".lua") == 0) name[n - 4] = '\0';
  n = strlen(name);
  if (n > 5 && strcmp(name + n - 5, "/init") == 0) name[n - 5] = '\0';
  for (char *c = name; *c; c++)
    if (*c == '/') *c = '.';
}

/*
** Dropping local variable names from a Lua 5.4 dump (what lua_dump's strip flag drops too, but
** keeping the source name, the line numbers and the upvalue names, so error positions and
** tracebacks stay as they are). The names are a third of a module's bytecode and most of what
** undumping it costs (each is a string to intern): ~0.1 M instructions at every start-up for the
** modules cica loads first (bench/README.md). Cost: an error inside cica's own code says
** "attempt to index a nil value" without "(local 'x')", and a function held in a local of cica's
** code is named in a traceback by its file and line ("in function <lua/cica/x.lua:12>").
** The reader follows lundump.c of Lua 5.4; a dump it does not understand stops the build.
*/
struct dump_reader {
  const unsigned char *p, *end;
  struct buffer *out;
  int bad;
};

/* Copies n bytes to the output (or marks the reader bad at the end of the input). */
static void dr_copy(struct dump_reader *r, size_t n) {
  if ((size_t)(r->end - r->p) < n) { r->bad = 1; r->p = r->end; return; }
  buffer_add(r->out, r->p, n);
  r->p += n;
}

/* Skips n bytes of the input. */
static void dr_skip(struct dump_reader *r, size_t n) {
  if ((size_t)(r->end - r->p) < n) { r->bad = 1; r->p = r->end; return; }
  r->p += n;
}

/* Reads a size as lundump.c's loadUnsigned does (7 bits a byte, the last one with 0x80); copies
** its bytes to the output when copy is set. */
static size_t dr_size(struct dump_reader *r, int copy) {
  size_t x = 0;
  for (;;) {
    if (r->p >= r->end) { r->bad = 1; return 0; }
    unsigned char b = *r->p;
    if (copy) dr_copy(r, 1); else r->p++;
    x = (x << 7) | (b & 0x7f);
    if (b & 0x80) return x;
  }
}

/* A string (size + 1, then the bytes; 0 for none), copied or skipped. */
static void dr_string(struct dump_reader *r, int copy) {
  size_t n = dr_size(r, copy);
  if (n == 0) return;
  if (copy) dr_copy(r, n - 1); else dr_skip(r, n - 1);
}

/* Copies one function (lundump.c's loadFunction) without its local variable names. */
static void dr_function(struct dump_reader *r) {
  dr_string(r, 1);                                  /* source */
  dr_size(r, 1); dr_size(r, 1);                     /* linedefined, lastlinedefined */
  dr_copy(r, 3);                                    /* numparams, is_vararg, maxstacksize */
  dr_copy(r, dr_size(r, 1) * 4);                    /* code (4-byte instructions) */
  size_t n = dr_size(r, 1);                         /* constants */
  for (size_t i = 0; i < n && !r->bad; i++) {
    if (r->p >= r->end) { r->bad = 1; return; }
    unsigned char tag = *r->p;
    dr_copy(r, 1);
    switch (tag) {
      case 0x00: case 0x01: case 0x11: break;       /* nil, false, true */
      case 0x03: case 0x13: dr_copy(r, 8); break;   /* integer, float */
      case 0x04: case 0x14: dr_string(r, 1); break; /* short and long strings */
      default: r->bad = 1; return;
    }
  }
  dr_copy(r, dr_size(r, 1) * 3);                    /* upvalues: instack, idx, kind */
  n = dr_size(r, 1);                                /* nested functions */
  for (size_t i = 0; i < n && !r->bad; i++) dr_function(r);
  dr_copy(r, dr_size(r, 1));                        /* lineinfo */
  n = dr_size(r, 1);                                /* abslineinfo: pc, line */
  for (size_t i = 0; i < n && !r->bad; i++) { dr_size(r, 1); dr_size(r, 1); }
  n = dr_size(r, 0);                                /* locvars: dropped */
  for (size_t i = 0; i < n && !r->bad; i++) { dr_string(r, 0); dr_size(r, 0); dr_size(r, 0); }
  unsigned char none = 0x80;                        /* a size of 0 */
  buffer_add(r->out, &none, 1);
  n = dr_size(r, 1);                                /* upvalue names: kept */
  for (size_t i = 0; i < n && !r->bad; i++) dr_string(r, 1);
}

/* Replaces the dump in code by the same without local variable names. Returns 0, or -1 (code
** unchanged) when it does not read as a Lua 5.4 dump of this build's sizes. */
static int drop_local_names(struct buffer *code) {
  const size_t header = 4 + 1 + 1 + 6 + 3 + 8 + 8 + 1; /* signature ... LUAC_NUM, sizeupvalues */
  if (code->len < header || code->data[4] != 0x54 || code->data[12] != 4 || code->data[13] != 8 ||
      code->data[14] != 8)
    return -1;
  struct buffer out = {0};
  struct dump_reader r = {code->data + header, code->data + code->len, &out, 0};
  buffer_add(&out, code->data, header);
  dr_function(&r);
  if (r.bad || r.p != r.end) {
    free(out.data);
    return -1;
  }
  free(code->data);
  *code = out;
  return 0;
}

/* Compiles one module to bytecode and writes its array; returns 0, or 1 after printing why not. */
static int embed_module(lua_State *L, FILE *out, const char *dir, const char *rel, int index) {
  char path[4096], chunkname[4096];
  snprintf(path, sizeof path, "%s/%s", dir, rel);
  snprintf(chunkname, sizeof chunkname, "@lua/%s", rel);
  struct buffer src = {0}, code = {0};
  if (read_file(path, &src) != 0) {
    perror(path);
    return 1;
  }
  if (luaL_loadbufferx(L, (const char *)src.data, src.len, chunkname, "t") != LUA_OK) {
    fprintf(stderr, "cica-embed: %s\n", lua_tostring(L, -1));
    free(src.data);
    return 1;
  }
  lua_dump(L, dump_writer, &code, 0);
  lua_pop(L, 1);
  if (drop_local_names(&code) != 0) {
    fprintf(stderr, "cica-embed: %s: not a Lua 5.4 dump as expected (lundump.c's format changed?)\n", path);
    free(src.data);
    free(code.data);
    return 1;
  }
  fprintf(out, "static const unsigned char module_%d[] = {\n", index);
  write_bytes(out, code.data, code.len);
  fprintf(out, "};\n");
  free(src.data);
  free(code.data);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fputs("usage: cica-embed OUT.c LUA_DIR DATASET.db REL/PATH.lua...\n", stderr);
    return 2;
  }
  const char *out_path = argv[1], *dir = argv[2], *db_path = argv[3];
  int nmod = argc - 4;
  FILE *out = fopen(out_path, "w");
  if (!out) { perror(out_path); return 1; }
  lua_State *L = luaL_newstate();
  if (!L) { fputs("cica-embed: cannot create Lua state\n", stderr); return 1; }
  fputs("/* Generated by cica-embed: do not edit. */\n#include \"embedded.h\"\n\n", out);
  int failed = 0;
  for (int i = 0; i < nmod; i++) failed |= embed_module(L, out, dir, argv[4 + i], i);
  fputs("const struct cica_module cica_modules[] = {\n", out);
  for (int i = 0; i < nmod; i++) {
    char name[1024];
    module_name(argv[4 + i], name, sizeof name);
    fprintf(out, "  {\"%s\", \"@lua/%s\", module_%d, sizeof module_%d - 1},\n", name, argv[4 + i], i, i);
  }
  fprintf(out, "  {0, 0, 0, 0}\n};\nconst int cica_module_count = %d;\n\n", nmod);
  struct buffer db = {0};
  if (read_file(db_path, &db) != 0) {
    perror(db_path);
    failed = 1;
  }
  /* SQLite reads the image in place; page-aligned storage keeps its accesses aligned. */
  fputs("static _Alignas(4096) const unsigned char dataset[] = {\n", out);
  write_bytes(out, db.data, db.len);
  fputs("};\nconst unsigned char *const cica_dataset_image = dataset;\n", out);
  fprintf(out, "const size_t cica_dataset_size = %zu;\n", db.len);
  free(db.data);
  lua_close(L);
  if (fclose(out) != 0) { perror(out_path); failed = 1; }
  if (failed) remove(out_path);
  return failed;
}

/*
** searchtext.c — the "cica" FTS5 tokenizer behind cica.search. SQLite only, no Lua.
**
** SQLite's unicode61 tokenizer treats a whole run of Chinese as one token, and the trigram
** tokenizer cannot match two-character words (中国, 峰会). This tokenizer splits text into runs:
**   * CJK runs (Han, kana, hangul): each character is folded from traditional to simplified with
**     the table search_fold (built from the dataset's own aligned 简/繁 pairs by
**     data/95-search.sql) and indexed as one token per character, with the bigram of it and the
**     next character as a second token at the same position (FTS5_TOKEN_COLOCATED). A query run
**     of n characters becomes its n-1 bigrams followed by its last character: as a phrase, that
**     matches the document position by position, and one character alone matches too. Token
**     offsets always point into the original text, so snippet() marks what the user sees.
**   * everything else goes to the built-in unicode61 tokenizer (remove_diacritics 2): words,
**     years and ISO codes are case-folded tokens.
** The fold table is read on the first use of each tokenizer instance; without it (a database
** that has none) text is not folded.
*/
#include "searchtext.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* What registration shares with each tokenizer instance. */
struct registration {
  sqlite3 *db;                 /* the connection, to read search_fold */
  fts5_api *api;               /* to find unicode61 */
  Fts5Tokenizer *tokens_inst;  /* cica_tokens()'s instance, made on its first call */
};

/* One traditional → simplified character pair. */
struct fold_pair {
  uint32_t from, to;
};

/* One tokenizer instance (FTS5 makes one per table per connection). */
struct tokenizer {
  struct registration *reg;
  fts5_tokenizer words;        /* unicode61's methods, for runs that are not CJK */
  Fts5Tokenizer *words_inst;
  struct fold_pair *fold;      /* sorted by `from` */
  size_t nfold;
  int fold_loaded;
};

/* The callback FTS5 passes to xTokenize. */
typedef int (*token_fn)(void *ctx, int tflags, const char *token, int ntoken, int start, int end);

/*
** Decodes the UTF-8 character at s (n >= 1 bytes available) and stores its length in *len. An
** invalid, overlong or truncated sequence counts as one byte and decodes as U+FFFD.
*/
static uint32_t decode(const unsigned char *s, int n, int *len) {
  uint32_t c = s[0], min;
  int need;
  *len = 1;
  if (c < 0x80) return c;
  if ((c & 0xE0) == 0xC0) { need = 1; c &= 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { need = 2; c &= 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { need = 3; c &= 0x07; min = 0x10000; }
  else return 0xFFFD;
  if (need >= n) return 0xFFFD;
  for (int i = 1; i <= need; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (s[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
  *len = need + 1;
  return c;
}

/* Whether decode() met a byte that starts no valid character (a real U+FFFD is 3 bytes long). */
#define INVALID(c, len) ((c) == 0xFFFD && (len) == 1)

/* Writes code point c (a valid scalar value) as UTF-8 into out; returns the byte count (1-4). */
static int encode(uint32_t c, char *out) {
  if (c < 0x80) { out[0] = (char)c; return 1; }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/*
** Whether c is indexed character by character: Han ideographs (with 々〆〇), kana (without the
** middle dot ・, which is punctuation) and hangul syllables.
*/
static int is_cjk(uint32_t c) {
  return (c >= 0x3005 && c <= 0x3007) || (c >= 0x3041 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

/* Orders fold pairs by `from`, for qsort and bsearch. */
static int fold_cmp(const void *a, const void *b) {
  uint32_t x = ((const struct fold_pair *)a)->from, y = ((const struct fold_pair *)b)->from;
  return x < y ? -1 : x > y;
}

/* The simplified form of c, or c itself when the fold table does not list it. */
static uint32_t fold(const struct tokenizer *t, uint32_t c) {
  struct fold_pair key = {c, c};
  const struct fold_pair *p = t->nfold ? bsearch(&key, t->fold, t->nfold, sizeof key, fold_cmp) : NULL;
  return p ? p->to : c;
}

/* The one code point of a column value, or 0 when it is not exactly one valid character. */
static uint32_t one_char(sqlite3_stmt *stmt, int col) {
  const unsigned char *s = sqlite3_column_text(stmt, col);
  int n = sqlite3_column_bytes(stmt, col), len;
  if (!s || n == 0) return 0;
  uint32_t c = decode(s, n, &len);
  return (len == n && c != 0xFFFD) ? c : 0;
}

/*
** Reads search_fold(hant, hans) into t->fold, sorted. A missing table means no folding (SQLITE_OK);
** any other failure returns its SQLite error code.
*/
static int load_fold(struct tokenizer *t) {
  sqlite3_stmt *stmt = NULL;
  t->fold_loaded = 1;
  int rc = sqlite3_prepare_v2(t->reg->db, "SELECT hant, hans FROM search_fold", -1, &stmt, NULL);
  if (rc == SQLITE_ERROR) return SQLITE_OK;   /* no such table */
  if (rc != SQLITE_OK) return rc;
  size_t cap = 0;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    uint32_t from = one_char(stmt, 0), to = one_char(stmt, 1);
    if (!from || !to) continue;
    if (t->nfold == cap) {
      /* a --db file's table can be of any size: the doubling is checked, not trusted */
      if (cap > SIZE_MAX / 2 / sizeof *t->fold) { rc = SQLITE_TOOBIG; break; }
      size_t ncap = cap ? cap * 2 : 256;
      struct fold_pair *p = sqlite3_realloc64(t->fold, (sqlite3_uint64)(ncap * sizeof *p));
      if (!p) { rc = SQLITE_NOMEM; break; }
      t->fold = p;
      cap = ncap;
    }
    t->fold[t->nfold].from = from;
    t->fold[t->nfold].to = to;
    t->nfold++;
  }
  sqlite3_finalize(stmt);
  if (rc != SQLITE_DONE) {
    sqlite3_free(t->fold);
    t->fold = NULL;
    t->nfold = 0;
    return rc;
  }
  if (t->nfold) qsort(t->fold, t->nfold, sizeof *t->fold, fold_cmp);
  return SQLITE_OK;
}

/* Passes unicode61's tokens on with offsets made relative to the whole text, not the run. */
struct words_ctx {
  void *ctx;
  token_fn token;
  int base;
};

/* The callback given to unicode61: shifts the offsets and forwards the token. */
static int words_token(void *p, int tflags, const char *token, int ntoken, int start, int end) {
  struct words_ctx *w = p;
  return w->token(w->ctx, tflags, token, ntoken, start + w->base, end + w->base);
}

/*
** Emits the tokens of the CJK run starting at byte *pos of s (n bytes) and advances *pos past it.
** Documents: each character, plus the bigram with the next character colocated. Queries: the
** bigram of each character with the next, and the last character alone. Returns xToken's code.
*/
static int cjk_run(const struct tokenizer *t, void *ctx, int query, const unsigned char *s, int n,
                   int *pos, token_fn token) {
  int i = *pos, len, next_len = 0;
  uint32_t c = fold(t, decode(s + i, n - i, &len));
  for (;;) {
    int next = i + len, more = 0, rc;
    uint32_t c2 = 0;
    if (next < n) {
      c2 = decode(s + next, n - next, &next_len);
      more = is_cjk(c2);
      if (more) c2 = fold(t, c2);
    }
    char buf[8];
    int k1 = encode(c, buf), k2 = more ? encode(c2, buf + k1) : 0;
    if (query) {
      rc = token(ctx, 0, buf, k1 + k2, i, more ? next + next_len : next);
    } else {
      rc = token(ctx, 0, buf, k1, i, next);
      if (rc == SQLITE_OK && more) rc = token(ctx, FTS5_TOKEN_COLOCATED, buf, k1 + k2, i, next + next_len);
    }
    if (rc != SQLITE_OK || !more) {
      *pos = next;
      return rc;
    }
    i = next;
    c = c2;
    len = next_len;
  }
}

/*
** fts5_tokenizer.xTokenize: splits text into CJK runs and other runs and tokenizes each (see the
** top of this file). Bytes that are not UTF-8 separate words and are otherwise ignored.
*/
static int tok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n, token_fn token) {
  struct tokenizer *t = (struct tokenizer *)p;
  if (!t->fold_loaded) {
    int rc = load_fold(t);
    if (rc != SQLITE_OK) return rc;
  }
  const unsigned char *s = (const unsigned char *)text;
  int query = (flags & FTS5_TOKENIZE_QUERY) != 0, i = 0, rc = SQLITE_OK;
  while (i < n && rc == SQLITE_OK) {
    int len;
    uint32_t c = decode(s + i, n - i, &len);
    if (INVALID(c, len)) {          /* a stray byte separates words, as a space would */
      i += len;
      continue;
    }
    if (is_cjk(c)) {
      rc = cjk_run(t, ctx, query, s, n, &i, token);
      continue;
    }
    int j = i + len;
    while (j < n) {
      c = decode(s + j, n - j, &len);
      if (is_cjk(c) || INVALID(c, len)) break;
      j += len;
    }
    struct words_ctx w = {ctx, token, i};
    rc = t->words.xTokenize(t->words_inst, &w, flags, text + i, j - i, words_token);
    i = j;
  }
  return rc;
}

/* fts5_tokenizer.xDelete: frees an instance and its unicode61 instance. */
static void tok_delete(Fts5Tokenizer *p) {
  struct tokenizer *t = (struct tokenizer *)p;
  if (!t) return;
  if (t->words_inst) t->words.xDelete(t->words_inst);
  sqlite3_free(t->fold);
  sqlite3_free(t);
}

/* fts5_tokenizer.xCreate: a new instance with its own unicode61. The tokenizer takes no options. */
static int tok_create(void *ud, const char **argv, int argc, Fts5Tokenizer **out) {
  static const char *words_args[] = {"remove_diacritics", "2"};
  struct registration *reg = ud;
  (void)argv;
  *out = NULL;
  if (argc > 0) return SQLITE_ERROR;
  struct tokenizer *t = sqlite3_malloc(sizeof *t);
  if (!t) return SQLITE_NOMEM;
  memset(t, 0, sizeof *t);
  t->reg = reg;
  void *words_ud = NULL;
  int rc = reg->api->xFindTokenizer(reg->api, "unicode61", &words_ud, &t->words);
  if (rc == SQLITE_OK) rc = t->words.xCreate(words_ud, words_args, 2, &t->words_inst);
  if (rc != SQLITE_OK) {
    tok_delete((Fts5Tokenizer *)t);
    return rc;
  }
  *out = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

/*
** The tokens cica_tokens() collects: a string that grows, tokens separated by spaces. Sizes are
** size_t and every sum is checked: the text can be as long as SQLite allows (a billion bytes) and
** its tokens about seven bytes for every three bytes of Chinese, which an int overflowed (issue 13,
** B5). `max` is the connection's SQLITE_LIMIT_LENGTH: a longer result is SQLITE_TOOBIG.
*/
struct token_list {
  char *buf;
  size_t len, cap, max;
};

/*
** xToken callback of cica_tokens(): appends the token (after a space). Returns SQLITE_OK,
** SQLITE_TOOBIG when the list would pass list->max bytes, or SQLITE_NOMEM.
*/
static int collect_token(void *p, int tflags, const char *token, int ntoken, int start, int end) {
  struct token_list *list = p;
  (void)tflags;
  (void)start;
  (void)end;
  if (ntoken < 0) return SQLITE_ERROR;
  size_t add = (size_t)ntoken + (list->len > 0);        /* the token, after a space */
  if (add > list->max || list->len > list->max - add) return SQLITE_TOOBIG;
  size_t need = list->len + add;                        /* <= max: cannot overflow */
  if (need > list->cap) {
    size_t cap = list->cap > list->max / 2 ? list->max : list->cap * 2;
    if (cap < need) cap = need;
    if (cap < 64) cap = 64;
    char *buf = sqlite3_realloc64(list->buf, (sqlite3_uint64)cap);
    if (!buf) return SQLITE_NOMEM;
    list->buf = buf;
    list->cap = cap;
  }
  if (list->len > 0) list->buf[list->len++] = ' ';
  memcpy(list->buf + list->len, token, (size_t)ntoken);
  list->len += (size_t)ntoken;
  return SQLITE_OK;
}

/*
** cica_tokens(text): the tokens a search for text looks up, separated by spaces ('' when there
** are none, as for "!!!"). cica.search drops the words that have none, because FTS5 matches
** nothing for an empty phrase, and a query ANDs its words. Handy for seeing how text is indexed:
** cica_tokens('阿拉木圖') is '阿拉 拉木 木图 图'. NULL gives NULL. A result longer than the
** connection's SQLITE_LIMIT_LENGTH is the error "string or blob too big" (SQLITE_TOOBIG).
*/
static void tokens_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  struct registration *reg = sqlite3_user_data(ctx);
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;   /* result NULL */
  const char *text = (const char *)sqlite3_value_text(argv[0]);
  int n = sqlite3_value_bytes(argv[0]), rc = SQLITE_OK;
  if (!text) { sqlite3_result_error_nomem(ctx); return; }
  if (!reg->tokens_inst) rc = tok_create(reg, NULL, 0, &reg->tokens_inst);
  int limit = sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1);
  struct token_list list = {NULL, 0, 0, limit > 0 ? (size_t)limit : 0};
  if (rc == SQLITE_OK) rc = tok_tokenize(reg->tokens_inst, &list, FTS5_TOKENIZE_QUERY, text, n, collect_token);
  if (rc != SQLITE_OK) {
    sqlite3_free(list.buf);
    if (rc == SQLITE_TOOBIG) sqlite3_result_error_toobig(ctx);
    else if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
    else sqlite3_result_error_code(ctx, rc);
    return;
  }
  if (!list.buf) sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
  else sqlite3_result_text64(ctx, list.buf, (sqlite3_uint64)list.len, sqlite3_free, SQLITE_UTF8);
}

/* Frees the registration when FTS5 drops the tokenizer (the connection closes). */
static void registration_free(void *p) {
  struct registration *reg = p;
  if (reg->tokens_inst) tok_delete(reg->tokens_inst);
  sqlite3_free(reg);
}

/*
** cica_rank(search, w0, w1, …): the relevance of the current row, higher is better (BM25F).
** FTS5's bm25() normalises by the length of the whole row, so a country with many aliases and
** notes ranked below a chairmanship term whose short title merely names the country. Here each
** column's term frequency is normalised by that column's own length against its average, then
** weighted (w<i> for column i, default 1), summed, and saturated once per query phrase:
**   score = sum over phrases p of idf(p) * tf'(p) * (K1 + 1) / (tf'(p) + K1)
**   tf'(p) = sum over columns c of w_c * tf(p, c) / (1 - B + B * len(c) / avglen(c))
**   idf(p) = ln((N - n(p) + 0.5) / (n(p) + 0.5)), at least RANK_MIN_IDF
*/
#define RANK_K1 1.2
#define RANK_B 0.75
#define RANK_MIN_IDF 1e-6

/* Per-query constants of cica_rank, computed on its first row and kept as FTS5 auxdata. */
struct rank_data {
  int nphrase, ncol;
  double *idf;         /* [nphrase] */
  double *avglen;      /* [ncol] */
  double *weight;      /* [ncol] */
  double *tf;          /* [nphrase * ncol], scratch for each row */
};

/* xQueryPhrase callback: counts the rows that contain a phrase. */
static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ud) {
  (void)api;
  (void)fts;
  (*(sqlite3_int64 *)ud)++;
  return SQLITE_OK;
}

/* The per-query constants: from auxdata, or computed and stored there. NULL (rc set) on error. */
static struct rank_data *rank_setup(const Fts5ExtensionApi *api, Fts5Context *fts, int nval,
                                    sqlite3_value **vals, int *rc) {
  struct rank_data *d = api->xGetAuxdata(fts, 0);
  if (d) return d;
  int nphrase = api->xPhraseCount(fts), ncol = api->xColumnCount(fts);
  if (nphrase < 0 || ncol < 0) { *rc = SQLITE_ERROR; return NULL; }
  /* both are below 2^31, so n fits in 64 bits; the byte count is checked all the same */
  size_t n = (size_t)nphrase + 2 * (size_t)ncol + (size_t)nphrase * (size_t)ncol;
  if (n > (SIZE_MAX - sizeof *d) / sizeof(double)) { *rc = SQLITE_TOOBIG; return NULL; }
  d = sqlite3_malloc64((sqlite3_uint64)(sizeof *d + n * sizeof(double)));
  if (!d) { *rc = SQLITE_NOMEM; return NULL; }
  d->nphrase = nphrase;
  d->ncol = ncol;
  d->idf = (double *)(d + 1);
  d->avglen = d->idf + nphrase;
  d->weight = d->avglen + ncol;
  d->tf = d->weight + ncol;
  sqlite3_int64 nrow = 0;
  *rc = api->xRowCount(fts, &nrow);
  for (int c = 0; c < ncol && *rc == SQLITE_OK; c++) {
    sqlite3_int64 total = 0;
    *rc = api->xColumnTotalSize(fts, c, &total);
    d->avglen[c] = (nrow > 0 && total > 0) ? (double)total / (double)nrow : 1.0;
    d->weight[c] = c < nval ? sqlite3_value_double(vals[c]) : 1.0;
  }
  for (int p = 0; p < nphrase && *rc == SQLITE_OK; p++) {
    sqlite3_int64 hits = 0;
    *rc = api->xQueryPhrase(fts, p, &hits, count_row);
    double idf = log(((double)nrow - (double)hits + 0.5) / ((double)hits + 0.5));
    d->idf[p] = idf > RANK_MIN_IDF ? idf : RANK_MIN_IDF;
  }
  if (*rc == SQLITE_OK) *rc = api->xSetAuxdata(fts, d, sqlite3_free);
  else sqlite3_free(d);
  return *rc == SQLITE_OK ? d : NULL;
}

/* The cica_rank auxiliary function (see above). Errors are reported through ctx. */
static void rank_function(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
                          sqlite3_value **vals) {
  int rc = SQLITE_OK, ninst = 0;
  struct rank_data *d = rank_setup(api, fts, nval, vals, &rc);
  if (d) rc = api->xInstCount(fts, &ninst);
  if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
  memset(d->tf, 0, (size_t)d->nphrase * (size_t)d->ncol * sizeof(double));
  for (int i = 0; i < ninst && rc == SQLITE_OK; i++) {
    int phrase, col, off;
    rc = api->xInst(fts, i, &phrase, &col, &off);
    if (rc == SQLITE_OK && phrase >= 0 && phrase < d->nphrase && col >= 0 && col < d->ncol)
      d->tf[(size_t)phrase * (size_t)d->ncol + (size_t)col] += 1.0;
  }
  double score = 0.0;
  for (int p = 0; p < d->nphrase && rc == SQLITE_OK; p++) {
    double tfw = 0.0;
    for (int c = 0; c < d->ncol && rc == SQLITE_OK; c++) {
      double tf = d->tf[(size_t)p * (size_t)d->ncol + (size_t)c];
      if (tf == 0.0) continue;
      int len = 0;
      rc = api->xColumnSize(fts, c, &len);
      tfw += d->weight[c] * tf / (1.0 - RANK_B + RANK_B * (double)len / d->avglen[c]);
    }
    score += d->idf[p] * tfw * (RANK_K1 + 1.0) / (tfw + RANK_K1);
  }
  if (rc != SQLITE_OK) sqlite3_result_error_code(ctx, rc);
  else sqlite3_result_double(ctx, score);
}

/*
** Registers on db the "cica" tokenizer, the cica_rank auxiliary function and the cica_tokens SQL
** function. Returns SQLITE_OK, or an SQLite error code (SQLITE_ERROR when SQLite has no FTS5).
*/
int searchtext_register(sqlite3 *db) {
  static fts5_tokenizer methods = {tok_create, tok_delete, tok_tokenize};
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
  if (rc == SQLITE_OK && sqlite3_step(stmt) != SQLITE_ROW) rc = sqlite3_errcode(db);
  sqlite3_finalize(stmt);
  if (rc != SQLITE_OK) return rc;
  if (!api || api->iVersion < 2) return SQLITE_ERROR;
  struct registration *reg = sqlite3_malloc(sizeof *reg);
  if (!reg) return SQLITE_NOMEM;
  reg->db = db;
  reg->api = api;
  reg->tokens_inst = NULL;
  rc = api->xCreateTokenizer(api, SEARCHTEXT_TOKENIZER, reg, &methods, registration_free);
  if (rc != SQLITE_OK) {
    sqlite3_free(reg);
    return rc;
  }
  rc = api->xCreateFunction(api, "cica_rank", NULL, rank_function, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2(db, "cica_tokens", 1, SQLITE_UTF8, reg, tokens_function, NULL, NULL, NULL);
  return rc;
}


/*
** searchtext: the "cica" FTS5 tokenizer behind cica.search (SQLite only, no Lua). It must be
** registered on every connection that builds or reads the `search` table: cica-mkdb's and the
** dataset's (src/db.c). See src/searchtext.c for how text becomes tokens and docs/search.md.
*/
#ifndef CICA_SEARCHTEXT_H
#define CICA_SEARCHTEXT_H
#include <sqlite3.h>

/* The tokenizer's name, as written in `CREATE VIRTUAL TABLE … USING fts5(…, tokenize = 'cica')`. */
#define SEARCHTEXT_TOKENIZER "cica"

int searchtext_register(sqlite3 *db);

#endif

/*
** The bundled Lua modules and the dataset image, generated at build time by cica-embed
** (src/build/embed.c) into build/embedded.c.
*/
#ifndef CICA_EMBEDDED_H
#define CICA_EMBEDDED_H
#include <stddef.h>

struct cica_module {
  const char *name;            /* require name: "cica.format" */
  const char *chunkname;       /* "@lua/cica/format.lua", for error messages */
  const unsigned char *code;   /* precompiled bytecode */
  size_t size;
};

extern const struct cica_module cica_modules[]; /* sorted by file path, ends with a NULL name */
extern const int cica_module_count;
/* The collections precomputed from the built-in dataset (src/build/images.lua): a stripped
** chunk returning the records, named "NAME@LANG" ("members@en"), or "NAME" for a collection that
** does not depend on the display language; a search kind's records one by one, "KIND#KEY@LANG";
** the quiz's questions, "quiz@…" (src/build/quiz_images.lua). Sorted by strcmp (cica.core.image
** searches by halves); ends with a NULL name. cica-stage0 and the unit tests have none
** (src/noimages.c). */
extern const struct cica_module cica_images[];
extern const unsigned char *const cica_dataset_image; /* a SQLite database file image */
extern const size_t cica_dataset_size;

#endif

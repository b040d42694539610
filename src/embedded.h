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
** the quiz's questions, "quiz@…" (src/build/quiz_images.lua). cica_image_count entries sorted by
** strcmp of their names (cica.core.image searches by halves). Offsets, not pointers, into
** cica_image_names (NUL-terminated names) and cica_image_code: a table of pointers would cost
** the dynamic loader a relocation each at every start. cica-stage0 and the unit tests have none
** (src/noimages.c). */
struct cica_image {
  unsigned int name;           /* offset of the name in cica_image_names */
  unsigned int code;           /* offset of the bytecode in cica_image_code */
  unsigned int size;           /* its length */
};
extern const struct cica_image cica_images[];
extern const unsigned int cica_image_count;
extern const char cica_image_names[];
extern const unsigned char cica_image_code[];
extern const unsigned char *const cica_dataset_image; /* a SQLite database file image */
extern const size_t cica_dataset_size;

#endif

/*
** noimages.c — no precomputed collections: cica-stage0 (which makes them, src/build/images.lua)
** and the unit tests link this; cica links build/images.c, whose strong definition wins.
*/
#include "embedded.h"

__attribute__((weak)) const struct cica_module cica_images[] = {{0, 0, 0, 0}};

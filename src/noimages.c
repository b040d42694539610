/*
** noimages.c — no precomputed collections: cica-stage0 (which makes them, src/build/images.lua)
** and the unit tests link this; cica links build/images.c, whose strong definition wins.
*/
#include "embedded.h"

__attribute__((weak)) const struct cica_image cica_images[] = {{0, 0, 0}};
__attribute__((weak)) const unsigned int cica_image_count = 0;
__attribute__((weak)) const char cica_image_names[] = "";
__attribute__((weak)) const unsigned char cica_image_code[] = {0};

/*
** messages.h — message catalogue areas compiled into C (by the build tool cica-msgc from
** lua/cica/messages/AREA.lua), for C code that runs before the Lua state exists. The texts of
** one message are in the order of cica.lang.codes: zh-Hans, zh-Hant, en.
*/
#ifndef CICA_MESSAGES_H
#define CICA_MESSAGES_H

struct cica_message {
  const char *key;
  const char *text[3];
};

/* lua/cica/messages/main.lua: the command line of src/main.c. Sorted by key; NULL-key ended. */
extern const struct cica_message cica_messages_main[];
/* The display languages (cica.lang.codes), in the order of a message's texts; NULL-ended. */
extern const char *const cica_lang_codes_main[];

#endif

/*
** args: the first pass over cica's command line (src/args.c) — which flags shape the Lua state,
** where the script or subcommand starts — and the checks of the environment made before any
** state exists. Nothing here touches Lua; src/main.c runs what this finds.
*/
#ifndef CICA_ARGS_H
#define CICA_ARGS_H
#include <stddef.h>

#include "cica.h"

#define EXIT_USAGE 2 /* the exit status of a usage error */

/* A subcommand: the name on the command line, the Lua module whose main(args) runs it (NULL for
** those C handles itself: repl, help) and the key of its summary in the message catalogue area
** "main". Tables of them end with a NULL name. */
struct subcommand {
  const char *name, *module, *summary;
};

/* What the first pass over the arguments found. */
struct cli {
  struct host_options opt;
  int script;        /* index in argv of the script ("-" is stdin), 0 if none */
  int subcommand;    /* index in argv of the subcommand, 0 if none */
  int interactive;   /* -i */
  int version;       /* -v or --version */
  int help;          /* --help, or the command `help` */
  int help_topic;    /* index in argv of the COMMAND of `cica help COMMAND`, 0 if none */
  int has_execute;   /* some -e or -l was given */
};

const char *args_msg(const char *key);
const char *args_message_text(const char *key, int lang);
void args_set_message_lang(const char *lang);
void args_prescan_lang(int argc, char **argv);
int args_collect(int argc, char **argv, const struct subcommand *commands, struct cli *cli);
const struct subcommand *args_find_subcommand(const struct subcommand *commands, const char *name);
int args_takes_value(const char *arg);
const char *args_language_from_environment(void);
int args_check_today(void);
const char *args_shown(const char *text, char *out, size_t size, int keep_lines);

#endif

/*
** args.c — the first pass over cica's command line, as lua.c's collectargs: the flags that shape
** the Lua state (--lang, --db, --safe, --timeout, --max-memory, -E, -W), where the script or the
** subcommand starts, and usage errors (one line, exit status 2). Also the display language from
** the locale, the CICA_TODAY check, and the quoting of user words in messages. No Lua here:
** src/main.c runs what this finds.
*/
#include "args.h"
#include "messages.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*
** The text of message `key` of the catalogue area "main" in language index `lang` (cica.lang.codes
** order): host_message_text (src/host.c, which the stop reasons share). Returns a printf format; an
** unknown key is a bug and aborts.
*/
const char *args_message_text(const char *key, int lang) {
  return host_message_text(key, lang);
}

/* The message `key` of the area "main" in the command line's display language. */
const char *args_msg(const char *key) {
  return host_message(NULL, key);
}

/* Makes `lang` (a display language code, one of cica_lang_codes_main) the language of args_msg
** and of what the host shows before cica.lang exists. */
void args_set_message_lang(const char *lang) {
  host_set_message_lang(lang);
}

/* Prints a usage error as one line: the problem, then where the help is. Returns EXIT_USAGE. */
static int usage_error(const char *fmt, const char *detail) {
  char quoted[1024];
  fputs("cica: ", stderr);
  fprintf(stderr, args_msg(fmt), args_shown(detail, quoted, sizeof quoted, 0));
  fputs(args_msg("see_help"), stderr);
  fputc('\n', stderr);
  return EXIT_USAGE;
}

static size_t utf8_char(const unsigned char *p, size_t n, unsigned long *cp) {
  size_t len = p[0] < 0x80 ? 1 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
             : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
  if (len == 0 || len > n) return 0;
  unsigned long c = len == 1 ? p[0] : (unsigned long)(p[0] & (0x7F >> len));
  for (size_t i = 1; i < len; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (p[i] & 0x3F);
  }
  static const unsigned long least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < least[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return len;
}

/*
** Copies text into out (size bytes, always terminated; cut short if it does not fit) fit to quote
** in a message: valid UTF-8 stays, each byte of invalid UTF-8 or of a control character (C0, DEL,
** C1) becomes \xHH, so an error never echoes raw bytes or terminal escape sequences. keep_lines
** keeps newlines and tabs (for whole messages). The same rule as cica.cli.args.shown. Returns out.
*/
const char *args_shown(const char *text, char *out, size_t size, int keep_lines) {
  const unsigned char *p = (const unsigned char *)text;
  size_t n = strlen(text), o = 0;
  while (n > 0) {
    unsigned long cp = 0;
    size_t len = utf8_char(p, n, &cp);
    int plain = len > 0 && (cp >= 0x20 || (keep_lines && (cp == '\n' || cp == '\t'))) &&
                !(cp >= 0x7F && cp <= 0x9F);
    size_t escaped = len > 0 ? len : 1;
    if (o + (plain ? len : 4 * escaped) + 1 > size) break;
    if (plain) memcpy(out + o, p, len), o += len;
    else
      for (size_t i = 0; i < escaped; i++) o += (size_t)snprintf(out + o, size - o, "\\x%02X", p[i]);
    p += escaped;
    n -= escaped;
  }
  out[o] = '\0';
  return out;
}

/* Maps a --lang value or a locale name to a display language; NULL if not recognised. */
static const char *language_of(const char *value, int from_locale) {
  static const char *const aliases[][2] = {
    {"zh-CN", "zh-Hans"}, {"zh", "zh-Hans"}, {"zh-TW", "zh-Hant"}, {"zh-HK", "zh-Hant"}, {NULL, NULL}};
  if (!from_locale) {
    for (int i = 0; cica_lang_codes_main[i]; i++)
      if (strcasecmp(value, cica_lang_codes_main[i]) == 0) return cica_lang_codes_main[i];
    for (int i = 0; aliases[i][0]; i++)
      if (strcmp(value, aliases[i][0]) == 0) return aliases[i][1];
    return NULL;
  }
  if (strncmp(value, "zh_TW", 5) == 0 || strncmp(value, "zh_HK", 5) == 0 ||
      strncmp(value, "zh_MO", 5) == 0) return "zh-Hant";
  if (strncmp(value, "zh", 2) == 0) return "zh-Hans";
  if (strncmp(value, "en", 2) == 0) return "en";
  return NULL;
}

/*
** The display language from the environment: the first of LC_ALL, LC_MESSAGES and LANG that is
** set. A Chinese locale gives its script, an English one English; C, POSIX (C.UTF-8 too) or no
** locale keep the Chinese default; a locale of any other language (de_DE, ja_JP, ru_RU, …)
** gives English, which its user more likely reads than Chinese.
*/
const char *args_language_from_environment(void) {
  const char *vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
  for (int i = 0; i < 3; i++) {
    const char *v = getenv(vars[i]);
    if (v && *v) {
      const char *lang = language_of(v, 1);
      if (lang) return lang;
      if (strcmp(v, "C") == 0 || strncmp(v, "C.", 2) == 0 || strcmp(v, "POSIX") == 0) return "zh-Hans";
      return "en";
    }
  }
  return "zh-Hans";
}

/* Parses a positive number for --timeout / --max-memory; returns 0 on success. */
static int parse_positive(const char *text, double *out) {
  char *end = NULL;
  double v = strtod(text, &end);
  if (end == text || *end != '\0' || !(v > 0) || v > 1e9) return -1;
  *out = v;
  return 0;
}

/* Takes the value of an option given as "--opt VALUE" or "--opt=VALUE"; NULL if missing. */
static const char *option_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  if (argv[*i][n] == '=') return argv[*i] + n + 1;
  if (*i + 1 < argc) return argv[++*i];
  return NULL;
}

/* Whether argv[i] starts with the long option `name` (exactly, or followed by '='). */
static int is_long(const char *arg, const char *name) {
  size_t n = strlen(name);
  return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

/*
** Whether arg is one of cica's own long options that takes a value, written without '=' (so the
** value is the next argument): the second pass skips that value.
*/
int args_takes_value(const char *arg) {
  return arg[0] == '-' && arg[1] == '-' && arg[2] != '\0' && strchr(arg, '=') == NULL &&
         (is_long(arg, "--lang") || is_long(arg, "--db") || is_long(arg, "--timeout") ||
          is_long(arg, "--max-memory"));
}

/* Handles one of cica's own long options at argv[*i]. Returns 0, 1 if not one, or EXIT_USAGE. */
static int parse_long_option(int argc, char **argv, int *i, struct cli *cli) {
  const char *arg = argv[*i], *value;
  double number;
  if (strcmp(arg, "--version") == 0) cli->version = 1;
  else if (strcmp(arg, "--help") == 0) cli->help = 1;
  else if (strcmp(arg, "--safe") == 0) cli->opt.safe = 1;
  else if (is_long(arg, "--lang")) {
    if (!(value = option_value(argc, argv, i, "--lang"))) return usage_error("needs_value", "--lang");
    if ((cli->opt.lang = language_of(value, 0)) != NULL) args_set_message_lang(cli->opt.lang);
    else {
      char quoted[256];
      fprintf(stderr, args_msg("unknown_language"), args_shown(value, quoted, sizeof quoted, 0));
      return EXIT_USAGE;
    }
    cli->opt.lang_given = 1;
  } else if (is_long(arg, "--db")) {
    if (!(value = option_value(argc, argv, i, "--db"))) return usage_error("needs_file", "--db");
    cli->opt.db_path = value;
  } else if (is_long(arg, "--timeout")) {
    if (!(value = option_value(argc, argv, i, "--timeout")) || parse_positive(value, &number))
      return usage_error("needs_seconds", "--timeout");
    cli->opt.timeout = number;
  } else if (is_long(arg, "--max-memory")) {
    if (!(value = option_value(argc, argv, i, "--max-memory")) || parse_positive(value, &number) ||
        number * 1024 * 1024 < 1)
      return usage_error("needs_megabytes", "--max-memory");
    cli->opt.max_memory = (size_t)(number * 1024 * 1024);
  } else return 1;
  return 0;
}

/* The subcommand of the table `commands` named `name`, or NULL. */
const struct subcommand *args_find_subcommand(const struct subcommand *commands, const char *name) {
  for (const struct subcommand *s = commands; s->name; s++)
    if (strcmp(s->name, name) == 0) return s;
  return NULL;
}

/*
** First pass over the arguments, as lua.c's collectargs: flags that shape the state, and where
** the script or subcommand starts. Returns 0 or EXIT_USAGE (after printing the problem).
*/
int args_collect(int argc, char **argv, const struct subcommand *commands, struct cli *cli) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-') {
      const struct subcommand *sub = args_find_subcommand(commands, a);
      if (sub && strcmp(sub->name, "help") == 0 && !cli->has_execute && !cli->interactive) {
        /* `cica help [COMMAND]` is `cica --help [COMMAND]` */
        cli->help = 1;
        cli->help_topic = i + 1 < argc ? i + 1 : 0;
        return 0;
      }
      if (sub && sub->module == NULL && !cli->has_execute && !cli->interactive) {
        /* `cica repl [options]` is `cica -i [options]`: its options are the global ones. */
        cli->interactive = 1;
        continue;
      }
      if (sub && !cli->has_execute && !cli->interactive) {
        cli->subcommand = i;
        if (strcmp(sub->name, "serve") == 0) cli->opt.safe = 1; /* user code behind the web app: sandboxed */
      }
      else cli->script = i;
      return 0;
    }
    if (strcmp(a, "-") == 0) { cli->script = i; return 0; }
    if (strcmp(a, "--") == 0) { if (i + 1 < argc) cli->script = i + 1; return 0; }
    if (a[1] == '-') {
      int r = parse_long_option(argc, argv, &i, cli);
      if (r == 1) return usage_error("unrecognized", a);
      if (r != 0) return r;
      continue;
    }
    switch (a[1]) {
    case 'E': cli->opt.no_env = 1; break;
    case 'W': cli->opt.warnings = 1; break;
    case 'i': cli->interactive = 1; break;
    case 'v': cli->version = 2; break;
    case 'e': case 'l':
      cli->has_execute = 1;
      if (a[2] == '\0' && ++i >= argc)
        return usage_error("needs_argument", a);
      break;
    default: return usage_error("unrecognized", a);
    }
    if ((a[1] == 'E' || a[1] == 'W' || a[1] == 'i' || a[1] == 'v') && a[2] != '\0')
      return usage_error("unrecognized", a);
  }
  return 0;
}


/*
** Checks CICA_TODAY (the date cica takes as today, see cica.today in lua/cica.lua): unset, empty
** or a real calendar date YYYY-MM-DD. Arguments: none. Returns 0, or 1 after printing
** "cica: CICA_TODAY needs a date YYYY-MM-DD, got '...'" (so no run starts with a wrong "today").
*/
int args_check_today(void) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const char *v = getenv("CICA_TODAY");
  if (v == NULL || *v == '\0') return 0;
  int ok = strlen(v) == 10 && v[4] == '-' && v[7] == '-';
  for (int i = 0; ok && i < 10; i++)
    if (i != 4 && i != 7 && !isdigit((unsigned char)v[i])) ok = 0;
  if (ok) {
    int y = atoi(v), m = atoi(v + 5), d = atoi(v + 8);
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    ok = y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= (m == 2 && !leap ? 28 : days[m - 1]);
  }
  if (ok) return 0;
  char quoted[4 * 64 + 1];
  fprintf(stderr, args_msg("bad_today"), args_shown(v, quoted, sizeof quoted, 0));
  return 1;
}

/*
** Takes the message language from a valid --lang among cica's own options (before the script or
** command), so that a usage error found before --lang is read is in that language too. Arguments:
** argc, argv. Changes only the message language; a missing or bad value is left to args_collect.
*/
void args_prescan_lang(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *lang = NULL;
    if (a[0] != '-' || strcmp(a, "-") == 0 || strcmp(a, "--") == 0) return;
    if ((a[1] == 'e' || a[1] == 'l') && a[2] == '\0') { i++; continue; }
    if (strncmp(a, "--lang=", 7) == 0) lang = language_of(a + 7, 0);
    else if (strcmp(a, "--lang") == 0 && i + 1 < argc) lang = language_of(argv[++i], 0);
    else if ((is_long(a, "--db") || is_long(a, "--timeout") || is_long(a, "--max-memory")) && !strchr(a, '=')) i++;
    if (lang) args_set_message_lang(lang);
  }
}

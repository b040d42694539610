The display language: --lang, else LC_ALL, else LC_MESSAGES, else LANG (zh_TW/zh_HK/zh_MO:
zh-Hant; other zh: zh-Hans; en: en; C, POSIX or none: zh-Hans; any other language: en, which its
user more likely reads than Chinese).

  $ cica -e 'print(cica.lang, cica.find("KZ").name)'
  zh-Hans\t哈萨克斯坦 (esc)
  $ cica --lang en -e 'print(cica.lang, cica.find("KZ").name)'
  en\tKazakhstan (esc)
  $ cica --lang=zh-Hant -e 'print(cica.lang, cica.find("KZ").name)'
  zh-Hant\t哈薩克斯坦 (esc)
  $ LANG=zh_TW.UTF-8 cica -e 'print(cica.lang)'
  zh-Hant
  $ LANG=zh_HK.UTF-8 cica -e 'print(cica.lang)'
  zh-Hant
  $ LANG=zh_CN.UTF-8 cica -e 'print(cica.lang)'
  zh-Hans
  $ LANG=en_US.UTF-8 cica -e 'print(cica.lang)'
  en
  $ LANG=fr_FR.UTF-8 cica -e 'print(cica.lang)'
  en
  $ LANG=de_DE.UTF-8 cica -e 'print(cica.lang)'
  en
  $ LANG=ja_JP.UTF-8 cica -e 'print(cica.lang)'
  en
  $ LANG=ru_RU.UTF-8 cica -e 'print(cica.lang)'
  en
  $ LANG=zh_MO.UTF-8 cica -e 'print(cica.lang)'
  zh-Hant
  $ LANG=C cica -e 'print(cica.lang)'
  zh-Hans
  $ LANG=C.UTF-8 cica -e 'print(cica.lang)'
  zh-Hans
  $ LANG=POSIX cica -e 'print(cica.lang)'
  zh-Hans
  $ env -u LANG -u LC_ALL -u LC_MESSAGES cica -e 'print(cica.lang)'
  zh-Hans
  $ LANG= cica -e 'print(cica.lang)'
  zh-Hans
  $ LC_MESSAGES=de_DE.UTF-8 LANG=zh_CN.UTF-8 cica -e 'print(cica.lang)'
  en
  $ LC_ALL=zh_TW.UTF-8 LC_MESSAGES=de_DE.UTF-8 cica -e 'print(cica.lang)'
  zh-Hant
  $ LANG=de_DE.UTF-8 cica search almati
  (no results)
  did you mean 'Almaty'?

--help says how to choose:

  $ cica --help | grep -A2 -- '--lang L'
    --lang L     显示语言：zh-Hans（默认）、zh-Hant 或 en；不给时取自 LC_ALL、
                 LC_MESSAGES 或 LANG：zh_TW/zh_HK/zh_MO 为 zh-Hant，其他 zh 为 zh-Hans，
                 C、POSIX 或未设置为 zh-Hans，其他语言（de_DE、ja_JP 等）为 en
  $ LC_ALL=en_GB.UTF-8 LANG=zh_TW.UTF-8 cica -e 'print(cica.lang)'
  en
  $ LANG=en_US.UTF-8 cica --lang zh-Hans -e 'print(cica.lang)'
  zh-Hans

cica.set_lang switches at run time; records built before keep their language, new ones follow:

  $ cica -e 'cica.set_lang("en") print(cica.members[1].name) cica.set_lang("zh-Hant") print(cica.members[1].name)'
  Afghanistan
  阿富汗
  $ cica -e 'cica.set_lang("fr")' 2>&1 | head -1
  cica: (command line):1: cica.set_lang：没有“fr”这种语言（可用：zh-Hans、zh-Hant 或 en）

cica's own functions refuse a bad argument in the display language, naming the function and
located at the caller's line; Lua's own errors stay as Lua words them:

  $ cica -e 'cica.members_at("last year")' 2>&1 | head -1
  cica: (command line):1: cica.members_at：日期“last year”有误：不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）
  $ cica --lang zh-Hant -e 'cica.members_at("last year")' 2>&1 | head -1
  cica: (command line):1: cica.members_at：日期「last year」有誤：不是日期（應為 YYYY、YYYY-MM 或 YYYY-MM-DD）
  $ cica --lang en -e 'cica.members_at("last year")' 2>&1 | head -1
  cica: (command line):1: cica.members_at: bad date 'last year': not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)
  $ cica -e 'cica.set_lang("en") cica.find(1)' 2>&1 | head -1
  cica: (command line):1: cica.find: expected a string, got number
  $ cica -e 'cica.nothing()' 2>&1 | head -1
  cica: (command line):1: attempt to call a nil value (field 'nothing')

Messages of the command line and of every command are in the display language: the
environment's, or --lang among cica's options (before or after the mistake), or the command's
own --lang. The C command line's come from the same catalogue (lua/cica/messages/main.lua):

  $ LANG=en_US.UTF-8 cica --bogus
  cica: unrecognized option '--bogus' (see 'cica --help')
  [2]
  $ cica --bogus --lang zh-Hant
  cica: 無法識別的選項（unrecognized option）「--bogus」（見 cica --help）
  [2]
  $ cica --lang en --timeout 0
  cica: --timeout needs a positive number of seconds (see 'cica --help')
  [2]
  $ LANG=zh_TW.UTF-8 cica help reprot
  cica: help: 沒有「reprot」這個命令；你是不是要找「report」？（見 cica help）
  [2]
  $ cica --lang en --help | head -3
  cica 0.1.0 — the CICA (亚信会议) dataset in Lua and SQL
  
  Usage: cica [options] [script [args]]
  $ cica report --x --lang en
  cica: report: unknown option '--x' (see 'cica help report')
  [2]
  $ cica quiz --lang=zh-Hant --count x
  cica: quiz：--count 需要一個正整數，而不是「x」（見 cica help quiz）
  [2]
  $ cica search --lang en
  cica: search: no TEXT to search for (see 'cica help search')
  [2]
  $ cica --lang en completion fish
  cica: completion: unknown shell 'fish' (bash or zsh) (see 'cica help completion')
  [2]
  $ cica quiz --help --lang zh-Hant | head -1
  用法：cica quiz [--count N] [--topic T]... [--mode choice|typed|mixed] [--seed S] [--lang zh-Hans|zh-Hant|en]
  $ printf '.nope\n.help quit\n' | cica --lang en -i 2>&1
  unknown command '.nope' (.help lists the commands)
  Usage: .quit
  leave the REPL (Ctrl-D does too)

A report renders in the language asked for without changing cica.lang, the user's setting:

  $ cica -e 'local r = require "cica.report"; io.write((r.render("chairs", { lang = "en" }):match("^[^\n]*")), "\n"); print(cica.lang)'
  CICA chairmanships
  zh-Hans

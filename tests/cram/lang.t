The display language: --lang, else LC_ALL, else LANG (zh_TW/zh_HK: zh-Hant; other zh: zh-Hans;
en: en; anything else: zh-Hans).

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
  zh-Hans
  $ LC_ALL=en_GB.UTF-8 LANG=zh_TW.UTF-8 cica -e 'print(cica.lang)'
  en
  $ LANG=en_US.UTF-8 cica --lang zh-Hans -e 'print(cica.lang)'
  zh-Hans

cica.set_lang switches at run time; records built before keep their language, new ones follow:

  $ cica -e 'cica.set_lang("en") print(cica.members[1].name) cica.set_lang("zh-Hant") print(cica.members[1].name)'
  Afghanistan
  阿富汗
  $ cica -e 'cica.set_lang("fr")' 2>&1 | head -1
  cica: (command line):1: cica.set_lang: unknown language "fr" (expected zh-Hans, zh-Hant or en)

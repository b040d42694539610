Licences: the program is MIT, the dataset CC BY-SA 4.0 with attribution to its sources (LICENSE).

The Debian copyright file made by the build, in the machine-readable format, names both licences
and every source of the dataset, and the GPL of GNU Readline, which the binary links statically:

  $ copyright="$(dirname "$(command -v cica)")/copyright"
  $ head -1 "$copyright"
  Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
  $ grep -E '^(Files|License):' "$copyright"
  Files: *
  License: Expat
  Files: usr/bin/cica
  License: GPL-3+
  Files: data/*
  License: CC-BY-SA-4.0
  License: Expat
  License: GPL-3+
  License: CC-BY-SA-4.0
  $ cica -e 'for _, s in ipairs(cica.sources) do print(s.id) end' > ids
  $ while read -r id; do grep -q "^ $id: " "$copyright" || echo "missing $id"; done < ids
  $ wc -l < ids | tr -d ' '
  85

Every HTML page ends with the licence, in the display language:

  $ cica report members --format html | grep licence
  <p class="licence">数据依 <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> 许可协议发布，源自中文维基百科、求真百科及数据集所列的各个来源；cica 程序依 MIT 许可证发布。</p>
  $ cica report members --format html --lang zh-Hant | grep licence
  <p class="licence">數據依 <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> 許可協議發布，源自中文維基百科、求真百科及數據集所列的各個來源；cica 程序依 MIT 許可證發布。</p>
  $ cica report members --format html --lang en | grep licence
  <p class="licence">Data licensed under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>, derived from Chinese Wikipedia, Qiuzhen Baike and every source the dataset lists; the cica program is licensed under the MIT licence.</p>

A report with no sources and no date still carries it:

  $ printf 'return { title = "t", columns = { { key = "a" } }, rows = function() return { { a = 1 } } end }\n' > t.lua
  $ cica report t.lua --format html --lang en | grep -c 'class="licence"'
  1

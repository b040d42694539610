Extending cica by dropping a file (docs/adding-an-extension.md): a report, a quiz topic, an
output format and a dot-command are each one new file, and every listing names it with no other
edit. The files go into a copy of the Lua tree that CICA_LUA_DIR points at (development mode), as
if they were bundled.

Under --safe the public modules find the formats and reports the same way, but user code cannot
require the discovery module itself:

  $ cica --safe -e 'print(table.concat(require("cica.format").names, " "))'
  text md csv json html svg
  $ cica --safe -e 'print(#require("cica.report").formats)'
  6
  $ cica --safe -e 'require "cica.discover"' 2>&1 | head -n 1
  cica: (command line):1: 安全模式下不能 require “cica.discover”（not allowed in safe mode）

  $ cp -R "$CICA_SOURCE/lua" lua
  $ export CICA_LUA_DIR="$PWD/lua"

A format: tab-separated values, placed after csv by its order field, picked by .tsv and .tab.

  $ cat > lua/cica/format/tsv.lua <<'LUA'
  > -- A test fixture: tab-separated values, a header of column keys (tests/cram/extension.t).
  > local format = require "cica.format"
  > local M = {}
  > M.description = { ["zh-Hans"] = "制表符分隔值", ["zh-Hant"] = "定位字元分隔值", en = "tab-separated values" }
  > M.order = 35
  > M.extensions = { "tsv", "tab" }
  > function M.render(spec, opts)
  >   spec = format.check_spec(spec, opts, "cica.format.tsv.render", 1)
  >   local keys, lines = {}, {}
  >   for i, c in ipairs(spec.columns) do keys[i] = c.key end
  >   lines[1] = table.concat(keys, "\t")
  >   for _, row in ipairs(spec.rows) do
  >     local cells = {}
  >     for i, k in ipairs(keys) do cells[i] = (format.cell(row[k]):gsub("[\t\r\n]", " ")) end
  >     lines[#lines + 1] = table.concat(cells, "\t")
  >   end
  >   return table.concat(lines, "\n") .. "\n"
  > end
  > return M
  > LUA

  $ cica report --help | head -n 1
  用法：cica report 名称|文件.lua [--format text|md|csv|tsv|json|html|svg] [--lang zh-Hans|zh-Hant|en] [-o 文件]
  $ cica report --help | grep -A 1 -e '--format FMT' -e '--output FILE'
    -f, --format FMT   text（默认）、md、csv、tsv、json、html 或 svg（带图表的报告）
        --lang LANG    zh-Hans（默认）、zh-Hant 或 en
    -o, --output FILE  写入 FILE；不给 --format 时按扩展名决定格式
                       （.txt .md .markdown .csv .tsv .tab .json .html .htm .svg；其他扩展名报错）
  $ cica report members --format tvs
  cica: report：未知格式“tvs”（可选：text、md、csv、tsv、json、html、svg）；你是不是要找“tsv”？（见 cica help report）
  [2]
  $ cica report members --format tsv --lang en | head -n 3 | tr '\t' '|'
  order|code|name|joined|founding|region|sources
  1|AF|Afghanistan|1999-09-14|true|Southern Asia|seed000, seed004, R1, A6
  2|AZ|Azerbaijan|1999-09-14|true|Western Asia|seed000, seed004, R1, D7, A6
  $ cica report members -o members.tab --lang en && head -n 1 members.tab | tr '\t' '|'
  order|code|name|joined|founding|region|sources
  $ cica report members -o members.pdf
  cica: report：无法从扩展名看出“members.pdf”的格式：cica 能写 .txt .md .markdown .csv .tsv .tab .json .html .htm .svg（或给出 --format）（见 cica help report）
  [2]
  $ cica -e 'print(table.concat(require("cica.format").names, " "))'
  text md csv tsv json html svg
  $ cica completion bash | grep "'report --format'"
      'report --format') _cica_values='text md csv tsv json html svg';;

A report, shown second by `cica report --list` (its order, 15, is between overview's and members'):

  $ cat > lua/cica/reports/founders.lua <<'LUA'
  > return {
  >   order = 15,
  >   title = { ["zh-Hans"] = "创始成员国", ["zh-Hant"] = "創始成員國", en = "Founding members" },
  >   description = { ["zh-Hans"] = "创始成员国", ["zh-Hant"] = "創始成員國", en = "The founding members" },
  >   columns = { "id" },
  >   rows = function(cica) return cica.query("SELECT id FROM entities WHERE founding = 1 ORDER BY id LIMIT 2") end,
  > }
  > LUA
  $ cica report --list --lang en | head -n 3
  overview       What CICA is, how many take part, its chair and secretariat, its latest and next summit
  founders       The founding members
  members        Member states in order of accession, with when they joined and their region
  $ cica report founders --format tsv
  id
  AF
  AZ
  $ cica report foundrs
  cica: report：没有“foundrs”这份报告；你是不是要找“founders”？（见 cica help report）
  [2]

A quiz topic, listed first (order 5), and a dot-command:

  $ sed 's/^  topic = "hosts",.*/&\n  order = 5,/' "$CICA_SOURCE/examples/quiz/my_questions.lua" > lua/cica/quiz/generators/hosts.lua
  $ cica quiz --list-topics --lang en | head -n 2
  hosts           Hosts         Summit hosts (6)
  accession       Accession     When members joined (16)
  $ cat > lua/cica/repl/commands/hello.lua <<'LUA'
  > return { name = "hello", usage = ".hello", summary = "say hello",
  >          run = function() require("cica.repl").out("hello\n") end }
  > LUA
  $ printf '.help\n.hello\n' | cica -i | grep -e hello
  .hello                            say hello
  hello
  $ cica completion bash | grep -e "'quiz --topic'" -e "^    'report') _cica_values='o"
      'quiz --topic') _cica_values='hosts accession status founding summits ministerial chairs secretariat documents counts asof disputes cloze';;
      'report') _cica_values='overview founders members observers timeline summits meetings chairs growth cow sources discrepancies class';;

The man page's generated lists now differ from the committed page, which is what
tests/spec/listings_spec.lua checks; the build's copy names the new items:

  $ cica "$CICA_SOURCE/packaging/manpage.lua" "$CICA_SOURCE/docs/cica.1" cica.1
  $ cmp -s cica.1 "$CICA_SOURCE/docs/cica.1" || echo stale
  stale
  $ diff "$CICA_SOURCE/docs/cica.1" cica.1 | sed -n 's/^> /+ /p'
  + \fBreport\fR \fINAME\fR|\fIFILE\fR.\fBlua\fR [\fB\-\-format\fR \fBtext\fR|\fBmd\fR|\fBcsv\fR|\fBtsv\fR|\fBjson\fR|\fBhtml\fR|\fBsvg\fR] [\fB\-\-lang\fR \fBzh\-Hans\fR|\fBzh\-Hant\fR|\fBen\fR] [\fB\-o\fR \fIFILE\fR]
  + .B founders
  + The founding members.
  + .TP
  + text (default), md, csv, tsv, json, html, or svg (reports with a chart)
  + write to FILE; without \-\-format, its extension picks the format (.txt .md .markdown .csv .tsv .tab .json .html .htm .svg; others are an error)
  + .B tsv
  + (tab\-separated values),
  + .RB ( .txt ", " .md ", " .markdown ", " .csv ", " .tsv ", " .tab ", " .json ", " .html ", " .htm ", " .svg ;
  + .BR hosts ,
  + .B .hello
  + Say hello.
  + .TP
  + .RB ( .txt ", " .md ", " .markdown ", " .csv ", " .tsv ", " .tab ", " .json ", " .html ", " .htm ", " .svg ;

The golden-test script renders every report in the new format too (tests/golden/reports would
get 36 .tsv files: 12 reports, 3 languages):

  $ "$CICA_SOURCE/tests/golden/update-reports.sh" cica golden
  wrote 237 files to golden
  $ ls golden | grep -c '\.tsv$'
  39
  $ ls golden | grep -c '^founders\.'
  18

A module under cica.format without a render function is not a format (a helper may live there);
one that fails to load is an error wherever the formats are listed, never a format quietly missing:

  $ printf 'return { order = 1 }\n' > lua/cica/format/helper.lua
  $ cica -e 'print(table.concat(require("cica.format").names, " "))'
  text md csv tsv json html svg
  $ cica -e 'require("cica.format").helper({ columns = { "a" }, rows = {} })' 2>&1 | head -n 1
  cica: (command line):1: cica.format.helper：没有“helper”这种格式（可用：text、md、csv、tsv、json、html、svg）
  $ printf 'error("broken on purpose")\n' > lua/cica/format/bad.lua
  $ cica report members --format csv 2>&1 | head -n 1
  cica: */lua/cica/format/bad.lua:1: broken on purpose (glob)
  $ cica report members --format csv > /dev/null 2>&1
  [1]

Output that fits and never silently loses data (issue 17): the format of -o FILE, CSV with a
byte-order mark, natural order of ids, tables fitted to the terminal.

-o FILE picks the format from the extension; .markdown is Markdown as .md is:

  $ cica report members -o out.markdown --lang en && head -n 1 out.markdown
  # CICA member states

An extension cica does not write is an error naming the ones it does (exit 2, nothing written);
for a spreadsheet it says how to get one Excel opens:

  $ cica report members -o out.xlsx 2>&1 | head -n 1
  cica: report: cannot tell the format of 'out.xlsx' from its extension: cica writes .txt .md .markdown .csv .json .html .htm .svg (or give --format); for a spreadsheet, write CSV with a byte-order mark: -o out.csv --bom
  $ cica report members -o out.xlsx 2>/dev/null
  [2]
  $ cica report members -o out.pdf 2>&1 | head -n 1
  cica: report: cannot tell the format of 'out.pdf' from its extension: cica writes .txt .md .markdown .csv .json .html .htm .svg (or give --format)
  $ ls out.xlsx out.pdf 2>&1 | sed 's/.*cannot access/cannot access/'
  cannot access 'out.xlsx': No such file or directory
  cannot access 'out.pdf': No such file or directory

--format says what to write whatever the name; a name without an extension gets text:

  $ cica report members --format csv -o members.xlsx && head -c 24 members.xlsx; echo
  order,code,name,joined,f
  $ cica report chairs -o chairs --lang en && head -n 1 chairs
  CICA chairmanships

--bom starts CSV with U+FEFF, for Excel; it is for CSV only:

  $ cica report members --format csv --bom | head -c 8 | od -An -c
   357 273 277   o   r   d   e   r
  $ cica report members -o m.csv --bom && head -c 3 m.csv | od -An -tx1
   ef bb bf
  $ cica report members --format csv | head -c 5
  order (no-eol)
  $ cica report members --bom 2>&1 | head -n 1
  cica: report: --bom is for CSV only (add --format csv or -o FILE.csv)
  $ cica report members --bom -o m.json 2>/dev/null
  [2]

Ids sort naturally (A1, A2, … A10), in the sources report, cica.sources and the REPL's .sources:

  $ cica report sources --format csv | cut -d, -f1 | tr -d '\r' | head -n 12 | tr '\n' ' '; echo
  id A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11 
  $ cica -e 'local t = {} for _, s in ipairs(cica.sources) do if s.id:match("^C") then t[#t + 1] = s.id end end print(table.concat(t, " "))'
  C1 C2 C3 C4 C5 C6 C8 C9 C10 C12 C14 C15 C16
  $ cica -e 'local w = require "cica.width"; local t = { "C10", "seed010", "C2", "seed004", "C1" }; table.sort(t, w.natural_less); print(table.concat(t, " "))'
  C1 C2 C10 seed004 seed010

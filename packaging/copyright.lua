-- Writes the Debian copyright file (machine-readable format 1.0) of the cica package to the
-- file named by arg[1]: the program under MIT (Expat), the dataset under CC BY-SA 4.0 with
-- attribution to the seeds and to every row of the dataset's `sources` table.
-- Run by the build: cica packaging/copyright.lua OUT (see CMakeLists.txt, CPack).
local out = assert(arg[1], "usage: cica packaging/copyright.lua OUT")

local lines = {
  "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
  "Upstream-Name: cica",
  "Upstream-Contact: cica maintainers",
  "Comment: cica is two works: the program (MIT) and the dataset it carries (CC BY-SA 4.0).",
  " The dataset is data/*.sql in the source and the SQLite image built from it, embedded",
  " in /usr/bin/cica. See LICENSE in the source.",
  "",
  "Files: *",
  "Copyright: 2026 the cica maintainers",
  "License: Expat",
  "",
  "Files: usr/bin/cica",
  "Copyright: 2026 the cica maintainers",
  " 1989-2022 Free Software Foundation, Inc. (GNU Readline)",
  " 1998-2022 Free Software Foundation, Inc., Thomas E. Dickey (ncurses libtinfo)",
  "License: GPL-3+",
  "Comment: The binary links GNU Readline and libtinfo statically, from Debian's",
  " libreadline-dev and libncurses-dev (a faster start-up: bench/README.md). The source of",
  " cica stays Expat; the binary as distributed, which contains GNU Readline, is covered by",
  " the GNU General Public License version 3 or later. The corresponding source of Readline",
  " and ncurses is Debian's readline and ncurses source packages. Built with",
  " -DCICA_STATIC_READLINE=OFF, cica links the shared libraries instead.",
  "",
  "Files: data/*",
  "Copyright: 2026 the cica maintainers",
  " the contributors of the Chinese Wikipedia article 亚洲相互协作与信任措施会议",
  " the contributors of the 求真百科 (Qiuzhen Baike) article 亞信會議",
  "License: CC-BY-SA-4.0",
  "Comment: The dataset derives in part from the two seed documents named above and records",
  " facts reported by the public pages below (id, publisher and page, URL). Every fact row",
  " names its sources; `cica report sources` lists them.",
}
for _, s in ipairs(cica.sources) do
  local where = s.url or s.seed_page or ""
  lines[#lines + 1] = string.format(" %s: %s%s", s.id, s.title_en, where ~= "" and (" <" .. where .. ">") or "")
end
for _, l in ipairs {
  "",
  "License: Expat",
  " Permission is hereby granted, free of charge, to any person obtaining a copy",
  " of this software and associated documentation files (the \"Software\"), to deal",
  " in the Software without restriction, including without limitation the rights",
  " to use, copy, modify, merge, publish, distribute, sublicense, and/or sell",
  " copies of the Software, and to permit persons to whom the Software is",
  " furnished to do so, subject to the following conditions:",
  " .",
  " The above copyright notice and this permission notice shall be included in all",
  " copies or substantial portions of the Software.",
  " .",
  " THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR",
  " IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,",
  " FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE",
  " AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER",
  " LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,",
  " OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE",
  " SOFTWARE.",
  "",
  "License: GPL-3+",
  " This program is free software: you can redistribute it and/or modify it under the",
  " terms of the GNU General Public License as published by the Free Software Foundation,",
  " either version 3 of the License, or (at your option) any later version.",
  " .",
  " On Debian systems, the complete text of the GNU General Public License version 3",
  " can be found in /usr/share/common-licenses/GPL-3.",
  "",
  "License: CC-BY-SA-4.0",
  " Creative Commons Attribution-ShareAlike 4.0 International Public License.",
  " You may share and adapt the material for any purpose, even commercially, under",
  " these terms: Attribution (give appropriate credit, provide a link to the license,",
  " and indicate if changes were made) and ShareAlike (distribute your contributions",
  " under the same license as the original). No additional restrictions.",
  " .",
  " The full legal code is at https://creativecommons.org/licenses/by-sa/4.0/legalcode",
} do lines[#lines + 1] = l end

local f = assert(io.open(out, "w"))
f:write(table.concat(lines, "\n"), "\n")
f:close()

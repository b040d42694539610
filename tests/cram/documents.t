Documents: stored under their official title, found under every title a source gives them.

The 1999 Declaration is stored under the title CRI uses; the encyclopedias' title (seed000,
seed004) is a claim of discrepancy doc-1999-title and finds the document too:

  $ cica -e 'print(cica.query("SELECT title_hans FROM documents WHERE id = ?", "doc-1999-declaration-principles")[1].title_hans)'
  亚信成员国相互关系指导原则宣言
  $ cat > ids.lua <<'LUA'
  > local out = {}
  > for _, r in ipairs(cica.search(arg[1])) do out[#out + 1] = r.kind .. ":" .. r.id end
  > print(table.concat(out, " "))
  > LUA
  $ cica ids.lua 亚信成员国相互关系指导原则宣言
  document:doc-1999-declaration-principles discrepancy:doc-1999-title meeting:ministerial-1 entity:KW
  $ cica ids.lua 亞信會議成員國相互關係原則宣言
  event:phase-principles document:doc-1999-declaration-principles discrepancy:doc-1999-title

The 2014 Shanghai summit adopted the Shanghai Declaration, not only Bangladesh's memorandum:

  $ cica -e 'for _, d in ipairs(cica.documents) do if d.meeting == "summit-4" then print(d.id, d.title_en) end end'
  doc-2014-bd-memorandum\tMemorandum of Bangladesh on obtaining CICA member state status (esc)
  doc-2014-shanghai-declaration\tShanghai Declaration of the Fourth CICA Summit (esc)

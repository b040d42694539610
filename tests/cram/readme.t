The examples shown in README.md, run as written, so the README cannot drift from the program.

  $ cica -e 'for _, m in ipairs(cica.members_at(2006)) do io.write(m.name, " ") end print()'
  阿富汗 阿塞拜疆 中国 埃及 印度 伊朗 以色列 哈萨克斯坦 吉尔吉斯斯坦 蒙古 巴基斯坦 巴勒斯坦 俄罗斯 塔吉克斯坦 土耳其 乌兹别克斯坦 泰国 韩国 
  $ cat > joined.lua <<'LUA'
  > -- Who joined CICA after the founding members, and how many members were there then?
  > for _, m in ipairs(cica.members) do
  >   if not m.founding then
  >     print(m.joined, m.name, #cica.members_at(m.joined))
  >   end
  > end
  > LUA
  $ cica joined.lua | head -3
  2004-10-22\t泰国\t17 (esc)
  2006-06-17\t韩国\t18 (esc)
  2008-08-25\t约旦\t20 (esc)
  $ cica --lang en joined.lua | tail -2
  2018-08-15\tSri Lanka\t27 (esc)
  2022-10-13\tKuwait\t28 (esc)
  $ cica -e 'for r in cica.rows("select p.name_en as city, count(*) as n from meetings m join places p on p.id = m.place group by 1 order by 2 desc limit 3") do print(r.city, r.n) end'
  Almaty\t8 (esc)
  New York\t7 (esc)
  Astana\t3 (esc)
  $ cat > founders.lua <<'LUA'
  > return {
  >   title = "Founding members",
  >   columns = { "id", "name", "joined" },
  >   rows = function()
  >     local out = {}
  >     for _, m in ipairs(cica.members) do if m.founding then out[#out + 1] = m end end
  >     return out
  >   end,
  > }
  > LUA
  $ cica report ./founders.lua --format csv | head -3
  id,name,joined\r (esc)
  AF,阿富汗,1999-09-14\r (esc)
  AZ,阿塞拜疆,1999-09-14\r (esc)
  $ printf '2006\nB\n' | cica quiz --seed 3 --count 2 --mode mixed --lang en --state q.db | head -8
  [1/2] Members, observers and partners · Is Japan a member state or an observer of CICA?
    A) member
    B) observer
  answer: 2006
  wrong — the answer is observer.
  Japan has been an observer since 14 September 1999.
  This is as of 25 September 2025, the dataset's date: the 7th CICA Summit, planned for October 2026, is past its date with no report in the data.
  sources: seed004 (Chinese Wikipedia article "亚洲相互协作与信任措施会议" (CICA), converted to simplified Chinese); also A12, R2, seed000, V1, V3

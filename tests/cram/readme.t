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
  $ printf 'b\nTajikistan\n' | cica quiz --seed 6 --count 2 --mode mixed --lang en --state q.db | head -8
  [1/2] Where sources disagree · Sources disagree on “When Thailand joined CICA”. What does source A6 (China Daily, 2014 CICA summit special: background on CICA (20 May 2014)) say?
    A) Joined in 2004 (17th member, 2004-10-22)
    B) Observer state in 2001
    C) One of 17 states taking part in the deputy-ministerial meeting of February 1996
    D) Admitted at the 2nd summit in 2006, together with the Republic of Korea
  answer: b
  wrong — the answer is Admitted at the 2nd summit in 2006, together with the Republic of Korea.
  You answered Observer state in 2001. That is what R2 says.

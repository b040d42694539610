Leeches (questions forgotten again and again: 8 lapses, as Anki counts them) and confusions (the
same wrong answer given again). A lapse is a wrong answer after a right one.

  $ export TZ=UTC
  $ cica -e '
  > local h = require("cica.quiz.history").open("l.db")
  > local t = os.time{year=2025, month=1, day=1, hour=12}
  > local function answer(card, right, given)
  >   h:record{card=card, topic=card:match("^[^:]+"), grade=right and 3 or 1, correct=right,
  >     given=given, expected="x", mode="typed", time=t}
  >   t = t + 86400
  > end
  > for i = 1, 8 do answer("accession:KR:year", true, "2006"); answer("accession:KR:year", false, i % 2 == 0 and "2004" or " 2004 ") end
  > answer("summits:4:city", false, "Almaty"); answer("summits:4:city", false, "Almaty"); answer("summits:4:city", false, "Dushanbe")
  > for i = 1, 7 do answer("accession:ZZ:year", true, "2004"); answer("accession:ZZ:year", false, tostring(2000 + i)) end
  > h:close()'

  $ cica quiz leeches --state l.db --lang en
  Leeches: questions forgotten 8 times or more
    lapses  wrong  answers  question
         8      8       16  In which year did the Republic of Korea join CICA as a member state? = 2006
  Leeches are asked typed, with their sources in full after the answer; cica quiz --no-leeches leaves them out.
  
  Confusions: the same wrong answer given again
    times  you answered  answer    question
        8  2004          2006      In which year did the Republic of Korea join CICA as a member state?
        2  Almaty        Shanghai  Where was the 4th CICA summit held?
  $ cica quiz leeches --state l.db --lang zh-Hans
  难点题（遗忘8次及以上）
    遗忘  答错  作答  题目
       8     8    16  韩国哪一年成为亚信成员国？ = 2006
  难点题改为输入作答，答后显示完整来源；cica quiz --no-leeches 可跳过它们。
  
  混淆：多次给出同一个错误答案
    次数  你的答案  答案  题目
       8  2004      2006  韩国哪一年成为亚信成员国？
       2  Almaty    上海  第四届亚信峰会在哪座城市举行？
  $ cica quiz leeches --state l.db --lang zh-Hant --leech-threshold 7
  難點題（遺忘7次及以上）
    遺忘  答錯  作答  題目
       8     8    16  韓國哪一年成為亞信成員國？ = 2006
       7     7    14  accession:ZZ:year （已不再出題）
  難點題改為輸入作答，答後顯示完整來源；cica quiz --no-leeches 可略過它們。
  
  混淆：多次給出同一個錯誤答案
    次數  你的答案  答案  題目
       8  2004      2006  韓國哪一年成為亞信成員國？
       2  Almaty    上海  第四屆亞信峰會在哪座城市舉行？
  $ cica quiz leeches --state l.db --format json --leech-threshold 9
  {"confusions":[{"answer":"2006","count":8,"given":"2004","id":"accession:KR:year","topic":"accession"},{"answer":"上海","count":2,"given":"Almaty","id":"summits:4:city","topic":"summits"}],"leeches":[],"threshold":9}
  $ cica quiz leeches --state none.db --lang en
  No leeches: no question was forgotten 8 times.
  
  No confusions.

A leech is asked differently: typed even in choice mode, marked, with every source in full after
the answer; the same wrong answer again is pointed out:

  $ echo 2004 | cica quiz --state l.db --wrong --topic accession --mode choice --lang en --now 2025-03-01 --seed 1
  [1/1] When members joined · In which year did the Republic of Korea join CICA as a member state?
  (A leech: forgotten 8 times. Type the answer; read the sources after.)
  answer: 2004
  wrong — the answer is 2006.
  The Republic of Korea joined CICA on 17 June 2006 as its 18th member.
  sources:
    seed004 Chinese Wikipedia article "亚洲相互协作与信任措施会议" (CICA), converted to simplified Chinese
    A3 Embassy of Kazakhstan in the USA: News Bulletin of 20 June 2006, special edition on the Second CICA Summit <http://prosites-kazakhembus.homestead.com/062006.html>
    seed000 Qiuzhen Baike encyclopedia article "亞信會議" (CICA), as of about 2019
  You have given 2004 for this question 9 times now.
  
  To review (1):
  1. In which year did the Republic of Korea join CICA as a member state?
     answer: 2006 · sources: seed004, A3, seed000 · next review: 2025-03-02 12:00
  
  score: 0/1
  $ echo 2005 | cica quiz --state l.db --wrong --topic accession --lang zh-Hans --now 2025-03-02 --seed 1 --count 1
  [1/1] 成员国何时加入 · 韩国哪一年成为亚信成员国？
  （难点题：已遗忘8次。请输入答案，答后请读来源。）
  回答：2005
  答错了，正确答案是：2006。
  韩国于2006年6月17日加入亚信，是第18个成员国。
  来源：
    seed004 中文维基百科条目《亚洲相互协作与信任措施会议》（亚信），简体中文版本
    A3 哈萨克斯坦驻美国大使馆：2006年6月20日新闻简报，亚信第二次峰会特刊 <http://prosites-kazakhembus.homestead.com/062006.html>
    seed000 求真百科词条《亞信會議》（亚信），约2019年的版本
  
  需要复习（1 题）：
  1. 韩国哪一年成为亚信成员国？
     正确答案：2006 · 来源：seed004, A3, seed000 · 下次复习：2025-03-03 12:00
  
  score: 0/1
  $ echo Almaty | cica quiz --state l.db --wrong --topic summits --mode typed --lang zh-Hant --now 2025-03-02 --seed 1 --count 1 | grep 第
  [1/2] 峰會：城市與年份 · 第四屆亞信峰會在哪座城市舉行？
  你的答案是阿拉木圖。阿拉木圖舉辦的是第一屆亞信峰會（2002年）。
  第四屆亞信峰會於2014年5月20日在上海舉行。
  來源：B5（中國駐新西蘭大使館：亞信第四次峰會（上海，2014年）專題頁）；另見 seed004, seed000
  這道題你已經第3次答Almaty了。
  [2/2] 峰會：城市與年份 · 第一屆亞信峰會在哪座城市舉行？
  1. 第四屆亞信峰會在哪座城市舉行？

A confusion that is another question's answer (Almaty, given for the 4th summit, is where the
1st was held) brings that question right after, as a contrast:

  $ printf 'Almaty\nAlmaty\n' | cica quiz --state l.db --wrong --topic summits --mode typed --lang en --now 2025-03-03 --seed 1 --count 1 | grep -v '^sources'
  [1/2] Summits: cities and years · Where was the 4th CICA summit held?
  answer: Almaty
  wrong — the answer is Shanghai.
  You answered Almaty. Almaty hosted the 1st CICA summit (2002).
  The 4th CICA summit was held in Shanghai on 20 May 2014.
  You have given Almaty for this question 4 times now.
  
  [2/2] Summits: cities and years · Where was the 1st CICA summit held?
  (A contrast question, to tell it apart from the one before.)
  answer: Almaty
  right.
  The 1st CICA summit was held in Almaty on 4 June 2002.
  Almaty is the answer here, not to: Where was the 4th CICA summit held?
  
  To review (1):
  1. Where was the 4th CICA summit held?
     answer: Shanghai · sources: B5, seed004, seed000 · next review: 2025-03-04 12:00
  
  score: 1/2

--no-leeches leaves them out:

  $ echo 2004 | cica quiz --state l.db --wrong --topic accession --lang en --now 2025-03-03 --seed 1 --no-leeches
  Nothing to ask: no question was last answered wrongly.
  score: 0/0
  $ echo 2004 | cica quiz --state l.db --wrong --topic accession --lang en --now 2025-03-03 --seed 1 --no-leeches --leech-threshold 20 | head -1
  [1/1] When members joined · In which year did the Republic of Korea join CICA as a member state?

Mistakes:

  $ cica quiz leeches --leech-threshold 0
  cica: quiz：--leech-threshold 需要一个正整数，而不是“0”（见 cica help quiz）
  [2]
  $ cica quiz --leech-threshold x --print
  cica: quiz：--leech-threshold 需要一个正整数，而不是“x”（见 cica help quiz）
  [2]
  $ cica quiz leeches --format svg
  cica: quiz：未知格式“svg”（可选：text、json）（见 cica help quiz）
  [2]
  $ cica quiz leeches --no-leeches
  cica: quiz：leeches 只接受 --state、--format、--retention、--leech-threshold、--lang 和 --now（见 cica help quiz）
  [2]
  $ cica quiz leeches stats
  cica: quiz：多余的参数“stats”（见 cica help quiz）
  [2]

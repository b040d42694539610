cica quiz stats: retention per period against the target, a heatmap with streaks, a forecast of
reviews due, coverage and retention per topic. The histories are made by tests/gen-history.lua
(a simulated learner, deterministic); TZ and --now fix the calendar.

  $ export TZ=UTC
  $ json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
  $ gen() { cica "$CICA_TESTS/gen-history.lua" "$@"; }

No history yet:

  $ cica quiz stats --state none.db --lang en --now 2025-01-01
  no reviews yet: try cica quiz
  Coverage: 0 of 294 questions seen (0%); due now: 0
  $ cica quiz stats --state none.db --lang zh-Hans --now 2025-01-01
  还没有作答记录：试试 cica quiz
  覆盖：0/294题做过（0%）；现在到期：0题
  $ cica quiz stats --state none.db --format json --now 2025-01-01 | json 'd["reviews"], d["accuracy"], d["streak"], d["forecast"]["next30"], d["heatmap"]["days"]'
  0 None {'current': 0, 'longest': 0} 0 []
  $ test -e none.db || echo 'not created'
  not created

A single review (a right answer on 2025-01-01, due again three days later):

  $ gen one.db 1 one
  $ cica quiz stats --state one.db --lang en --now 2025-01-02T08:00
  Quiz statistics, 2025-01-02
  Answers: 1, right: 1 (100%)
  
  Retention (target 90%) · answers about questions already answered on an earlier day
    period    answers  right  retention  vs target
    today           0      0          -          -
    7 days          0      0          -          -
    30 days         0      0          -          -
    all time        0      0          -          -
  
  Reviews per day, 2024-07-08 to 2025-01-02
    Mo ··························
    Tu ··························
    We ·························█
    Th ··························
    Fr ·························
    Sa ·························
    Su ·························
       less ·░▒▓█ more (most in a day: 1)
  Days in a row: 1 now, longest 1
  
  Due for review (next 7 days: 1; next 30 days: 1)
    today  Th  0
    01-03  Fr  1  ██████████████████████████████
    01-04  Sa  0
    01-05  Su  0
    01-06  Mo  0
    01-07  Tu  0
    01-08  We  0
  Workload at 90% retention: about 0.1 reviews a day over the next 30 days (4 in all, by simulation)
  
  Topics, weakest first
    topic              seen  answers  right  retention
    Documents          1/33        1   100%          -
    Accession          0/16        0      -          -
    As of a date       0/18        0      -          -
    Chairs             0/19        0      -          -
    Fill in the blank   0/9        0      -          -
    Counts             0/11        0      -          -
    Disputes           0/72        0      -          -
    Founding           0/17        0      -          -
    Ministerial        0/20        0      -          -
    Secretariat        0/18        0      -          -
    Status             0/43        0      -          -
    Summits            0/18        0      -          -
  Coverage: 1 of 294 questions seen (0%); due now: 0
  $ cica quiz stats --state one.db --lang zh-Hans --now 2025-01-02T08:00
  测验统计（2025-01-02）
  共作答1次，答对1次（100%）
  
  记忆保持率（目标90%） · 只计此前某天已答过的题目
    时段    作答  答对  保持率  与目标比
    今天       0     0       -         -
    近7天      0     0       -         -
    近30天     0     0       -         -
    全部       0     0       -         -
  
  每日作答（2024-07-08至2025-01-02）
    一 ··························
    二 ··························
    三 ·························█
    四 ··························
    五 ·························
    六 ·························
    日 ·························
       少 ·░▒▓█ 多（单日最多1次）
  连续学习：当前1天，最长1天
  
  待复习（未来7天：1题；未来30天：1题）
    今天   四  0
    01-03  五  1  ██████████████████████████████
    01-04  六  0
    01-05  日  0
    01-06  一  0
    01-07  二  0
    01-08  三  0
  保持率90%时的复习量：未来30天平均每天约0.1题（共4题，模拟估算）
  
  各主题（最弱的在前）
    主题      做过  作答  答对率  保持率
    文件      1/33     1    100%       -
    加入      0/16     0       -       -
    某日情况  0/18     0       -       -
    主席国    0/19     0       -       -
    填空       0/9     0       -       -
    数量      0/11     0       -       -
    说法分歧  0/72     0       -       -
    创立      0/17     0       -       -
    外长会议  0/20     0       -       -
    秘书处    0/18     0       -       -
    成员身份  0/43     0       -       -
    峰会      0/18     0       -       -
  覆盖：1/294题做过（0%）；现在到期：0题
  $ cica quiz stats --state one.db --lang zh-Hant --now 2025-01-02T08:00 | head -2
  測驗統計（2025-01-02）
  共作答1次，答對1次（100%）
  $ cica quiz stats --state one.db --format json --now 2025-01-02T08:00 | json 'd["reviews"], d["accuracy"], d["streak"], d["forecast"]["days"][:3], d["heatmap"]["days"], d["coverage"], d["last_review"]'
  1 1.0 {'current': 1, 'longest': 1} [0, 1, 0] [{'date': '2025-01-01', 'reviews': 1}] {'available': 294, 'seen': 1} 2025-01-01T11:47:52Z

A streak lives until a whole day passes without review; the heatmap ends with today's week:

  $ cica quiz stats --state one.db --lang en --now 2025-01-03T23:00 | grep -E 'row|Reviews per'
  Reviews per day, 2024-07-08 to 2025-01-03
  Days in a row: 0 now, longest 1
  $ cica quiz stats --state one.db --lang en --now 2025-01-04 | grep -E 'row|Reviews per'
  Reviews per day, 2024-07-08 to 2025-01-04
  Days in a row: 0 now, longest 1

Thousands of reviews (3,000 over seven months, three new questions a day):

  $ gen many.db 3000 cram 2025-01-01 3
  $ cica quiz stats --state many.db --lang en --now 2025-07-24T08:00
  Quiz statistics, 2025-07-24
  Answers: 3000, right: 2566 (86%)
  
  Retention (target 90%) · answers about questions already answered on an earlier day
    period    answers  right  retention  vs target
    today           0      0          -          -
    7 days         96     81        84%         -6
    30 days       473    415        88%         -2
    all time     2484   2180        88%         -2
  
  Reviews per day, 2025-01-27 to 2025-07-24
    Mo ▒░▒▒░▒▒▓▒·▓░▒░·▒░░▒▒░▓▓▒·░
    Tu ░·░░▒▒░░·▒·░▓░▒░░▓░▒▒▒▒▒█▒
    We ·▓·░░░▒░▓░·▒▒·▒░▒░▓·▓▒▒▒▒▒
    Th ▓░▒▒▒▒·▓░▒▓░▒▒·▓▒·░▒░░·▒▓·
    Fr ░▒░░·▒▒·▒░▒▒░▒▒▒░·▒▒▒▒·▒·
    Sa ·▒▒░▒░▒▒░·▒░▓░░·▓█▒▒▓▓█▒▒
    Su ▒░·▒▒░·░▒·▒·▒▒▒▓░▒▒▒·░░·▓
       less ·░▒▓█ more (most in a day: 54)
  Days in a row: 5 now, longest 19
  
  Due for review (next 7 days: 88; next 30 days: 204)
    today  Th  27  ██████████████████████████████
    07-25  Fr  17  ███████████████████
    07-26  Sa   7  ████████
    07-27  Su  12  ██████████████
    07-28  Mo  11  █████████████
    07-29  Tu   7  ████████
    07-30  We   7  ████████
  Workload at 90% retention: about 12.9 reviews a day over the next 30 days (387 in all, by simulation)
  
  Topics, weakest first
    topic               seen  answers  right  retention
    Disputes           72/72      552    84%        85%
    Founding           17/17      145    84%        86%
    extra                222      984    84%        87%
    Documents          33/33      251    85%        89%
    Accession          16/16      116    85%        90%
    Chairs             19/19      131    86%        88%
    Fill in the blank    9/9       61    87%        92%
    Ministerial        20/20      125    87%        88%
    Secretariat        18/18      111    87%        87%
    Status             43/43      261    89%        89%
    Summits            18/18      111    89%        90%
    Counts             11/11       56    91%        96%
    As of a date       18/18       96    93%        95%
  Coverage: 294 of 294 questions seen (100%); due now: 12
  $ cica quiz stats --state many.db --lang zh-Hans --now 2025-07-24T08:00 | head -9
  测验统计（2025-07-24）
  共作答3000次，答对2566次（86%）
  
  记忆保持率（目标90%） · 只计此前某天已答过的题目
    时段    作答  答对  保持率  与目标比
    今天       0     0       -         -
    近7天     96    81     84%        -6
    近30天   473   415     88%        -2
    全部    2484  2180     88%        -2
  $ cica quiz stats --state many.db --lang zh-Hant --now 2025-07-24T08:00 | sed -n 11,21p
  每日作答（2025-01-27至2025-07-24）
    一 ▒░▒▒░▒▒▓▒·▓░▒░·▒░░▒▒░▓▓▒·░
    二 ░·░░▒▒░░·▒·░▓░▒░░▓░▒▒▒▒▒█▒
    三 ·▓·░░░▒░▓░·▒▒·▒░▒░▓·▓▒▒▒▒▒
    四 ▓░▒▒▒▒·▓░▒▓░▒▒·▓▒·░▒░░·▒▓·
    五 ░▒░░·▒▒·▒░▒▒░▒▒▒░·▒▒▒▒·▒·
    六 ·▒▒░▒░▒▒░·▒░▓░░·▓█▒▒▓▓█▒▒
    日 ▒░·▒▒░·░▒·▒·▒▒▒▓░▒▒▒·░░·▓
       少 ·░▒▓█ 多（單日最多54次）
  連續學習：目前5天，最長19天
  
  $ cica quiz stats --state many.db --format json --now 2025-07-24T08:00 | json '[(t["topic"], t["seen"], t["available"]) for t in d["topics"]][:3], d["forecast"]["next7"], len(d["forecast"]["days"]), d["retention"][1]'
  [('disputes', 72, 72), ('founding', 17, 17), ('extra', 222, 0)] 88 30 {'passed': 81, 'period': 'week', 'retention': 0.8438, 'reviews': 96}

The target follows --retention (0.70 to 0.97):

  $ cica quiz stats --state many.db --lang en --now 2025-07-24T08:00 --retention 0.85 | sed -n 4,6p
  Retention (target 85%) · answers about questions already answered on an earlier day
    period    answers  right  retention  vs target
    today           0      0          -          -
  $ cica quiz stats --state many.db --lang en --now 2025-07-24T08:00 --retention 0.85 | grep -A1 Workload
  Workload at 85% retention: about 5.1 reviews a day over the next 30 days (152 in all, by simulation)
  

The workload estimate simulates the next 30 days at the desired retention; above 0.95 it warns:

  $ for r in 0.8 0.9 0.95 0.97; do cica quiz stats --state many.db --lang en --now 2025-07-24T08:00 --retention $r | grep -A1 Workload; done
  Workload at 80% retention: about 2.5 reviews a day over the next 30 days (74 in all, by simulation)
  
  Workload at 90% retention: about 12.9 reviews a day over the next 30 days (387 in all, by simulation)
  
  Workload at 95% retention: about 33.4 reviews a day over the next 30 days (1003 in all, by simulation)
  
  Workload at 97% retention: about 51.7 reviews a day over the next 30 days (1550 in all, by simulation)
  warning: above 95% the workload rises steeply for little gain (intervals roughly halve from 90% to 95%)
  $ cica quiz stats --state many.db --lang zh-Hans --now 2025-07-24T08:00 --retention 0.96 | grep -A1 复习量
  保持率96%时的复习量：未来30天平均每天约40.0题（共1201题，模拟估算）
  注意：保持率高于95%时复习量急剧增加而收效甚微（从90%到95%间隔约减半）
  
  $ cica quiz stats --state many.db --lang zh-Hant --now 2025-07-24T08:00 --retention 0.96 | grep -A1 複習量
  保持率96%時的複習量：未來30天平均每天約40.0題（共1201題，模擬估算）
  注意：保持率高於95%時複習量急劇增加而收效甚微（從90%到95%間隔約減半）
  
  $ cica quiz stats --state many.db --format json --now 2025-07-24T08:00 --retention 0.96 | json 'd["target"], d["workload"]["mean"], d["workload"]["total"], len(d["workload"]["per_day"])'
  0.96 40.0 1201 30
  $ cica quiz stats --state many.db --retention 0.5
  cica: quiz：--retention 需要 0.70 到 0.97 之间的数，而不是“0.5”（见 cica help quiz）
  [2]
  $ cica quiz stats --state many.db --retention 0.98 --lang en
  cica: quiz: --retention needs a number from 0.70 to 0.97, got '0.98' (see 'cica help quiz')
  [2]
  $ cica quiz stats --state many.db --retention nan
  cica: quiz：--retention 需要 0.70 到 0.97 之间的数，而不是“nan”（见 cica help quiz）
  [2]
  $ cica quiz stats --state many.db --retention abc
  cica: quiz：--retention 需要 0.70 到 0.97 之间的数，而不是“abc”（见 cica help quiz）
  [2]

The heatmap as a picture: an SVG with one square per day (its date and count as a tooltip), and an
HTML page with the same picture and the tables:

  $ cica quiz stats --state many.db --format svg --now 2025-07-24T08:00 > heat.svg
  $ python3 -c 'import xml.etree.ElementTree as E; r = E.parse("heat.svg").getroot(); days = [e for e in r.iter("{http://www.w3.org/2000/svg}rect") if e.get("class") == "day"]; print(len(days), days[-1].get("data-date"), sum(int(e.get("data-count")) for e in days))'
  179 2025-07-24 2758
  $ cica quiz stats --state many.db --format html --lang zh-Hant --now 2025-07-24T08:00 > heat.html
  $ grep -c '<tr>' heat.html; grep -o '<html lang="[^"]*"' heat.html; grep -o '<h1>[^<]*</h1>' heat.html
  27
  <html lang="zh-Hant"
  <h1>測驗統計（2025-07-24）</h1>
  $ cica quiz stats --state none.db --format html --lang en --now 2025-01-01 | grep '<p>'
  <p>no reviews yet: try cica quiz</p></body></html>

Formats and options stats does not take:

  $ cica quiz stats --format pdf
  cica: quiz：未知格式“pdf”（可选：text、json、svg、html）（见 cica help quiz）
  [2]
  $ cica quiz --print --format svg
  cica: quiz：未知格式“svg”（可选：text、md、html、json）（见 cica help quiz）
  [2]
  $ cica quiz stats --due
  cica: quiz：stats 只接受 --state、--format、--retention、--leech-threshold、--lang 和 --now（见 cica help quiz）
  [2]

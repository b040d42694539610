Planned meetings whose date has passed (cica.today): every place that shows one says so.
The tests run with CICA_TODAY=2026-12-05 (tests/CMakeLists.txt); the 7th summit was planned for
2026-10 and the data (as of 2025-09-25) has no report of it.

  $ cica --lang en --version | sed -E 's/[0-9]+\.[0-9]+\.[0-9]+/X.Y.Z/g'
  cica X.Y.Z (Lua X.Y.Z, SQLite X.Y.Z, dataset as of 2025-09-25; 1 planned meeting past its date, no report in the data)
  $ CICA_TODAY=2026-10-31 cica --lang en --version | sed -E 's/[0-9]+\.[0-9]+\.[0-9]+/X.Y.Z/g'
  cica X.Y.Z (Lua X.Y.Z, SQLite X.Y.Z, dataset as of 2025-09-25)
  $ CICA_TODAY=2026-10-31 cica --version | sed -E 's/[0-9]+\.[0-9]+\.[0-9]+/X.Y.Z/g'
  cica X.Y.Z （Lua X.Y.Z，SQLite X.Y.Z，数据截至 2025-09-25）
  $ CICA_TODAY=2026-11-01 cica -e 'print(cica.today(), #cica.stale_planned(), cica.stale_planned()[1].id)'
  2026-11-01\t1\tsummit-7 (esc)
  $ CICA_TODAY= cica -e 'print(cica.today() == os.date("%Y-%m-%d"))'
  true

A wrong CICA_TODAY stops every run before it starts:

  $ CICA_TODAY=tomorrow cica --version
  cica: CICA_TODAY 需要日期 YYYY-MM-DD，而不是“tomorrow”
  [1]
  $ CICA_TODAY=2026-02-29 cica -e 'print(1)'
  cica: CICA_TODAY 需要日期 YYYY-MM-DD，而不是“2026-02-29”
  [1]
  $ CICA_TODAY=2026-12-5 cica report overview
  cica: CICA_TODAY 需要日期 YYYY-MM-DD，而不是“2026-12-5”
  [1]

The record: stale and status_text in the display language and in all three.

  $ cica --lang en -e 'local s = cica.summits[7]; print(s.status, s.stale); print(s.status_text); print(s.status_text_hans); print(s.status_text_hant)'
  planned\ttrue (esc)
  planned for 2026-10; no report of it in the data (as of 2025-09-25)
  原定于2026年10月举行；数据中没有其举行情况的报道（数据截至2025年9月25日）
  原定於2026年10月舉行；數據中沒有其舉行情況的報道（數據截至2025年9月25日）
  $ CICA_TODAY=2026-09-30 cica --lang zh-Hant -e 'local s = cica.summits[7]; print(s.stale, s.status_text)'
  false\t計劃於2026年10月舉行 (esc)
  $ cica -e 'print(cica.summits[6].stale, cica.summits[6].status_text)'
  nil\tnil (esc)

cica.set_today (the quiz's --now uses it) rebuilds the records:

  $ cica -e 'print(cica.summits[7].stale); cica.set_today("2026-01-01"); print(cica.summits[7].stale, cica.today()); cica.set_today(nil); print(cica.summits[7].stale)'
  true
  false\t2026-01-01 (esc)
  true
  $ cica -e 'print(pcall(cica.set_today, "2026-13-01"))'
  false\tcica.set_today：应为日期 YYYY-MM-DD 或 nil，得到的是 '2026-13-01' (esc)
  $ cica -e 'print(pcall(cica.set_today, 20261201))'
  false\tcica.set_today：应为日期 YYYY-MM-DD 或 nil，得到的是 number (esc)

The overview: the next summit, the data's date, and how many planned meetings are past.

  $ cica report overview --lang en | grep -E 'Next summit|Data as of|past their date' -A1
  │ Next summit                           │ No. 7, 2026-10, Baku; planned for 2026-10; no  │ B13                    │
  │                                       │ report of it in the data (as of 2025-09-25)    │                        │
  --
  │ Data as of                            │ 2025-09-25                                     │                        │
  │ Planned meetings now past their date, │ 1 (today: 2026-12-05)                          │                        │
  │ with no report in the data            │                                                │                        │
  --
  Data as of 2025-09-25

and a note says the current state it shows is as of the data's date (none before the summit's date):

  $ cica report overview --lang en --format json | grep '"notes"'
    "notes": ["7th CICA Summit — planned for 2026-10; no report of it in the data (as of 2025-09-25). The members, observers, chair and secretariat shown here are as of the data's date."],
  $ CICA_TODAY=2026-10-31 cica report overview --lang en --format json | grep '"notes"'
    "notes": [],

The summits and meetings reports (status column) and the timeline (title):

  $ cica report summits --lang zh-Hans --format csv | tr -d '\r' | grep '^7,'
  7,2026-10,,巴库,AZ,原定于2026年10月举行；数据中没有其举行情况的报道（数据截至2025年9月25日）,B13
  $ cica report meetings --lang zh-Hant --format csv | tr -d '\r' | grep '^2026'
  2026-10,summit,亞信第七次峰會,巴庫,原定於2026年10月舉行；數據中沒有其舉行情況的報道（數據截至2025年9月25日）,B13
  $ cica report timeline --lang en --format csv | tr -d '\r' | grep '^2026'
  2026-10,summit,7th CICA Summit — planned for 2026-10; no report of it in the data (as of 2025-09-25),B13

Search results:

  $ cica search 巴库 峰会 --kind meeting
  ┌───┬──────┬──────────┬────────────────────────────────┬────────────────────────────────────────────┐
  │ # │ 类型 │   编号   │              名称              │                    匹配                    │
  ├───┼──────┼──────────┼────────────────────────────────┼────────────────────────────────────────────┤
  │ 1 │ 会议 │ summit-7 │ 亚信第七次峰会——原定于2026年10 │ 2026-10 · **巴库** · **巴庫** · 阿塞拜疆 · │
  │   │      │          │ 月举行；数据中没有其举行情况的 │ 阿塞拜疆                                   │
  │   │      │          │ 报道（数据截至2025年9月25日）  │                                            │
  └───┴──────┴──────────┴────────────────────────────────┴────────────────────────────────────────────┘
  1 条结果
  $ cica search Baku summit --lang en --format json | grep -o '"title":"7th CICA Summit —[^"]*"' | head -1
  "title":"7th CICA Summit — planned for 2026-10; no report of it in the data (as of 2025-09-25)"

The quiz: with the summit past its date, "how many summits" is asked as of the dataset's date.

  $ q() { cica quiz --print --format json --seed 1 --count 200 "$@" | python3 -c 'import json, sys; [print(q["prompt"], "=", q["answer"], "|", q.get("note")) for q in json.load(sys.stdin) if q["id"] == "counts:summits:2022" or q["id"] in ("status:US", "status:KW")]'; }
  $ q --topic counts --lang en --now 2026-12-05
  By 25 September 2025, the date of the dataset, how many CICA summits had been held? = 6 | This is as of 25 September 2025, the dataset's date: the 7th CICA Summit, planned for October 2026, is past its date with no report in the data.
  $ q --topic counts --lang zh-Hant --now 2026-06-01
  亞信已經舉行了多少屆峰會？ = 6 | None

Questions about the present (standing, the current chair, the secretariat now) say they are as of
the dataset's date once the summit is past; before it, they do not:

  $ q --topic status --lang zh-Hans --now 2026-12-05
  美国是亚信成员国还是观察员？ = 观察员 | 以上截至本数据集的日期2025年9月25日：原定于2026年10月举行的亚信第七次峰会日期已过，数据中没有其举行情况的报道。
  科威特是亚信成员国还是观察员？ = 成员国 | 以上截至本数据集的日期2025年9月25日：原定于2026年10月举行的亚信第七次峰会日期已过，数据中没有其举行情况的报道。
  $ q --topic status --lang zh-Hans --now 2026-10-31
  美国是亚信成员国还是观察员？ = 观察员 | None
  科威特是亚信成员国还是观察员？ = 成员国 | None

The REPL shows the record's fields:

  $ printf 'cica.summits[7].stale\ncica.summits[7].status_text\n' | cica --lang en repl
  true
  planned for 2026-10; no report of it in the data (as of 2025-09-25)

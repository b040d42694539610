cica quiz revlog: the review log as CSV in the format the FSRS optimizer tools read, with the
time zone on stderr (the tools ask for it separately).

  $ export TZ=UTC
  $ cica "$CICA_TESTS/gen-history.lua" h.db 6 export 2025-01-01 2
  $ cica quiz revlog --state h.db --lang en
  card_id,review_time,review_rating,review_state,review_duration,question_id
  1,1735841185000,3,0,,accession:BH:year
  2,1735841194000,1,0,,accession:VN:year
  2,1736005970000,3,3,,accession:VN:year
  3,1736006012000,3,0,,summits:3:ordinal
  4,1736006050000,3,0,,ministerial:6:ordinal
  1,1736095318000,3,2,,accession:BH:year
  cica: 6 reviews of 4 questions; time zone UTC+00:00 (TZ=UTC), days start at midnight
  $ TZ=Asia/Shanghai cica quiz revlog --state h.db --lang zh-Hans 2>&1 >/dev/null
  cica: 6次作答，4道题；时区 UTC+08:00 (TZ=Asia/Shanghai)，每天从零点开始
  $ cica quiz revlog --state h.db --lang zh-Hant 2>&1 >/dev/null
  cica: 6次作答，4道題；時區 UTC+00:00 (TZ=UTC)，每天從零點開始
  $ cica quiz revlog --state none.db --lang en
  card_id,review_time,review_rating,review_state,review_duration,question_id
  cica: 0 reviews of 0 questions; time zone UTC+00:00 (TZ=UTC), days start at midnight
  $ test -e none.db || echo 'not created'
  not created

Every answer is one row; a card is new at its first answer, relearning after a wrong one:

  $ cica "$CICA_TESTS/gen-history.lua" many.db 3000 cram 2025-01-01 3
  $ cica quiz revlog --state many.db 2>/dev/null | python3 -c '
  > import csv, sys, collections
  > rows = list(csv.DictReader(sys.stdin))
  > print(len(rows), len({r["card_id"] for r in rows}), collections.Counter(r["review_state"] for r in rows).most_common())
  > print(all(int(a["review_time"]) <= int(b["review_time"]) for a, b in zip(rows, rows[1:])), {r["review_rating"] for r in rows} <= set("1234"))'
  3000 516 [('2', 2056), ('0', 516), ('3', 428)]
  True True

  $ cica quiz revlog --format json
  cica: quiz：未知格式“json”（可选：csv）（见 cica help quiz）
  [2]

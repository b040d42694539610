Questions made on demand (docs/quiz.md, "Questions made on demand"): a generator may return
descriptors — an id (and a group or shape) with a build() function — and cica calls build() only
for the questions a session or a sheet shows. g.once makes a pool the questions share, once.

  $ cat > lazy.lua <<'LUA'
  > -- A test fixture: which country hosted each summit, made on demand (tests/cram/quiz-lazy.t).
  > return {
  >   topic = "lazyhosts",
  >   name = { en = "Hosts", ["zh-Hans"] = "东道国", ["zh-Hant"] = "東道國" },
  >   generate = function(g)
  >     local summits = g.query([[SELECT ordinal, date, host FROM meetings
  >       WHERE kind = 'summit' AND status = 'held' AND host IS NOT NULL ORDER BY ordinal]])
  >     local pool = g.once(function()
  >       local p = {}
  >       for _, s in ipairs(summits) do p[#p + 1] = g.entity(s.host) end
  >       return p
  >     end)
  >     local out = {}
  >     for _, s in ipairs(summits) do
  >       out[#out + 1] = { id = "lazyhosts:" .. s.ordinal, build = function()
  >         return {
  >           prompt = g.F({ en = "Which country hosted the %s CICA summit?",
  >             ["zh-Hans"] = "%s亚信峰会由哪个国家主办？", ["zh-Hant"] = "%s亞信峰會由哪個國家主辦？" },
  >             g.ordinal(s.ordinal)),
  >           answer = g.entity(s.host), pool = pool,
  >           explain = g.F({ en = "It was held in %d.", ["zh-Hans"] = "于%d年举行。",
  >             ["zh-Hant"] = "於%d年舉行。" }, g.year_of(s.date)),
  >         }
  >       end }
  >     end
  >     return out
  >   end,
  > }
  > LUA

  $ cica quiz --questions lazy.lua --topic lazyhosts --print --count 2 --seed 1 --mode choice --now 2025-01-01
  亚信会议学习资料
  2025-01-01 · 共 2 题
  主题：东道国
  
  东道国
  ------
  1. 第三届亚信峰会由哪个国家主办？
     A) 塔吉克斯坦
     B) 中国
     C) 土耳其
     D) 哈萨克斯坦
  2. 第二届亚信峰会由哪个国家主办？
     A) 中国
     B) 塔吉克斯坦
     C) 哈萨克斯坦
     D) 土耳其
  
  答案
  ====
  1. C) 土耳其
     于2010年举行。
  2. C) 哈萨克斯坦
     于2006年举行。
  
  由 cica 根据其数据集生成（命令“cica report sources”列出全部来源）。

A session judges the answers to a question made on demand as to any other:

  $ printf 'Turkey\nTajikistan\n' | cica --lang en quiz --questions lazy.lua --topic lazyhosts --count 2 --seed 1 --mode typed --state s.db --now 2025-01-01T10:00
  [1/2] lazyhosts · Which country hosted the 3rd CICA summit?
  answer: Turkey
  right.
  It was held in 2010.
  
  [2/2] lazyhosts · Which country hosted the 2nd CICA summit?
  answer: Tajikistan
  wrong — the answer is Kazakhstan.
  It was held in 2006.
  
  To review (1):
  2. Which country hosted the 2nd CICA summit?
     answer: Kazakhstan · next review: 2025-01-02 10:00
  
  score: 1/2

A question is built only when something reads it: counting the questions (--list-topics, quiz
stats) never calls build(), so a topic whose every build() fails still lists its count.

  $ cat > broken.lua <<'LUA'
  > return {
  >   topic = "broken",
  >   generate = function(g)
  >     return {
  >       { id = "broken:error", group = "broken", build = function() error("no such meeting", 0) end },
  >       { id = "broken:nil", group = "broken", build = function() return nil end },
  >       { id = "broken:empty", group = "broken", build = function() return { answer = "x" } end },
  >     }
  >   end,
  > }
  > LUA
  $ cica quiz --questions broken.lua --list-topics --lang en | grep broken | sed 's#  /.*#  (file)#'
  broken          broken         (3)  broken.lua

Once shown, a build() that fails, returns no table or makes a question without a prompt is an
error naming the topic and the question, and the quiz exits 1:

  $ one() { sed -n -e '1,4p' -e "/broken:$1\"/p" -e '/^    }$/,$p' broken.lua > one.lua; cica quiz --questions one.lua --topic broken --print --count 1 --seed 1; }
  $ one error
  cica: quiz topic 'broken': question 'broken:error': no such meeting
  [1]
  $ one nil
  cica: quiz topic 'broken': question 'broken:nil': build() returned a nil, not a table
  [1]
  $ one empty
  cica: quiz topic 'broken': question 'broken:empty': has an empty prompt
  [1]

A generator may mix descriptors with questions given in full (the documented table of
docs/quiz.md, which every older generator returns):

  $ cat > mixed.lua <<'LUA'
  > return {
  >   topic = "mixed",
  >   generate = function(g)
  >     return {
  >       { id = "mixed:eager", prompt = "Eager?", answer = "yes", pool = { "no" } },
  >       { id = "mixed:lazy", build = function() return { prompt = "Lazy?", answer = "yes", pool = { "no" } } end },
  >     }
  >   end,
  > }
  > LUA
  $ cica --lang en quiz --questions mixed.lua --topic mixed --print --count 2 --seed 1 --mode choice --format json
  [
  {"accepted":["yes"],"answer":"yes","choices":["no","yes"],"id":"mixed:eager","mode":"choice","prompt":"Eager?","sources":[],"topic":"mixed"},
  {"accepted":["yes"],"answer":"yes","choices":["no","yes"],"id":"mixed:lazy","mode":"choice","prompt":"Lazy?","sources":[],"topic":"mixed"}
  ]

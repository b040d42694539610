-- cica.serve.quiz: the quiz in the browser — the terminal quiz's own code (cica.quiz.session:
-- generate, select, judge, render_feedback; cica.quiz.history: record) behind forms. Every answer
-- is one POST /quiz/answer carrying the session's CSRF token, judged and written to the history
-- file at once in its own transaction (the file is opened for that answer only, so a terminal
-- quiz and other tabs write to it between answers and nothing is lost). Sessions live in the
-- server's memory: a restarted server forgets the session, never an answer already given.
local html = require "cica.serve.html"
local app = require "cica.serve.app"
local i18n = require "cica.lang"

local el = html.el
local T, fail = app.T, app.fail

local M = {}

local sessions, order = {}, {}
local MAX_SESSIONS = 200 -- the oldest are forgotten past this
local MAX_COUNT = 50

-- n random bytes as hex, from the kernel (a CSRF token or a session id).
local function random_hex(n)
  local f = io.open("/dev/urandom", "rb")
  local bytes = f and f:read(n)
  if f then f:close() end
  if not bytes or #bytes ~= n then error("cannot read /dev/urandom", 0) end
  return (bytes:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

-- The history file: --state, else the terminal quiz's default.
local function state_path()
  return app.config.state or require("cica.cli.quiz").default_state()
end

-- Opens the history, runs f(h), closes it (also when f fails). Returns what f returns.
local function with_history(lang, readonly, f)
  local h = require("cica.quiz.history").open(state_path(), { readonly = readonly, lang = lang })
  local ok, a = pcall(f, h)
  if h then h:close() end
  if not ok then error(a, 0) end
  return a
end

-- The generators, each topic's name in lang.
local function generators()
  return require("cica.quiz.topics").all()
end

-- Parses an application/x-www-form-urlencoded body: the form's fields (the last of a repeated
-- name wins; `topic` fields gathered in form.topics) and whether some field was bad (invalid
-- UTF-8, a control character, a bad percent escape) — the caller refuses that once it knows the
-- session's language; the bad fields are left out.
local function parse_form(body)
  local form, topics, bad = {}, {}, false
  for pair in (body or ""):gmatch("[^&]+") do
    local ok, _, params = pcall(app.parse_uri, "/?" .. pair)
    if ok then
      for k, v in pairs(params) do
        if k == "topic" then topics[#topics + 1] = v else form[k] = v end
      end
    else
      bad = true
    end
  end
  form.topics = topics
  return form, bad
end

-- A session's current question as a form (choices as radio buttons, or a text box).
local function question_form(ctx, s)
  local q = s.questions[s.i]
  local field
  if q.mode == "choice" then
    local items = {}
    for k, o in ipairs(q.choice_options) do
      local letter = string.char(64 + k)
      items[k] = el("label", { class = "choice" }, el("input", { type = "radio", name = "answer", value = letter,
        required = true }), " ", letter, ") ", o.text)
    end
    field = items
  else
    field = el("p", nil, el("input", { type = "text", name = "answer", autocomplete = "off", autofocus = true,
      ["aria-label"] = T(ctx, "quiz_your_answer") }))
  end
  return {
    el("p", { class = "muted" }, T(ctx, "quiz_progress", s.i, #s.questions), " · ", q.topic_title or q.topic),
    el("h2", nil, q.prompt),
    el("form", { class = "quiz", method = "post", action = "/quiz/answer" },
      el("input", { type = "hidden", name = "session", value = s.id }),
      el("input", { type = "hidden", name = "token", value = s.token }),
      el("input", { type = "hidden", name = "n", value = s.i }),
      field, el("p", nil, el("button", { type = "submit" }, T(ctx, "quiz_answer")))),
  }
end

-- The end of a session: the score and the review of what was missed (the terminal's text).
local function review(ctx, s)
  local session = require "cica.quiz.session"
  local body = { el("p", nil, el("strong", nil, T(ctx, "quiz_score", s.score, s.asked))) }
  body[#body + 1] = el("h2", nil, T(ctx, "quiz_review"))
  if #s.missed == 0 then
    body[#body + 1] = el("p", nil, T(ctx, "quiz_none_to_review"))
  else
    body[#body + 1] = el("pre", { class = "review" }, session.render_review(s.missed, s.lang))
  end
  body[#body + 1] = el("p", nil, el("a", { href = ctx:href("/quiz") }, T(ctx, "quiz_again")), " · ",
    el("a", { href = ctx:href("/quiz/stats") }, T(ctx, "quiz_stats")))
  return body
end

-- GET /quiz: the topic form; with start=1 a new session and its first question.
local function start_page(ctx)
  local p = ctx.params
  local gens = generators()
  local topics = require "cica.quiz.topics"
  if p.start then
    local set
    local chosen = {}
    for k, v in pairs(p) do if k:match("^t_") and v ~= "" then chosen[#chosen + 1] = k:sub(3) end end
    if #chosen > 0 then
      set = {}
      for _, name in ipairs(chosen) do
        local known = false
        for _, g in ipairs(gens) do known = known or g.topic == name end
        if not known then fail(400, "bad_topic", name) end
        set[name] = true
      end
    end
    local mode = p.mode or "mixed"
    if mode ~= "choice" and mode ~= "typed" and mode ~= "mixed" then fail(400, "bad_form", "mode") end
    local count = tonumber(p.count or "5")
    if not count or count < 1 or count > MAX_COUNT or count ~= math.floor(count) then fail(400, "bad_number", "count", p.count or "") end
    local session = require "cica.quiz.session"
    local seed = p.seed or (tostring(os.time()) .. "-" .. random_hex(4))
    local all, fold = session.generate(gens, { seed = seed, lang = ctx.lang, topics = set })
    local now = os.time()
    local cards = with_history(ctx.lang, true, function(h) return h and h:cards() or {} end)
    local chosen_q = session.select(all, { count = count, seed = seed, mode = mode }, cards, now)
    if #chosen_q == 0 then fail(400, "quiz_no_questions") end
    local s = { id = random_hex(12), token = random_hex(16), questions = chosen_q, fold = fold, i = 1, score = 0,
                asked = 0, missed = {}, lang = ctx.lang, seed = seed, mode = mode, started = now }
    sessions[s.id] = s
    order[#order + 1] = s.id
    while #order > MAX_SESSIONS do sessions[table.remove(order, 1)] = nil end
    return app.html_response(200, app.page(ctx, T(ctx, "quiz_title"), question_form(ctx, s)))
  end
  local boxes = {}
  for _, g in ipairs(gens) do
    boxes[#boxes + 1] = el("label", { class = "choice" }, el("input", { type = "checkbox", name = "t_" .. g.topic, value = "1" }),
      " ", topics.display_name(g, ctx.lang))
  end
  local modes = {}
  for _, m in ipairs({ "mixed", "choice", "typed" }) do
    modes[#modes + 1] = el("option", { value = m }, T(ctx, "quiz_mode_" .. m))
  end
  local body = {
    el("form", { class = "quiz", method = "get", action = "/quiz" },
      el("input", { type = "hidden", name = "start", value = "1" }),
      ctx.lang_in_url and el("input", { type = "hidden", name = "lang", value = ctx.lang }) or "",
      el("fieldset", nil, el("legend", nil, T(ctx, "quiz_topics")), boxes),
      el("p", nil, el("label", nil, T(ctx, "quiz_mode"), " ", el("select", { name = "mode" }, modes)), " ",
        el("label", nil, T(ctx, "quiz_count"), " ", el("input", { type = "number", name = "count", value = "5", min = "1",
          max = tostring(MAX_COUNT) }))),
      el("p", nil, el("button", { type = "submit" }, T(ctx, "quiz_start")))),
    el("p", { class = "muted" }, T(ctx, "quiz_history_file", state_path()), " · ",
      el("a", { href = ctx:href("/quiz/stats") }, T(ctx, "quiz_stats"))),
  }
  return app.html_response(200, app.page(ctx, T(ctx, "quiz_title"), body))
end

-- POST /quiz/answer: checks the session and its CSRF token, judges the answer, writes it to the
-- history, shows the feedback (and the review after the last question).
local function answer(ctx, req)
  local ctype = ((req.headers or {})["content-type"] or ""):lower()
  if not ctype:match("^application/x%-www%-form%-urlencoded") then fail(400, "bad_form", "Content-Type") end
  local form, bad = parse_form(req.body)
  local s = sessions[form.session or ""]
  if s then ctx.lang = s.lang end -- the session's language, for its refusals too
  if bad then fail(400, "bad_form_text") end
  if not s then fail(400, "bad_session") end
  if type(form.token) ~= "string" or form.token ~= s.token then fail(403, "bad_csrf") end
  local origin = (req.headers or {}).origin
  if origin and origin ~= "null" then
    local host = origin:match("^https?://(.+)$")
    if not host or not app.host_allowed(host) then fail(403, "bad_csrf") end
  end
  local n = tonumber(form.n or "")
  local session = require "cica.quiz.session"
  local body = {}
  if n == s.i and s.i <= #s.questions then
    local q = s.questions[s.i]
    local v = session.judge(q, form.answer or "", s.fold)
    s.asked = s.asked + 1
    if v.correct then s.score = s.score + 1 end
    local card = with_history(s.lang, false, function(h)
      if s.history_session then h.session = s.history_session end
      local c = h:record {
        card = q.id, topic = q.topic, grade = v.correct and session.RIGHT or session.WRONG, correct = v.correct,
        given = v.given, expected = q.answer, mode = q.mode, time = os.time(),
        session_info = { started = s.started, seed = s.seed, mode = s.mode, lang = s.lang },
      }
      s.history_session = h.session
      return c
    end)
    if not v.correct then s.missed[#s.missed + 1] = { n = s.i, q = q, due = card and card.due } end
    local text = session.render_feedback(q, v, s.lang)
    local lines = {}
    for line in (text .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = el("p", nil, line) end
    body[#body + 1] = el("h2", nil, q.prompt)
    body[#body + 1] = el("div", { class = v.correct and "right-answer" or "wrong-answer" }, lines)
    local sources = {}
    for _, id in ipairs(q.sources or {}) do sources[#sources + 1] = el("a", { href = "/sources/" .. app.encode(id) }, id) end
    -- "来源：A1, B2": the label in the page's language, the ids joined as the terminal quiz joins them
    if #sources > 0 then body[#body + 1] = el("p", { class = "muted" }, T(ctx, "sources_label"), html.join(sources, ", ")) end
    s.i = s.i + 1
  end
  if s.i <= #s.questions then
    body[#body + 1] = el("hr")
    for _, piece in ipairs(question_form(ctx, s)) do body[#body + 1] = piece end
  else
    for _, piece in ipairs(review(ctx, s)) do body[#body + 1] = piece end
  end
  return app.html_response(200, app.page(ctx, T(ctx, "quiz_title"), body))
end

-- GET /quiz/stats: `cica quiz stats --format html` of the history file (heatmap included).
local function stats_page(ctx, fmt)
  local stats, session = require "cica.quiz.stats", require "cica.quiz.session"
  local gens = generators()
  local titles, questions = {}, {}
  local topics = require "cica.quiz.topics"
  for _, g in ipairs(gens) do titles[g.topic] = topics.display_name(g, ctx.lang) end
  for i, q in ipairs((session.generate(gens, { seed = 1, lang = ctx.lang }))) do questions[i] = { id = q.id, topic = q.topic } end
  local s = with_history(ctx.lang, true, function(h)
    return stats.compute(h, os.time(), { questions = questions, titles = titles })
  end)
  if fmt == "json" then
    s.state = state_path()
    return app.json_response(200, s)
  end
  local page = stats.render_html(s, ctx.lang)
  local inner = page:match("<body>(.*)</body>") or page
  inner = inner:gsub("^%s*<h1>.-</h1>", "", 1)
  return app.html_response(200, app.page(ctx, T(ctx, "quiz_stats"), {
    html.raw(inner), el("p", { class = "muted" }, T(ctx, "quiz_history_file", state_path())) }))
end

--- The quiz routes: GET /quiz, POST /quiz/answer, GET /quiz/stats (and .json).
function M.route(ctx, method, path, fmt)
  if app.config.export then fail(404, "not_found", path) end
  if path == "/quiz/answer" then
    if method ~= "POST" then fail(405, "method", method, "POST") end
    return answer(ctx, ctx.request)
  end
  if method == "POST" then fail(405, "method", method, "GET, HEAD") end
  if path == "/quiz" and not fmt then return start_page(ctx) end
  if path == "/quiz/stats" and (fmt == nil or fmt == "json") then return stats_page(ctx, fmt) end
  fail(404, "not_found", path)
end

M.sessions = sessions
return M

-- The bundled topics' questions precomputed at build time (src/build/quiz_images.lua), for the
-- built-in dataset: a session takes a topic's questions from its image instead of running its
-- generator, and pays only for the questions it shows (their choices, drawn with this run's seed)
-- — docs/quiz.md, "Precomputed questions".
--
-- The questions depend on the date cica runs on in one way only: a question about the present
-- gains a note (and the summit count its "as of" wording) once a planned meeting is past its date
-- with no report in the data (g.stale_meeting). So there is one image per display language and
-- per set of such stale meetings: "quiz@zh-Hans@" while none is stale, "quiz@zh-Hans@summit-7"
-- after summit-7's last possible day. The build checks that nothing else moves a topic (two dates
-- of each period, two seeds) and leaves a topic that does out of the image: it runs live.
-- No image is used for a --db dataset or with CICA_LUA_DIR (cica.core.image gives none), nor for
-- a user's topic.
local M = {}

M.PLANNED = "quiz@planned" -- the image of the planned meetings: {{id=, last=}, …} by `last`
M.FOLD = "quiz@fold" -- the matcher's traditional → simplified map (cica.quiz.match.build_fold)
M.TOPICS = "quiz@topics" -- the bundled topics' declarations: {{module=, topic=, order=, name=, title=}, …}

-- Which planned meetings are past their last possible day on `today` ("YYYY-MM-DD"): their ids,
-- sorted, joined with ",". `planned`: {{id=, last=}, …} (`last`: cica.date.last_day of the
-- meeting's last day), as cica.model.meetings.planned_status decides staleness (last < today).
function M.signature(planned, today)
  local ids = {}
  for _, m in ipairs(planned) do
    if m.last < today then ids[#ids + 1] = m.id end
  end
  table.sort(ids)
  return table.concat(ids, ",")
end

--- The image key of language `lang`'s questions for a set of stale meetings (M.signature).
function M.key(lang, signature)
  return "quiz@" .. lang .. "@" .. signature
end

local image = require("cica.model").image -- (loaded by every run: cica's records are its)

--- The bundled topics as the build found them, in listing order: {{module=, topic=, order=,
-- name=, title=}, …} (module: the name under cica.quiz.generators), or nil without images. A
-- new copy each call. (What topics.all() needs to list the topics without loading a generator.)
function M.topics()
  local make = image(M.TOPICS)
  return make and make() or nil
end

--- The matcher's traditional → simplified character map of the built-in dataset, or nil without
-- images (cica.quiz.session.lazy_fold then builds it from the dataset).
function M.fold()
  local make = image(M.FOLD)
  return make and make() or nil
end

local planned -- the planned meetings (M.PLANNED's image), or false without images
local chunks = {} -- by image key: the function that makes a fresh copy of the image, or false

--- The precomputed questions of the bundled topics in `lang` for today's date: a table topic ->
-- array of plain tables, to be made questions with cica.quiz.question.thaw (every call gives new
-- tables: a session may change its questions), or nil when there is no image (a --db dataset,
-- CICA_LUA_DIR). A topic the build left live is absent. (Today is read at every call: a
-- `cica serve` that runs past a planned meeting's date changes images then.)
function M.load(lang)
  if planned == nil then
    local make = image(M.PLANNED)
    planned = make and make() or false
  end
  if not planned then return nil end
  local key = M.key(lang, M.signature(planned, cica.today()))
  local chunk = chunks[key]
  if chunk == nil then
    chunk = image(key) or false
    chunks[key] = chunk
  end
  return chunk and chunk() or nil
end

return M

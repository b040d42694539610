-- The generator API as one module: what docs/quiz.md documents under cica.quiz.api, gathered
-- from the modules that do each job —
--   cica.quiz.text      how things are said (localize, format, names, ordinals, dates, lists)
--   cica.quiz.claims    disputed facts (disputes by subject, claim lines, year_claims)
--   cica.quiz.context   the context `g` handed to generate(g)
--   cica.quiz.choices   options, pools, drawing the choices, the option a wrong answer names
--   cica.quiz.question  a generator's table (or descriptor) made into a question
-- Kept so that generators and older callers that require "cica.quiz.api" go on working.
local text = require "cica.quiz.text"
local claims = require "cica.quiz.claims"
local context = require "cica.quiz.context"
local choices = require "cica.quiz.choices"
local question = require "cica.quiz.question"

local M = {}

M.LANGS = text.LANGS
M.localize, M.format, M.name_in = text.localize, text.format, text.name_in
M.ordinal, M.date, M.on, M.the = text.ordinal, text.date, text.on, text.the
M.place_name, M.list, M.STATUS, M.short_names = text.place_name, text.list, text.STATUS, text.short_names

M.disputes, M.claim_line, M.claims_text = claims.disputes, claims.claim_line, claims.claims_text
M.years_in, M.year_claims = claims.years_in, claims.year_claims

M.context = context.context

M.why, M.complete, M.confusion = choices.why, choices.complete, choices.confusion

M.finish = question.finish

return M

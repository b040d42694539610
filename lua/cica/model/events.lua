-- cica.events: dated events that are not meetings (table events).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 90 }

M.events = u.simple("SELECT * FROM events ORDER BY date, id", { "title" })

M.classes = {
  {
    name = "cica.Event",
    summary = "A dated event that is not a meeting: a proposal, a rule change, a rename, …",
    fields = model.fields({
      { "id", "string", "a stable id" },
      { "date", "string", "when: " .. u.DATE },
      { "end_date", "string?", "when it ended, for events that span a period" },
      { "kind", "string", '"proposal", "rule_change", "rename_proposal", "activity", …' },
    }, model.localized("title", "what happened"), { u.CONFIDENCE, u.SOURCES }),
  },
}

M.collections = {
  {
    name = "events", class = "cica.Event", build = M.events, sources = true, as_of = "dated",
    summary = "Dated events that are not meetings (proposals, rule changes, …), in date order.",
    show = { "id", "date", "kind", "title" },
    example = 'for _, e in ipairs(cica.events) do print(e.date, e.kind, e.title) end',
    search = { kind = "event", rank = 8, key = "id", what = "dated events that are not meetings", ids = "event id",
               label = { ["zh-Hans"] = "事件", ["zh-Hant"] = "事件", en = "event" } },
  },
}

return M

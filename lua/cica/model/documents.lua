-- cica.documents: the documents CICA adopted (table documents).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 50 }

M.documents = u.simple("SELECT * FROM documents ORDER BY date, id", { "title" })

M.classes = {
  {
    name = "cica.Document",
    summary = "A document CICA adopted: a declaration, an act, a catalogue, …",
    fields = model.fields({
      { "id", "string", "a stable id" },
      { "meeting", "string?", "the id of the meeting that adopted it" },
      { "date", "string", "when: " .. u.DATE },
    }, model.localized("title", "the title"), { u.SOURCES }),
  },
}

M.collections = {
  {
    name = "documents", class = "cica.Document", build = M.documents, sources = true, as_of = "dated",
    summary = "The documents CICA adopted, in date order.",
    show = { "id", "date", "title", "meeting" },
    example = 'for _, d in ipairs(cica.documents) do print(d.date, d.title) end',
    search = { kind = "document", rank = 4, key = "id", ids = "`doc-2002-almaty-act`, …",
               what = "documents adopted, found also under the other titles sources give them (the claims of a discrepancy about the title)",
               label = { ["zh-Hans"] = "文件", ["zh-Hant"] = "文件", en = "document" } },
  },
}

return M

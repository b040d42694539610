-- cica.sources: every source the dataset cites (table sources).
local model = require "cica.model"
local u = require "cica.model.util"

local M = { order = 100 }

M.sources = u.simple("SELECT * FROM sources ORDER BY id", { "title" }, true)

M.classes = {
  {
    name = "cica.Source",
    summary = "A source the dataset cites: an official page, a news report, a reference work, a seed document.",
    fields = model.fields({
      { "id", "string", 'its id, as records cite it ("A1", "seed000", …)' },
    }, model.localized("title", "cica's description of it"), {
      { "original_title", "string?", "its own title as published, where known (not translated)" },
      { "url", "string?", "where it is online (nil for seed documents)" },
      { "kind", "string", '"official", "news", "reference" or "seed"' },
      { "lang", "string", 'its language: "zh-Hans", "zh-Hant", "en", "ru", …' },
      { "seed_file", "string?", "for seed documents: the file under shared/seeds" },
      { "seed_page", "string?", "for seed documents: the page it was converted from" },
    }),
  },
}

M.collections = {
  {
    name = "sources", class = "cica.Source", build = M.sources,
    summary = "Every source the dataset cites, by id.",
    show = { "id", "kind", "lang", "title", "url" },
    example = 'for _, s in ipairs(cica.sources) do if s.kind == "official" then print(s.id, s.url) end end',
    search = { kind = "source", rank = 13, key = "id", what = "a source the dataset cites", ids = "`A1`, `seed000`, …",
               label = { ["zh-Hans"] = "来源", ["zh-Hant"] = "來源", en = "source" } },
  },
}

return M

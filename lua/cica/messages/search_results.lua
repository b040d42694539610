-- Messages of `cica search`'s results table (cica.lang area "search_results", cica.cli.search):
-- column titles, kinds of record, the count line and "did you mean".
return {
  col_kind = { ["zh-Hans"] = "类型", ["zh-Hant"] = "類型", en = "kind" },
  col_id = { ["zh-Hans"] = "编号", ["zh-Hant"] = "編號", en = "id" },
  col_title = { ["zh-Hans"] = "名称", ["zh-Hant"] = "名稱", en = "title" },
  col_snippet = { ["zh-Hans"] = "匹配", ["zh-Hant"] = "匹配", en = "match" },
  no_rows = { ["zh-Hans"] = "（没有结果）", ["zh-Hant"] = "（沒有結果）", en = "(no results)" },
  one_row = { ["zh-Hans"] = "1 条结果", ["zh-Hant"] = "1 條結果", en = "1 result" },
  rows = { ["zh-Hans"] = "%d 条结果", ["zh-Hant"] = "%d 條結果", en = "%d results" },
  kind_entity = { ["zh-Hans"] = "国家或组织", ["zh-Hant"] = "國家或組織", en = "entity" },
  kind_place = { ["zh-Hans"] = "地点", ["zh-Hant"] = "地點", en = "place" },
  kind_meeting = { ["zh-Hans"] = "会议", ["zh-Hant"] = "會議", en = "meeting" },
  kind_document = { ["zh-Hans"] = "文件", ["zh-Hant"] = "文件", en = "document" },
  kind_chair = { ["zh-Hans"] = "主席国任期", ["zh-Hant"] = "主席國任期", en = "chair" },
  kind_seat = { ["zh-Hans"] = "秘书处驻地", ["zh-Hant"] = "秘書處駐地", en = "seat" },
  kind_head = { ["zh-Hans"] = "秘书处负责人", ["zh-Hant"] = "秘書處負責人", en = "head" },
  kind_event = { ["zh-Hans"] = "事件", ["zh-Hant"] = "事件", en = "event" },
  kind_cbm_area = { ["zh-Hans"] = "建立信任措施领域", ["zh-Hant"] = "建立信任措施領域", en = "cbm_area" },
  kind_stage = { ["zh-Hans"] = "发展阶段", ["zh-Hant"] = "發展階段", en = "stage" },
  kind_rule = { ["zh-Hans"] = "规则", ["zh-Hant"] = "規則", en = "rule" },
  kind_discrepancy = { ["zh-Hans"] = "来源分歧", ["zh-Hant"] = "來源分歧", en = "discrepancy" },
  kind_source = { ["zh-Hans"] = "来源", ["zh-Hant"] = "來源", en = "source" },
  did_you_mean = { ["zh-Hans"] = "你是不是要找：%s？", ["zh-Hant"] = "你是不是要找：%s？", en = "did you mean %s?" },
  -- between the names "did you mean" offers
  or_sep = { ["zh-Hans"] = "、", ["zh-Hant"] = "、", en = " or " },
}

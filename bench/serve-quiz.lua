-- wrk script for bench/serve: quiz answers. Each thread (one connection) starts a 50-question
-- typed session, then POSTs one answer per request with the session's token, as a browser does;
-- when the session ends it starts another. Every answer is judged and written to the history.
local session, token, n
local start = "/quiz?start=1&mode=typed&count=50&lang=en"

request = function()
  if not session then return wrk.format("GET", start) end
  return wrk.format("POST", "/quiz/answer", { ["Content-Type"] = "application/x-www-form-urlencoded" },
    "session=" .. session .. "&token=" .. token .. "&n=" .. n .. "&answer=x")
end

response = function(status, headers, body)
  local s = body:match('name="session" type="hidden" value="(%x+)"')
  local t = body:match('name="token" type="hidden" value="(%x+)"')
  local q = body:match('name="n" type="hidden" value="(%d+)"')
  if status == 200 and s and t and q then session, token, n = s, t, q else session = nil end
end

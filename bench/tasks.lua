-- wrk script: cycles through the requests of one category of queries.tasks.
-- usage: wrk -s tasks.lua URL -- CATEGORY [TASKS_FILE]
local requests = {}
local n = 0

function init(args)
  local category, file = args[1], args[2] or "bench/queries.tasks"
  local endpoint = category == "Suggest" and "/api/suggest?" or "/api/search?"
  for line in io.lines(file) do
    local cat, req = line:match("^(%w+):%s*(.+)$")
    if cat == category then
      requests[#requests + 1] = wrk.format("GET", endpoint .. req)
    end
  end
  assert(#requests > 0, "no task of category " .. tostring(category) .. " in " .. file)
end

function request()
  n = n + 1
  return requests[(n - 1) % #requests + 1]
end

local non200 = 0
function response(status)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, %.0f req/s\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end

-- wrk script: POSTs the file named by WRK_BODY (WRK_BODIES: several files separated by ':', taken in turn) with
-- WRK_CONTENT_TYPE (default application/json), counts answers that are not HTTP 200 or carry GraphQL "errors",
-- and those flagged stale, and prints one RESULT line of JSON at the end.
-- WRK_SPLIT_AT (seconds, optional) splits the counts into before and after that moment of the run.

local threads = {}

local function read(path)
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

local bodies = {}
for path in string.gmatch(os.getenv("WRK_BODIES") or os.getenv("WRK_BODY") or "", "[^:]+") do
  table.insert(bodies, read(path))
end
local contentType = os.getenv("WRK_CONTENT_TYPE") or "application/json"
local splitAt = tonumber(os.getenv("WRK_SPLIT_AT") or "")

wrk.method = "POST"
wrk.body = bodies[1]
wrk.headers["Content-Type"] = contentType

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  next_body = 0
  started = os.time()
  -- plain numbers: wrk copies only scalars between its Lua states reliably
  ok1, ok2, bad1, bad2, stale1, stale2 = 0, 0, 0, 0, 0, 0
  if #bodies > 1 then
    requests = {}
    for i, body in ipairs(bodies) do
      requests[i] = wrk.format("POST", nil, nil, body)
    end
  end
end

if #bodies > 1 then
  function request()
    next_body = next_body % #requests + 1
    return requests[next_body]
  end
end

function response(status, headers, body)
  local late = splitAt and os.time() - started >= splitAt
  local bad = status ~= 200 or (body and string.find(body, '"errors"', 1, true))
  local stale = body and string.find(body, '"stale"', 1, true)
  if late then
    if bad then bad2 = bad2 + 1 else ok2 = ok2 + 1 end
    if stale then stale2 = stale2 + 1 end
  else
    if bad then bad1 = bad1 + 1 else ok1 = ok1 + 1 end
    if stale then stale1 = stale1 + 1 end
  end
end

function done(summary, latency, requests)
  local sum = { ok = {0, 0}, bad = {0, 0}, stale = {0, 0} }
  for _, thread in ipairs(threads) do
    for key, pair in pairs(sum) do
      pair[1] = pair[1] + (thread:get(key .. "1") or 0)
      pair[2] = pair[2] + (thread:get(key .. "2") or 0)
    end
  end
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_us":%d,"rps":%.1f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"ok":[%d,%d],"bad":[%d,%d],"stale":[%d,%d],"connect_errors":%d,"read_errors":%d,"write_errors":%d,' ..
    '"status_errors":%d,"timeouts":%d}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    sum.ok[1], sum.ok[2], sum.bad[1], sum.bad[2], sum.stale[1], sum.stale[2],
    e.connect, e.read, e.write, e.status, e.timeout))
end

-- wrk script for bench/overload-bench.sh: POSTs $BODY_FILE, counts answers by status, 503s without
-- Retry-After, answers that close the connection, and prints one machine-readable line when done.
local path = os.getenv("BODY_FILE")
local file = assert(io.open(path, "rb"), "BODY_FILE must name a readable file")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, shed, other, shed_without_retry_after, closed = 0, 0, 0, 0, 0
end

-- Header names are matched without regard to case, as HTTP defines them.
local function header(headers, name)
  for key, value in pairs(headers) do
    if string.lower(key) == name then
      return value
    end
  end
  return nil
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  elseif status == 503 then
    shed = shed + 1
    if header(headers, "retry-after") == nil then
      shed_without_retry_after = shed_without_retry_after + 1
    end
  else
    other = other + 1
  end
  local connection = header(headers, "connection")
  if connection ~= nil and string.lower(connection) == "close" then
    closed = closed + 1
  end
end

function done(summary, latency, requests)
  local total = { ok = 0, shed = 0, other = 0, shed_without_retry_after = 0, closed = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(total) do
      total[key] = total[key] + thread:get(key)
    end
  end
  local answered = total.ok + total.shed + total.other
  -- wrk keeps one latency histogram for every answer. A shed answer is sent at once, so the slowest
  -- answers are the 200s: the slowest 1 % of the 200s lie within the slowest (ok / answered) % of all.
  -- The percentile read there is an upper bound of the 200s' p99 (exact when no 503 is slower).
  local p99_ok = 0
  if total.ok > 0 then
    p99_ok = latency:percentile(100 - total.ok / answered)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT seconds=%.3f ok=%d shed=%d other=%d shed_without_retry_after=%d closed=%d " ..
    "p50_us=%d p99_us=%d p99_ok_us=%d max_us=%d " ..
    "errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d\n",
    summary.duration / 1e6, total.ok, total.shed, total.other, total.shed_without_retry_after, total.closed,
    latency:percentile(50), latency:percentile(99), p99_ok, latency.max,
    e.connect, e.read, e.write, e.timeout))
end

-- wrk script for bench/run.py. Settings come from the environment:
--   BENCH_THREAD_RATE  requests per second per wrk thread (paced run); unset: as fast as possible
--   BENCH_POST_BODY    form body without the e-mail field: POST it with a new address each time
--   BENCH_POST_TAG     makes the addresses unique to this wrk run
-- At the end one line "BENCH_JSON {...}" gives the statuses, X-Cache values, body bytes,
-- socket errors and latency percentiles (microseconds) for the runner to parse.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("bench_timespec")

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) * 1000 + tonumber(timespec.tv_nsec) / 1e6
end

local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  caches = {}
  body_bytes = 0
  sent = 0
  next_slot = nil
end

local rate = tonumber(os.getenv("BENCH_THREAD_RATE") or "")
if rate and rate > 0 then
  local interval = 1000 / rate
  -- Each request takes the next slot of this thread's timetable, so requests leave at a fixed
  -- rate whatever the response times, as long as a connection is free.
  -- After falling behind by more than a slot, the timetable restarts instead of bursting.
  function delay()
    local now = now_ms()
    if next_slot == nil or next_slot < now - interval then
      next_slot = now
    end
    local wait = next_slot - now
    next_slot = next_slot + interval
    return math.max(0, math.floor(wait))
  end
end

local post_body = os.getenv("BENCH_POST_BODY")
if post_body then
  local tag = os.getenv("BENCH_POST_TAG") or "run"
  function request()
    -- wrk.format replaces wrk.headers (the -H options, here the CSRF cookie) with its argument.
    local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
    for name, value in pairs(wrk.headers) do
      headers[name] = value
    end
    sent = sent + 1
    local email = string.format("bench-%s-%d-%d%%40example.org", tag, thread_number, sent)
    return wrk.format("POST", nil, headers, post_body .. "&email=" .. email)
  end
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  local cache = headers["X-Cache"] or headers["x-cache"] or "none"
  caches[cache] = (caches[cache] or 0) + 1
  body_bytes = body_bytes + #body
end

local function encode(value)
  if type(value) == "table" then
    local parts = {}
    for key, item in pairs(value) do
      table.insert(parts, string.format("%q:%s", tostring(key), encode(item)))
    end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  if type(value) == "string" then
    return string.format("%q", value)
  end
  return tostring(value)
end

local function add_counts(total, part)
  for key, number in pairs(part or {}) do
    total[key] = (total[key] or 0) + number
  end
end

function done(summary, latency, requests)
  local all_statuses, all_caches, all_bytes = {}, {}, 0
  for _, thread in ipairs(threads) do
    add_counts(all_statuses, thread:get("statuses"))
    add_counts(all_caches, thread:get("caches"))
    all_bytes = all_bytes + (thread:get("body_bytes") or 0)
  end
  local result = {
    duration_us = summary.duration,
    requests = summary.requests,
    bytes = summary.bytes,
    body_bytes = all_bytes,
    socket_errors = {
      connect = summary.errors.connect,
      read = summary.errors.read,
      write = summary.errors.write,
      timeout = summary.errors.timeout,
    },
    statuses = all_statuses,
    cache = all_caches,
    latency_us = {
      mean = latency.mean,
      max = latency.max,
      p50 = latency:percentile(50),
      p90 = latency:percentile(90),
      p99 = latency:percentile(99),
    },
  }
  io.write("BENCH_JSON " .. encode(result) .. "\n")
end

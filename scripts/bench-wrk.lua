-- wrk script for scripts/bench http: each thread walks the query mix (one URL-encoded path a line, from the file
-- named after `--`) from its own random offset; done() prints one BENCH line with throughput, latency percentiles
-- (microseconds) and every kind of error, for the shell to parse.
local paths = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  i = math.random(#paths)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end

-- wrk script: posts the inference request in the file named by OIP_BODY (with OIP_TOKEN, if set, as its bearer
-- token), and prints one RESULT line at the end. With OIP_DELAY_MS set, each connection waits that long before
-- each request, to pace the load near a rate (connections / delay; less when answers are slow).
local file = assert(io.open(os.getenv("OIP_BODY"), "r"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("OIP_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.body = file:read("*a")
file:close()

local pause = tonumber(os.getenv("OIP_DELAY_MS") or "")
if pause then
  delay = function()
    return pause
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d socket_errors=%d p50_us=%d p99_us=%d\n",
      summary.requests, summary.duration, errors.status,
      errors.connect + errors.read + errors.write + errors.timeout,
      latency:percentile(50), latency:percentile(99)))
end

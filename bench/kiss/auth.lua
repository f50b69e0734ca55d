-- wrk: every request asks /auth for a new temporary session, as the SDKs' authorize_stack does.
wrk.method = "POST"
wrk.path = "/auth"
wrk.body = '{"scope":"temporary","client_id":null,"client_secret":null}'
wrk.headers["Content-Type"] = "application/json"

done = function(summary, latency, requests)
    io.write(string.format("auth: %d requests, non-2xx/3xx: %d, timeouts: %d\n", summary.requests,
        summary.errors.status, summary.errors.timeout))
end

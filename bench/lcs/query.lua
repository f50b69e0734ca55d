-- wrk: POST /v1/query, a new conversation each time (answered from the stored documents).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"What cools the Zephyr-9 reactor?"}'

-- wrk: POST /v1/query with a body the schema rejects (422 before any retrieval or commit): the most a POST
-- route with a JSON body can serve here, whatever it does.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"querx":"What cools the Zephyr-9 reactor?"}'

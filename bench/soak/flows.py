"""The soak's client flows: each is one user's visit, every request timed and its reply checked."""
import asyncio
import base64
import json
import time
import uuid
from collections import Counter, defaultdict

from wire import HttpConnection, WebSocket, WireError, request_json

WORDS = ["solar", "wind", "tidal", "geothermal", "hydrogen", "battery", "steam", "clockwork"]
LCS_USER = "soak-user"


class FlowAborted(Exception):
    """The flow stopped at a failed step (already recorded)."""


class Recorder:
    """Requests, latencies (time since the load began, ms) and errors, by kind."""

    def __init__(self):
        self.t0 = time.monotonic()
        self.requests = Counter()
        self.errors = Counter()
        self.error_samples = defaultdict(list)
        self.samples = defaultdict(list)

    def error(self, kind, detail):
        self.errors[kind] += 1
        if len(self.error_samples[kind]) < 5:
            self.error_samples[kind].append(f"t={time.monotonic() - self.t0:.1f}s {detail}")

    async def timed(self, kind, awaitable):
        self.requests[kind] += 1
        start = time.monotonic()
        try:
            result = await awaitable
        except WireError as e:
            self.error(kind, f"status {e.status}: {e.body[:500]}")
            raise FlowAborted() from None
        except asyncio.CancelledError:
            raise
        except Exception as e:  # a connection reset, a timeout, a truncated reply
            self.error(kind, f"{type(e).__name__}: {e}"[:500])
            raise FlowAborted() from None
        end = time.monotonic()
        self.samples[kind].append((start - self.t0, (end - start) * 1000.0))
        return result

    def check(self, kind, ok, detail):
        if not ok:
            self.error(kind, "unexpected reply: " + str(detail)[:500])
            raise FlowAborted()


def _document(n):
    code = f"ZX-{n}"
    word = WORDS[n % len(WORDS)]
    text = (f"The device {code} is powered by {word} energy.\n\n"
            f"It was assembled in workshop {n % 97} and weighs {n % 50 + 10} kilograms.\n")
    files = [{"name": f"note-{n}.txt", "content": base64.b64encode(text.encode()).decode()}]
    return code, word, {"files": files, "metadata": {"flow": n, "origin": {"bench": "soak"}}}


async def kiss_rest(port, rec, n):
    """REST session: /auth, token renewal, init, one upload, two queries, close."""
    conn = HttpConnection(port)
    code, word, docs = _document(n)
    try:
        auth = await rec.timed("kiss.auth", request_json(conn, "POST", "/auth", {"scope": "temporary"}))
        rec.check("kiss.auth", {"client_id", "client_secret", "access_token"} <= set(auth), auth)
        renewed = await rec.timed("kiss.auth.renew", request_json(
            conn, "POST", "/auth", {"client_id": auth["client_id"], "client_secret": auth["client_secret"]}))
        rec.check("kiss.auth.renew", renewed.get("client_secret") == auth["client_secret"], renewed)
        bearer = {"Authorization": "Bearer " + renewed["access_token"]}
        init = await rec.timed("kiss.init", request_json(conn, "POST", "/sessions?action=init", {}, bearer))
        rec.check("kiss.init", init.get("result") == "Greetings!" and init.get("stack_id") == auth["client_id"], init)
        stored = await rec.timed("kiss.documents", request_json(conn, "POST", "/documents", docs, bearer))
        rec.check("kiss.documents", stored.get("result") == "Files stored" and (stored.get("extras") or {}).get("documents"),
                  stored)
        for q in (f"What powers the device {code}?", f"How much does the device {code} weigh?"):
            answer = await rec.timed("kiss.queries", request_json(conn, "POST", "/queries", {"query": q}, bearer))
            rec.check("kiss.queries", word in str(answer.get("result")), answer)
        closed = await rec.timed("kiss.close", request_json(conn, "POST", "/sessions?action=close", {}, bearer))
        rec.check("kiss.close", closed.get("result") == "Good bye!", closed)
    finally:
        await conn.close()


async def _ws_call(rec, ws, kind, event, data):
    async def call():
        await ws.send_json({"event": event, "data": data})
        reply = await ws.recv_json()
        if reply.get("error"):
            raise WireError(reply.get("status_code"), json.dumps(reply))
        return reply
    reply = await rec.timed(kind, call())
    rec.check(kind, reply.get("event") == event and isinstance(reply.get("result"), dict), reply)
    return reply["result"]


async def kiss_ws(port, rec, n):
    """WebSocket session: /auth, the handshake (header or ?token=), on_init, on_store, two on_query, on_close."""
    conn = HttpConnection(port)
    code, word, docs = _document(100000 + n)
    try:
        auth = await rec.timed("kiss.auth", request_json(conn, "POST", "/auth", {"scope": "temporary"}))
        rec.check("kiss.auth", "access_token" in auth, auth)
    finally:
        await conn.close()
    token = auth["access_token"]
    if n % 2:
        ws = await rec.timed("ws.connect", WebSocket.connect(port, "/ws?token=" + token, {}))
    else:
        ws = await rec.timed("ws.connect", WebSocket.connect(port, "/ws", {"Authorization": "Bearer " + token}))
    try:
        init = await _ws_call(rec, ws, "ws.on_init", "on_init", {"query": "Greetings!"})
        rec.check("ws.on_init", init.get("result") == "Greetings!", init)
        stored = await _ws_call(rec, ws, "ws.on_store", "on_store", docs)
        rec.check("ws.on_store", stored.get("result") == "Files stored", stored)
        for q in (f"What powers the device {code}?", f"Where was the device {code} assembled?"):
            answer = await _ws_call(rec, ws, "ws.on_query", "on_query", {"query": q})
            rec.check("ws.on_query", word in str(answer.get("result")), answer)
        closed = await _ws_call(rec, ws, "ws.on_close", "on_close", {"query": "Goodbye!"})
        rec.check("ws.on_close", closed.get("result") == "Good bye!", closed)
    finally:
        await rec.timed("ws.close", ws.close())


def _sse_events(body):
    events = []
    for block in body.decode("utf-8").split("\n\n"):
        if block.startswith("data: "):
            events.append(json.loads(block[6:]))
    return events


async def _stream(conn, body):
    status, headers, content = await conn.request("POST", f"/v1/streaming_query?user_id={LCS_USER}", body)
    if status != 200:
        raise WireError(status, content.decode("utf-8", "replace"))
    if not headers.get("content-type", "").startswith("text/event-stream"):
        raise WireError(status, "content type " + headers.get("content-type", "(none)"))
    events = _sse_events(content)
    names = [e.get("event") for e in events]
    tokens = "".join(e["data"].get("token", "") for e in events if e.get("event") == "token")
    complete = [e["data"]["token"] for e in events if e.get("event") == "turn_complete"]
    if not names or names[0] != "start" or names[-1] != "end" or len(complete) != 1 or tokens != complete[0]:
        raise WireError(status, "stream out of shape: " + content.decode("utf-8", "replace")[-400:])
    return events[0]["data"]["conversation_id"], complete[0]


async def lcs(port, rec, n):
    """Lightspeed visit: a query and its follow-up, a stream and its follow-up, feedback, the list, one
    conversation read, and both conversations deleted."""
    conn = HttpConnection(port)
    u = f"?user_id={LCS_USER}"
    try:
        first = await rec.timed("lcs.query", request_json(
            conn, "POST", "/v1/query" + u, {"query": "What cools the Zephyr-9 reactor?"}))
        rec.check("lcs.query", "sodium" in first.get("response", "") and uuid.UUID(first["conversation_id"]), first)
        c1 = first["conversation_id"]
        follow = await rec.timed("lcs.query.followup", request_json(
            conn, "POST", "/v1/query" + u, {"query": "What temperature does its core stay near?", "conversation_id": c1}))
        rec.check("lcs.query.followup", follow.get("conversation_id") == c1 and "550" in follow.get("response", ""), follow)
        c2, text = await rec.timed("lcs.stream", _stream(
            conn, {"query": "What is the core temperature of the Zephyr-9 reactor?", "no_tools": False}))
        rec.check("lcs.stream", "550" in text, text)
        c2b, text = await rec.timed("lcs.stream.followup", _stream(
            conn, {"query": "And what is pumped through the core?", "conversation_id": c2}))
        rec.check("lcs.stream.followup", c2b == c2 and "sodium" in text, text)
        feedback = {"conversation_id": c1, "user_question": "What cools the Zephyr-9 reactor?",
                    "llm_response": first["response"], "sentiment": 1 if n % 2 else -1}
        if n % 3 == 0:
            feedback["categories"] = ["incomplete", "other"]
            feedback["user_feedback"] = f"visit {n}"
        fb = await rec.timed("lcs.feedback", request_json(conn, "POST", "/v1/feedback" + u, feedback))
        rec.check("lcs.feedback", fb == {"response": "feedback received"}, fb)
        listed = await rec.timed("lcs.conversations", request_json(conn, "GET", "/v1/conversations" + u))
        counts = {c["conversation_id"]: c["message_count"] for c in listed.get("conversations", [])}
        rec.check("lcs.conversations", counts.get(c1) == 2 and counts.get(c2) == 2, {c1: counts.get(c1), c2: counts.get(c2)})
        got = await rec.timed("lcs.conversation.get", request_json(conn, "GET", f"/v1/conversations/{c2}{u}"))
        rec.check("lcs.conversation.get", len(got.get("chat_history", [])) == 2, got)
        for c in (c1, c2):
            deleted = await rec.timed("lcs.conversation.delete", request_json(conn, "DELETE", f"/v1/conversations/{c}{u}"))
            rec.check("lcs.conversation.delete", deleted.get("success") is True, deleted)
    finally:
        await conn.close()


async def metrics(port, rec, n):
    """A Prometheus scrape on a fresh connection."""
    conn = HttpConnection(port)
    try:
        status, _, content = await rec.timed("metrics", conn.request("GET", "/metrics"))
        rec.check("metrics", status == 200 and b"ls_rest_api_calls_total" in content, f"{status} {content[:300]!r}")
    finally:
        await conn.close()


FLOWS = {"kiss-rest": kiss_rest, "kiss-ws": kiss_ws, "lcs": lcs, "metrics": metrics}

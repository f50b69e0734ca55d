"""Mixed load on a running `aistack --headless` for bench/soak.sh, with the server's RSS and file descriptors.
Usage: soak.py PORT PID MINUTES RATE    (RATE: visits per second of each kind; exit 1 when a target is missed)"""
import asyncio
import base64
import math
import os
import random
import sys
import time
import uuid
from collections import Counter

from flows import FLOWS, FlowAborted, Recorder
from wire import HttpConnection, request_json

GROWTH_LIMIT = 10.0      # % of RSS growth allowed after the baseline minute
BASELINE_MINUTE = 5      # RSS growth is measured from this minute (half the run when shorter)
MAX_IN_FLIGHT = 30       # visits of one kind running at once before the next one is skipped (and counted)
FD_WAIT = int(os.environ.get("FD_WAIT", "120"))  # seconds to wait for the descriptors to come back
IDLE_SETTLE = 40         # seconds of idle before the idle count (the pools' threads expire after 30 s)


def status_field(pid, name):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(name + ":"):
                return int(line.split()[1])
    return -1


def rss_kb(pid):
    return status_field(pid, "VmRSS")


def threads(pid):
    return status_field(pid, "Threads")


def fds(pid):
    targets = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        targets.append(link.split(":[")[0] + (":" if ":[" in link else ""))
    return Counter(targets)


def sqlite_kept(counter):
    """Descriptors of SQLite database files whose connection has closed. In WAL mode SQLite cannot close a
    database file while another connection of the process has it open (closing drops the process's locks): it
    keeps the descriptor, reuses it for the next connection and closes it with the last one. Every open
    connection also holds the -wal file, so the kept ones are the database's descriptors beyond its -wal ones."""
    return sum(max(0, n - counter[path + "-wal"]) for path, n in counter.items() if counter[path + "-wal"])


def thread_names(pid):
    names = Counter()
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/comm") as f:
                names[f.read().strip()] += 1
        except OSError:
            pass
    return names


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[max(0, math.ceil(p / 100.0 * len(values)) - 1)]


async def fill_databases(port, rec):
    rnd = random.Random(7)
    words = ["reactor", "sodium", "core", "pump", "valve", "steam", "turbine", "grid", "cooling", "sensor"]
    text = " ".join(rnd.choice(words) for _ in range(700000))
    conn = HttpConnection(port)
    try:
        fb = await rec.timed("warm-up.feedback", request_json(conn, "POST", "/v1/feedback?user_id=soak-warm-up", {
            "conversation_id": str(uuid.uuid4()), "user_question": text, "llm_response": "-", "sentiment": 1}))
        rec.check("warm-up.feedback", fb == {"response": "feedback received"}, fb)
        auth = await rec.timed("warm-up.auth", request_json(conn, "POST", "/auth", {"scope": "temporary"}))
        bearer = {"Authorization": "Bearer " + auth["access_token"]}
        await rec.timed("warm-up.init", request_json(conn, "POST", "/sessions?action=init", {}, bearer))
        files = [{"name": "large.txt", "content": base64.b64encode(text.encode()).decode()}]
        await rec.timed("warm-up.documents", request_json(conn, "POST", "/documents", {"files": files}, bearer))
        await rec.timed("warm-up.close", request_json(conn, "POST", "/sessions?action=close", {}, bearer))
    finally:
        await conn.close()


async def server_metrics(port, names):
    conn = HttpConnection(port)
    try:
        _, _, content = await conn.request("GET", "/metrics")
    finally:
        await conn.close()
    found = {}
    for line in content.decode().splitlines():
        for name in names:
            if line.startswith(name) and not line.startswith("#"):
                found[line.rsplit(" ", 1)[0]] = line.rsplit(" ", 1)[1]
    return found


async def run_load(port, pid, minutes, rate, rec, minute_rows):
    """Every kind of visit started RATE times a second (phases spread), until MINUTES have passed; one
    sample of the server per minute."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    stop_at = start + minutes * 60
    tasks = set()
    in_flight = Counter()
    lag = Counter()

    async def visit(kind, n):
        in_flight[kind] += 1
        try:
            await FLOWS[kind](port, rec, n)
        except FlowAborted:
            pass
        finally:
            in_flight[kind] -= 1

    async def schedule(kind, phase):
        period = 1.0 / rate
        n = 0
        while True:
            t = start + phase * period + n * period
            if t >= stop_at:
                return
            await asyncio.sleep(max(0.0, t - loop.time()))
            lag[kind] = max(lag[kind], loop.time() - t)
            if in_flight[kind] >= MAX_IN_FLIGHT:
                rec.requests[kind + ".skipped"] += 1
                rec.error(kind + ".skipped", f"{MAX_IN_FLIGHT} visits still running")
            else:
                task = asyncio.create_task(visit(kind, n))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            n += 1

    async def monitor():
        cpu0 = cpu_seconds(pid)
        for minute in range(1, minutes + 1):
            await asyncio.sleep(max(0.0, start + minute * 60 - loop.time()))
            cpu1 = cpu_seconds(pid)
            row = (minute, rss_kb(pid), sum(fds(pid).values()), (cpu1 - cpu0) / 60.0 * 100.0, loadavg(),
                   sum(rec.requests.values()), sum(rec.errors.values()), threads(pid),
                   status_field(pid, "RssAnon"), status_field(pid, "RssFile"))
            cpu0 = cpu1
            minute_rows.append(row)
            print(f"minute {row[0]:3d}: RSS {row[1] / 1024:7.1f} MiB (anonymous {row[8] / 1024:.1f}, files "
                  f"{row[9] / 1024:.1f}), fds {row[2]:4d}, server CPU {row[3]:5.1f} %, "
                  f"threads {row[7]}, load {row[4]}, requests {row[5]}, errors {row[6]}", flush=True)

    kinds = list(FLOWS)
    await asyncio.gather(monitor(), *(schedule(k, i / len(kinds)) for i, k in enumerate(kinds)))
    if tasks:
        done, pending = await asyncio.wait(tasks, timeout=120)
        for task in pending:
            task.cancel()
            rec.error("shutdown", "a visit still running 120 s after the load stopped")
    return lag


async def main():
    port, pid, minutes, rate = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    failures = []

    cold_fds = sum(fds(pid).values())
    # One visit of each kind before the load, so that what the server opens once on first use (database
    # connections, the store) is part of the idle count; then idle until nothing changes for 3 s.
    warm = Recorder()
    for i, kind in enumerate(FLOWS):
        try:
            await FLOWS[kind](port, warm, 900000 + i)
        except FlowAborted:
            pass
    # About 4 MB written to each database (one long feedback, one large document stored and deleted): the
    # server starts a thread of its own for a database whose write-ahead log grows past a few MB (the
    # checkpoint thread), once, for good; it belongs in the idle count as well.
    try:
        await fill_databases(port, warm)
    except FlowAborted:
        pass
    for kind, count in warm.errors.items():
        failures.append(f"warm-up {kind}: {count} errors: {warm.error_samples[kind]}")
    warm_fds = sum(fds(pid).values())
    # Idle: the server's thread pools let an unused thread go after 30 s (with what it opened); wait that out,
    # then until nothing changes for 3 s.
    settle_until = time.monotonic() + IDLE_SETTLE
    idle, stable_since = fds(pid), time.monotonic()
    while time.monotonic() < settle_until or time.monotonic() - stable_since < 3:
        await asyncio.sleep(0.5)
        now = fds(pid)
        if now != idle:
            idle, stable_since = now, time.monotonic()
    idle_fds, idle_rss, idle_threads = sum(idle.values()), rss_kb(pid), threads(pid)
    idle_names = thread_names(pid)
    idle_anon, idle_file = status_field(pid, "RssAnon"), status_field(pid, "RssFile")
    print(f"idle before the load: {idle_fds} fds ({cold_fds} right after start, {warm_fds} right after the warm-up), "
          f"RSS {idle_rss / 1024:.1f} MiB, {idle_threads} threads {dict(sorted(idle_names.items()))}", flush=True)

    rec = Recorder()
    minute_rows = []
    cpu_load0, driver0 = cpu_seconds(pid), os.times()
    lag = await run_load(port, pid, minutes, rate, rec, minute_rows)
    end_rss, end_anon = rss_kb(pid), status_field(pid, "RssAnon")
    load_cpu = cpu_seconds(pid) - cpu_load0
    driver_cpu = (os.times().user - driver0.user) + (os.times().system - driver0.system)

    # The load has stopped and every client connection is closed: wait for the descriptors to come back.
    waited, end = 0, fds(pid)
    closed_fds = sum(end.values())
    idle_kept = sqlite_kept(idle)
    while sum(end.values()) - sqlite_kept(end) > idle_fds - idle_kept and waited < FD_WAIT:
        await asyncio.sleep(1)
        waited += 1
        end = fds(pid)
    end_fds, after_rss, end_threads = sum(end.values()), rss_kb(pid), threads(pid)
    end_kept = sqlite_kept(end)
    gauges = await server_metrics(port, ("aistack_http_open_connections", "aistack_websocket_connections",
                                         "aistack_stacks_active", "aistack_sessions_active"))

    total = minutes * 60
    print()
    print(f"== summary: {minutes} min, {rate:g} visits/s of each kind (kiss-rest, kiss-ws, lcs, metrics)")
    print(f"{'kind':26s} {'requests':>8s} {'errors':>6s} | {'first minute: n':>15s} {'p50':>7s} {'p99':>7s} |"
          f" {'last minute: n':>14s} {'p50':>7s} {'p99':>7s}  (ms)")
    kinds = sorted(set(rec.requests) | set(rec.errors))
    for kind in kinds:
        first = [ms for t, ms in rec.samples[kind] if t < 60]
        last = [ms for t, ms in rec.samples[kind] if t >= total - 60]
        print(f"{kind:26s} {rec.requests[kind]:8d} {rec.errors[kind]:6d} | {len(first):15d} {percentile(first, 50):7.1f}"
              f" {percentile(first, 99):7.1f} | {len(last):14d} {percentile(last, 50):7.1f} {percentile(last, 99):7.1f}")
    requests, errors = sum(rec.requests.values()), sum(rec.errors.values())
    print(f"{'all':26s} {requests:8d} {errors:6d} | {requests / total:.1f} requests/s over the run")
    for kind in sorted(rec.error_samples):
        for sample in rec.error_samples[kind]:
            print(f"error {kind}: {sample}")
    if errors:
        failures.append(f"{errors} errors")

    print()
    print("minute  RSS MiB  (anonymous  files)  fds  threads  server CPU %  load average (1 5 15 min)")
    print(f"{'idle':>6s} {idle_rss / 1024:8.1f}  {idle_anon / 1024:10.1f} {idle_file / 1024:6.1f}  {idle_fds:4d} "
          f"{idle_threads:8d}")
    for minute, rss, nfds, cpu, load, _, _, nthreads, anon, file in minute_rows:
        print(f"{minute:6d} {rss / 1024:8.1f}  {anon / 1024:10.1f} {file / 1024:6.1f}  {nfds:4d} {nthreads:8d} "
              f"{cpu:12.1f}  {load}")
    base_minute = min(BASELINE_MINUTE, max(1, minutes // 2))
    base = next((r[1] for r in minute_rows if r[0] == base_minute), None)
    base_anon = next((r[8] for r in minute_rows if r[0] == base_minute), None)
    if base and minutes > base_minute:
        growth = (end_rss - base) * 100.0 / base
        peak = max(r[1] for r in minute_rows if r[0] >= base_minute)
        print(f"RSS growth after minute {base_minute}: {base / 1024:.1f} -> {end_rss / 1024:.1f} MiB at the end of the "
              f"load = {growth:+.1f} % (peak {peak / 1024:.1f} MiB; target < {GROWTH_LIMIT:g} %); "
              f"{after_rss / 1024:.1f} MiB once idle")
        print(f"anonymous memory (the heap; the rest of RSS is mapped files, the databases read through mmap): "
              f"{base_anon / 1024:.1f} -> {end_anon / 1024:.1f} MiB = {(end_anon - base_anon) * 100.0 / base_anon:+.1f} %")
        if growth >= GROWTH_LIMIT:
            failures.append(f"RSS grew {growth:.1f} % after minute {base_minute}")
    else:
        print("RSS growth: the run is too short to measure it")
    print(f"server CPU during the load: {load_cpu:.0f} s ({load_cpu * 100.0 / total:.1f} % of one core); "
          f"load driver: {driver_cpu:.0f} s; latest visit start {max(lag.values() or [0]) * 1000:.0f} ms late")
    print(f"fds: {idle_fds} idle before the load, {end_fds} at the end ({closed_fds} when the load stopped and its "
          f"connections closed, {end_fds} {waited} s later); threads {idle_threads} idle, {end_threads} at the end")
    print(f"     of which SQLite database files kept open after their connection closed (reused by the next, closed "
          f"with the last): {idle_kept} idle, {end_kept} at the end; the others: {idle_fds - idle_kept} idle, "
          f"{end_fds - end_kept} at the end (target: back to the idle count)")
    print("server gauges at the end: " + ", ".join(f"{k} {v}" for k, v in sorted(gauges.items())))
    if end_fds - end_kept > idle_fds - idle_kept:
        extra = end - idle
        failures.append(f"{end_fds - end_kept} fds at the end, {idle_fds - idle_kept} idle (besides the ones SQLite "
                        f"keeps): more {dict(extra)}; threads that were not "
                        f"there at idle: {dict(thread_names(pid) - idle_names) or 'none'}")
    stacks = [v for k, v in gauges.items() if k.startswith("aistack_stacks_active")]
    if any(float(v) != 0 for v in stacks):
        failures.append(f"stacks still active after every session closed: {stacks}")

    print()
    if failures:
        for f in failures:
            print("MISSED: " + f)
        return 1
    print("all targets met: 0 errors, RSS growth < 10 %, fds back to the idle count, no stack left active")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

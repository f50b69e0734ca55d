"""The CPU that /v1/query cannot avoid with the embedded store and a SQLite database, part by part.

Measured after the bench, on the bench's own databases, through Debian's sqlite3 module (the same libsqlite3
that aistack loads), each on one idle core, best of five rounds:
  - the keyword search: the store's statement `... MATCH ? ORDER BY rank LIMIT 50` (FTS5's BM25), with the OR
    of the question's quoted content words, as the store builds it for the bench question;
  - reading the best chunk back: `SELECT id, chunk_id, doc_id, text, metadata FROM rag_chunks WHERE id IN (?)`;
  - committing a turn: a `user_conversation` row and a `conversation_turn` row shaped like the bench's own,
    with time-ordered ids, 64 turns per transaction, WAL with synchronous=NORMAL and SQLite's own checkpoints.
The module's own cost per statement (an empty `SELECT ?`) is subtracted. Prints µs per request for each part
and their sum; the last field of each line is the number.
Usage: floor_costs.py VECTORS_DB APP_DB QUESTION
"""
import re
import sqlite3
import sys
import time

STOP = {"what", "the", "a", "an", "is", "are", "of", "to", "in", "and", "or", "how", "why", "who", "which"}


def best_of(work, n, rounds=5):
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        work(n)
        best = min(best, (time.perf_counter() - start) / n * 1e6)
    return best


def statement_cost(db, sql, args, n=20000):
    def work(count):
        for _ in range(count):
            db.execute(sql, args).fetchall()
    return best_of(work, n)


def main():
    vectors = sqlite3.connect(sys.argv[1])
    table = vectors.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'rag_fts_[0-9]*' "
        "AND name NOT GLOB 'rag_fts_*_*'").fetchone()[0]
    words = []
    for w in re.findall(r"\w+", sys.argv[3].lower()):
        if w not in STOP and w not in words:
            words.append(w)
    match = " OR ".join('"%s"' % w for w in words)
    chunk = vectors.execute("SELECT min(id) FROM rag_chunks").fetchone()[0]
    empty = statement_cost(vectors, "SELECT ?", (1,))
    search = statement_cost(
        vectors, f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?", (match, 50)) - empty
    fetch = statement_cost(
        vectors, "SELECT id, chunk_id, doc_id, text, metadata FROM rag_chunks WHERE id IN (?)", (chunk,)) - empty

    app = sqlite3.connect(sys.argv[2], isolation_level=None)
    app.execute("PRAGMA journal_mode=WAL")
    app.execute("PRAGMA synchronous=NORMAL")
    conversation = app.execute("SELECT * FROM user_conversation LIMIT 1").fetchone()
    turn = app.execute("SELECT * FROM conversation_turn LIMIT 1").fetchone()
    sequence = [0]

    def commit(count):
        for _ in range(count // 64):
            app.execute("BEGIN")
            for _ in range(64):
                sequence[0] += 1
                ms = int(time.time() * 1000)
                cid = "%08x-%04x-7%03x-8%03x-%012x" % (ms >> 16, ms & 0xffff, 0, 0, sequence[0])
                app.execute("INSERT INTO user_conversation VALUES (?, ?, ?, ?, ?, ?, 1)",
                            (cid,) + tuple(conversation[1:6]))
                app.execute("INSERT INTO conversation_turn (conversation_id, user_message, assistant_message, "
                            "system_prompt, started_at, completed_at, model, provider, referenced_documents) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (cid,) + tuple(turn[2:]))
            app.execute("COMMIT")
    store = best_of(commit, 64 * 200) - 2 * empty

    print(f"keyword search on {vectors.execute('SELECT count(*) FROM rag_chunks').fetchone()[0]} chunk(s), "
          f"MATCH {match}, FTS5 BM25 (µs): {search:.0f}")
    print(f"reading the chunk back (µs): {fetch:.0f}")
    print(f"committing the turn, 64 per transaction (µs): {store:.0f}")
    print(f"floor of the storage work per /v1/query (µs): {search + fetch + store:.0f}")


if __name__ == "__main__":
    main()

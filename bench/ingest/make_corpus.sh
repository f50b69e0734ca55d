#!/usr/bin/env bash
# Builds a corpus of real text files for the ingestion figures: Debian's own documentation on this machine
# (/usr/share/doc and /usr/share/common-licenses: copyright files, READMEs, HTML and Markdown docs, and the
# gzipped changelogs unpacked), each file under a name aistack reads (.txt added where the name has no
# supported extension), up to COUNT files (default 5300) of at most MAX_KB each (default 200: the corpus of
# the figures, about 15 kB a file on average).
# Usage: bench/ingest/make_corpus.sh OUT_DIR [COUNT]
set -euo pipefail
out="${1:?usage: make_corpus.sh OUT_DIR [COUNT]}"
count="${2:-5300}"
mkdir -p "$out"
n=0
add() { # source-path reader
    local src="$1" how="$2" base ext name
    base="$(echo "${src#/usr/share/}" | tr '/' '_')"
    base="${base%.gz}"
    ext="${base##*.}"
    case "$ext" in txt|md|markdown|html|htm|csv|json) name="$base" ;; *) name="$base.txt" ;; esac
    if [ "$how" = gz ]; then gzip -dc "$src" > "$out/$name" 2>/dev/null || { rm -f "$out/$name"; return; }
    else cp "$src" "$out/$name"; fi
    # Binary files (images, fonts) are not part of a text corpus.
    if [ ! -s "$out/$name" ] || ! grep -Iq . "$out/$name" || [ "$(stat -c %s "$out/$name")" -gt $((${MAX_KB:-200} * 1024)) ]; then
        rm -f "$out/$name"
        return
    fi
    n=$((n + 1))
}
while IFS= read -r -d '' f; do
    [ "$n" -ge "$count" ] && break
    add "$f" plain
done < <(find /usr/share/common-licenses /usr/share/doc -type f ! -name '*.gz' -print0 | sort -z)
while IFS= read -r -d '' f; do
    [ "$n" -ge "$count" ] && break
    add "$f" gz
done < <(find /usr/share/doc -type f -name '*.gz' -print0 | sort -z)
echo "$n files, $(du -sm "$out" | cut -f1) MB in $out"

#!/usr/bin/env bash
# Peak memory of `pgseal split` and `cat --all` on dumps of different sizes:
# streaming means the same few tens of MiB whatever the input.
#
# Usage: benches/memory.sh DUMP...
#   Make dumps with compare.sh, e.g. about 100 MB and 2 GB:
#     KEEP_DUMP=/tmp/d100.sql bash benches/compare.sh 3 1
#     KEEP_DUMP=/tmp/d2g.sql  bash benches/compare.sh 57 1
# Needs age and GNU time. Checks that `cat --all` gives back the input.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
(cd "$REPO" && cargo build --release --quiet)
PGSEAL="$REPO/target/release/pgseal"
WORK=$(mktemp -d /tmp/pgseal-mem.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
age-keygen -o "$WORK/key.txt" 2>/dev/null
grep '^# public key:' "$WORK/key.txt" | awk '{print $4}' > "$WORK/recipients.txt"

printf '%-12s %14s %14s\n' "input" "split RSS" "cat --all RSS"
for dump in "$@"; do
    rm -rf "$WORK/archive"
    /usr/bin/time -o "$WORK/t1" -f "%M" "$PGSEAL" -q split "$dump" -o "$WORK/archive" -R "$WORK/recipients.txt"
    /usr/bin/time -o "$WORK/t2" -f "%M" "$PGSEAL" cat "$WORK/archive" -i "$WORK/key.txt" --all |
        cmp -s - "$dump" || { echo "cat --all differs from $dump" >&2; exit 1; }
    printf '%-12s %10s MiB %10s MiB\n' "$(( $(stat -c %s "$dump") / 1048576 )) MiB" \
        "$(( $(tail -1 "$WORK/t1") / 1024 ))" "$(( $(tail -1 "$WORK/t2") / 1024 ))"
done

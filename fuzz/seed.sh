#!/usr/bin/env bash
# Seed fuzz/corpus/{scanner,split_roundtrip} from the real dumps: each dump
# is cut at line boundaries into pieces of at most MAX bytes (default 4000,
# about libFuzzer's default input size), and each piece gets the control
# bytes its target reads first. The corpus is not committed (.gitignore).
#
#   bash fuzz/seed.sh            # from the repository root, or from fuzz/
#   MAX=16000 bash fuzz/seed.sh  # bigger pieces
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# The wild dump corpus, as in the tests: PGSEAL_WILD_DUMPS, else beside the
# repository. Optional.
wild=${PGSEAL_WILD_DUMPS:-$here/../../shared/wild-dumps}
cd "$here"
max=${MAX:-4000}
dumps=(../testdata/dumps/*.sql)
if [ -d "$wild" ]; then
    dumps+=("$wild"/*.sql)
fi
mkdir -p corpus/scanner corpus/split_roundtrip
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${dumps[@]}"; do
    split -C "$max" -d -a 4 "$f" "$tmp/$(basename "$f" .sql)."
done
n=0
for piece in "$tmp"/*; do
    name=$(basename "$piece")
    # scanner: two bytes choose where the input is cut in two.
    { printf '\x00\x08'; cat "$piece"; } >"corpus/scanner/$name"
    # split_roundtrip: bit 0 prepends a banner (pieces other than a dump's
    # first need one), the other bits choose the chunk size (1 + 32 here).
    case $name in
    *.0000) ctl='\x40' ;;
    *) ctl='\x41' ;;
    esac
    { printf "$ctl"; cat "$piece"; } >"corpus/split_roundtrip/$name"
    n=$((n + 1))
done
echo "seeded $n inputs per target from ${#dumps[@]} dumps"

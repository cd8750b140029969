#!/usr/bin/env bash
# Times `pgseal restore --jobs N` against `psql -f dump.sql` into equal fresh
# clusters, on a multi-database pg_dumpall made with a real server: DBS
# databases, each with `pgbench -i -s SCALE` plus a table of text and jsonb
# documents (GIN-indexed).
#
#   bash benches/restore_compare.sh                                  # about 400 MB of dump
#   SCALE=2 DBS=4 DOC_ROWS=60000 bash benches/restore_compare.sh     # about 175 MB
#
# Environment:
#   PG_BIN    PostgreSQL programs (default: /usr/lib/postgresql/15/bin)
#   SCALE     pgbench scale per database (default 5; 1 is about 10 MB of dump)
#   DBS       databases (default 4)
#   DOC_ROWS  rows of the text/jsonb table per database (default 100000; about 0.4 KB each)
#   JOBS      pgseal restore --jobs (default 2)
#   PGSEAL    the pgseal binary (default: target/release/pgseal, built if missing)
#   WORK      where the clusters and the dump go (default: a new directory in /tmp)
#   PG_OPTS   extra server options for every cluster (default: none)
#   KEEP=1    leave WORK (dump, archive, key) in place; the servers are stopped
#
# Not run by the tests. As root, the servers run as the `postgres` OS user.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SCALE=${SCALE:-5}
DBS=${DBS:-4}
DOC_ROWS=${DOC_ROWS:-100000}
JOBS=${JOBS:-2}
PG_OPTS=${PG_OPTS:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PGSEAL=${PGSEAL:-$ROOT/target/release/pgseal}

for p in initdb pg_ctl postgres psql pg_dumpall pgbench; do
    if [ ! -x "$PG_BIN/$p" ]; then
        echo "restore_compare: $PG_BIN/$p is missing (set PG_BIN)" >&2
        exit 1
    fi
done
if ! command -v age-keygen >/dev/null; then
    echo "restore_compare: age-keygen is missing (install age)" >&2
    exit 1
fi
if [ ! -x "$PGSEAL" ]; then
    echo "restore_compare: building pgseal (release)" >&2
    cargo build --release --manifest-path "$ROOT/Cargo.toml" --quiet
    PGSEAL=$ROOT/target/release/pgseal
fi

WORK=${WORK:-$(mktemp -d /tmp/pgseal-bench-XXXXXX)}
mkdir -p "$WORK"
AS=()
if [ "$(id -u)" = 0 ]; then
    AS=(runuser -u postgres --)
    chown postgres: "$WORK"
fi

CLUSTERS=()
cleanup() {
    for d in "${CLUSTERS[@]}"; do
        "${AS[@]}" "$PG_BIN/pg_ctl" -D "$d/data" -m immediate -s stop >/dev/null 2>&1 || true
    done
    if [ "${KEEP:-}" = 1 ]; then
        echo "restore_compare: kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# start_cluster NAME PORT: initdb + start, socket in $WORK/NAME, no TCP.
start_cluster() {
    local dir=$WORK/$1 port=$2
    mkdir -p "$dir"
    if [ ${#AS[@]} -gt 0 ]; then
        chown postgres: "$dir"
    fi
    "${AS[@]}" "$PG_BIN/initdb" -D "$dir/data" --auth=trust -U postgres \
        --encoding=UTF8 --locale=C --no-sync >/dev/null
    "${AS[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
        -o "-k $dir -c listen_addresses='' -p $port $PG_OPTS" start
    CLUSTERS+=("$dir")
}

PORT=$((30000 + RANDOM % 20000))
psql_to() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$WORK/$1" -p "$2" -U postgres "${@:3}"; }

echo "restore_compare: source cluster: $DBS databases: pgbench scale $SCALE + $DOC_ROWS documents each" >&2
start_cluster src "$PORT"
psql_to src "$PORT" -d postgres -c "CREATE ROLE bench_owner LOGIN"
for i in $(seq 1 "$DBS"); do
    psql_to src "$PORT" -d postgres -c "CREATE DATABASE bench$i OWNER bench_owner"
    "$PG_BIN/pgbench" -q -i -s "$SCALE" -h "$WORK/src" -p "$PORT" -U bench_owner "bench$i" 2>/dev/null
    psql_to src "$PORT" -d "bench$i" -U bench_owner -c "
CREATE TABLE documents (id bigint PRIMARY KEY, title text, body text, doc jsonb);
INSERT INTO documents
SELECT g, 'document ' || g, repeat(md5((g + $i)::text), 8),
       jsonb_build_object('id', g, 'tags', jsonb_build_array(md5(g::text), g % 7, 'tag' || (g % 100)),
                          'nested', jsonb_build_object('a', g * 2, 'b', md5((g * 3)::text), 'ok', g % 2 = 0))
FROM generate_series(1, $DOC_ROWS) g;
CREATE INDEX documents_doc ON documents USING gin (doc);
CREATE INDEX documents_title ON documents (title);"
done

"$PG_BIN/pg_dumpall" -h "$WORK/src" -p "$PORT" -U postgres -f "$WORK/dump.sql"
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/src/data" -m fast -s stop
DUMP_BYTES=$(stat -c %s "$WORK/dump.sql")

age-keygen -o "$WORK/key.txt" 2>/dev/null
RECIPIENT=$(sed -n 's/^# public key: //p' "$WORK/key.txt")
t0=$(now)
"$PGSEAL" split -q "$WORK/dump.sql" -o "$WORK/archive" -r "$RECIPIENT"
t1=$(now)
SPLIT_S=$(secs "$t0" "$t1")
SEALED=$(du -sb "$WORK/archive" | cut -f1)

# Equal fresh clusters, started before the clocks run.
start_cluster psql_target $((PORT + 1))
start_cluster pgseal_target $((PORT + 2))

# psql -f: ON_ERROR_STOP=0, since every pg_dumpall output has CREATE ROLE postgres.
t0=$(now)
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=0 -h "$WORK/psql_target" -p $((PORT + 1)) -U postgres \
    -d postgres -f "$WORK/dump.sql" >/dev/null 2>"$WORK/psql.err" || true
t1=$(now)
PSQL_S=$(secs "$t0" "$t1")
PSQL_ERRORS=$(grep -c 'ERROR:' "$WORK/psql.err" || true)

t0=$(now)
PATH=$PG_BIN:$PATH "$PGSEAL" restore "$WORK/archive" -i "$WORK/key.txt" --jobs "$JOBS" -q \
    -h "$WORK/pgseal_target" -p $((PORT + 2)) -U postgres
t1=$(now)
PGSEAL_S=$(secs "$t0" "$t1")

# Same data on both sides?
rows() {
    for db in $(seq 1 "$DBS"); do
        psql_to "$1" "$2" -d "bench$db" -At -c \
            "SELECT (SELECT count(*) FROM pgbench_accounts), count(*), sum(length(doc::text)) FROM documents"
    done
}
if [ "$(rows psql_target $((PORT + 1)))" != "$(rows pgseal_target $((PORT + 2)))" ]; then
    echo "restore_compare: the two clusters differ" >&2
    exit 1
fi

CORES=$(nproc)
echo
echo "dump: $(awk -v b="$DUMP_BYTES" 'BEGIN { printf "%.1f MB", b / 1e6 }') ($DBS databases + globals), sealed $(awk -v b="$SEALED" 'BEGIN { printf "%.1f MB", b / 1e6 }'), split in ${SPLIT_S} s"
echo "machine: $CORES cores; PostgreSQL $("$PG_BIN/postgres" --version | sed 's/.*) //')"
echo "psql -f dump.sql:              ${PSQL_S} s  (ON_ERROR_STOP=0, $PSQL_ERRORS errors: role \"postgres\" already exists)"
echo "pgseal restore --jobs $JOBS:       ${PGSEAL_S} s  (decrypt + decompress + psql per part)"
echo "ratio psql / pgseal:           $(awk -v a="$PSQL_S" -v b="$PGSEAL_S" 'BEGIN { printf "%.2fx", a / b }')"

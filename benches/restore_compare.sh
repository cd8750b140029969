#!/usr/bin/env bash
# Times three ways of restoring one multi-database cluster, each into its own
# fresh cluster, one cluster at a time, the order rotated between rounds:
#
#   psql -f dump.sql                       the pg_dumpall output as it is
#   psql -f globals.sql + pg_restore -C -j  what operators use instead: pg_dumpall -g,
#                                          then one directory-format pg_dump -Fd per
#                                          database, restored one after another
#   pgseal restore --jobs JOBS             the sealed archive of dump.sql
#
# and prints the medians of ROUNDS rounds with the ratios. The source cluster
# is made with a real server in one of these shapes:
#
#   similar  DBS databases of about equal size: pgbench -i -s SCALE plus
#            DOC_ROWS text/jsonb documents (GIN-indexed) each
#   big      one such database holding about 90% of the data, and three
#            small ones of documents only
#   schema   three databases of DDL_TABLES tables each; every table has an
#            index, a comment, a view, a plpgsql function, a grant, two rows
#
#   bash benches/restore_compare.sh                               # similar: about 400 MB of dump
#   SCALE=2 DBS=4 DOC_ROWS=60000 bash benches/restore_compare.sh  # similar: about 175 MB
#   SHAPE=big bash benches/restore_compare.sh                     # about 100 MB, a few minutes
#   SHAPE=schema bash benches/restore_compare.sh                  # 9000 tables
#
# Environment:
#   SHAPE       similar | big | schema (default similar)
#   PG_BIN      PostgreSQL programs (default: /usr/lib/postgresql/15/bin)
#   SCALE       pgbench scale of each (similar) or the big (big) database
#               (default 5; 1 is about 10 MB of dump)
#   DBS         databases, similar only (default 4)
#   DOC_ROWS    document rows per database (similar) or of the big one (big)
#               (default 100000; about 0.4 KB each)
#   DDL_TABLES  tables per database, schema only (default 3000)
#   JOBS        pgseal restore --jobs and pg_restore -j (default 2)
#   ROUNDS      rounds; the medians are printed (default 3)
#   PGSEAL      the pgseal binary (default: target/release/pgseal, built if missing)
#   WORK        where the clusters and dumps go (default: a new directory in /tmp)
#   PG_OPTS     extra server options for every cluster (default: none)
#               (schema is bound by a commit per statement: '-c synchronous_commit=off'
#               measures the rest)
#   KEEP=1      leave WORK (dumps, archive, key) in place; the servers are stopped
#
# Not run by the tests. As root, the servers run as the `postgres` OS user.
set -euo pipefail

SHAPE=${SHAPE:-similar}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SCALE=${SCALE:-5}
DBS=${DBS:-4}
DOC_ROWS=${DOC_ROWS:-100000}
DDL_TABLES=${DDL_TABLES:-3000}
JOBS=${JOBS:-2}
ROUNDS=${ROUNDS:-3}
PG_OPTS=${PG_OPTS:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PGSEAL=${PGSEAL:-$ROOT/target/release/pgseal}

case $SHAPE in
    similar | big | schema) ;;
    *) echo "restore_compare: SHAPE=$SHAPE: use similar, big or schema" >&2; exit 2 ;;
esac
for p in initdb pg_ctl postgres psql pg_dumpall pg_dump pg_restore pgbench; do
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
        [ -d "$d/data" ] || continue
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
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }

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

# drop_cluster NAME: stop it and free its disk before the next one starts
# (at once: a fast stop checkpoints first, which can outlast pg_ctl's wait).
drop_cluster() {
    "${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/$1/data" -m immediate -s stop
    rm -rf "$WORK/$1"
}

PORT=$((30000 + RANDOM % 20000))
psql_to() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$WORK/$1" -p "$2" -U postgres "${@:3}"; }

# ------------------------------------------------------------ source cluster
# documents DB ROWS SALT: the text/jsonb table, GIN-indexed.
documents() {
    psql_to src "$PORT" -d "$1" -U bench_owner -c "
CREATE TABLE documents (id bigint PRIMARY KEY, title text, body text, doc jsonb);
INSERT INTO documents
SELECT g, 'document ' || g, repeat(md5((g + $3)::text), 8),
       jsonb_build_object('id', g, 'tags', jsonb_build_array(md5(g::text), g % 7, 'tag' || (g % 100)),
                          'nested', jsonb_build_object('a', g * 2, 'b', md5((g * 3)::text), 'ok', g % 2 = 0))
FROM generate_series(1, $2) g;
CREATE INDEX documents_doc ON documents USING gin (doc);
CREATE INDEX documents_title ON documents (title);"
}

pgbench_db() {
    "$PG_BIN/pgbench" -q -i -s "$2" -h "$WORK/src" -p "$PORT" -U bench_owner "$1" 2>/dev/null
}

# ddl_sql N: the statements of one schema-shape database.
ddl_sql() {
    awk -v n="$1" 'BEGIN {
        for (i = 1; i <= n; i++) {
            printf "CREATE TABLE t%d (id int PRIMARY KEY, name text NOT NULL, v int);\n", i
            printf "CREATE INDEX t%d_name ON t%d (name);\n", i, i
            printf "COMMENT ON TABLE t%d IS $$table %d$$;\n", i, i
            printf "CREATE VIEW v%d AS SELECT id, name FROM t%d WHERE v > 0;\n", i, i
            printf "CREATE FUNCTION f%d(x int) RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM t%d) + x; END $$;\n", i, i
            printf "GRANT SELECT ON t%d TO bench_reader;\n", i
            printf "INSERT INTO t%d VALUES (1, $$a%d$$, 1), (2, $$b%d$$, 0);\n", i, i, i
        }
    }'
}

make_source() {
    start_cluster src "$PORT"
    psql_to src "$PORT" -d postgres -c "CREATE ROLE bench_owner LOGIN" -c "CREATE ROLE bench_reader"
    local i small
    case $SHAPE in
        similar)
            echo "restore_compare: source: $DBS databases: pgbench scale $SCALE + $DOC_ROWS documents each" >&2
            for i in $(seq 1 "$DBS"); do
                psql_to src "$PORT" -d postgres -c "CREATE DATABASE bench$i OWNER bench_owner"
                pgbench_db "bench$i" "$SCALE"
                documents "bench$i" "$DOC_ROWS" "$i"
            done
            ;;
        big)
            # A scale unit is about 25000 documents' worth of dump: each small
            # database gets 1/27 of the big one, so the big one holds 90%.
            small=$(((SCALE * 25000 + DOC_ROWS) / 27))
            echo "restore_compare: source: bench1 with pgbench scale $SCALE + $DOC_ROWS documents, bench2-4 with $small documents" >&2
            psql_to src "$PORT" -d postgres -c "CREATE DATABASE bench1 OWNER bench_owner"
            pgbench_db bench1 "$SCALE"
            documents bench1 "$DOC_ROWS" 1
            for i in 2 3 4; do
                psql_to src "$PORT" -d postgres -c "CREATE DATABASE bench$i OWNER bench_owner"
                documents "bench$i" "$small" "$i"
            done
            ;;
        schema)
            echo "restore_compare: source: 3 databases of $DDL_TABLES tables (+ index, comment, view, function, grant) each" >&2
            ddl_sql "$DDL_TABLES" >"$WORK/ddl.sql"
            for i in 1 2 3; do
                psql_to src "$PORT" -d postgres -c "CREATE DATABASE bench$i OWNER bench_owner"
                psql_to src "$PORT" -d "bench$i" -U bench_owner -f "$WORK/ddl.sql"
            done
            ;;
    esac
    BENCH_DBS=$(psql_to src "$PORT" -d postgres -At -c \
        "SELECT datname FROM pg_database WHERE datname LIKE 'bench%' ORDER BY 1")
    local db
    DB_SIZES=$(for db in $BENCH_DBS; do
        psql_to src "$PORT" -d "$db" -At -F ' ' -c "SELECT current_database(),
            sum(pg_total_relation_size(oid)) FROM pg_class
            WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'm')"
    done | awk '{ printf "%s%s %.1f MB", sep, $1, $2 / 1e6; sep = ", " }')
}

# The three inputs, all from the same source cluster, made before any clock runs.
make_dumps() {
    local db t0
    "$PG_BIN/pg_dumpall" -h "$WORK/src" -p "$PORT" -U postgres -f "$WORK/dump.sql"
    "$PG_BIN/pg_dumpall" -h "$WORK/src" -p "$PORT" -U postgres -g -f "$WORK/globals.sql"
    t0=$(now)
    for db in $BENCH_DBS; do
        "$PG_BIN/pg_dump" -h "$WORK/src" -p "$PORT" -U postgres -Fd -j "$JOBS" \
            -f "$WORK/fd/$db" "$db"
    done
    PGDUMP_S=$(secs "$t0" "$(now)")
    drop_cluster src
    DUMP_BYTES=$(stat -c %s "$WORK/dump.sql")
    FD_BYTES=$(du -sb "$WORK/fd" | cut -f1)

    age-keygen -o "$WORK/key.txt" 2>/dev/null
    RECIPIENT=$(sed -n 's/^# public key: //p' "$WORK/key.txt")
    t0=$(now)
    "$PGSEAL" split -q "$WORK/dump.sql" -o "$WORK/archive" -r "$RECIPIENT"
    SPLIT_S=$(secs "$t0" "$(now)")
    SEALED=$(du -sb "$WORK/archive" | cut -f1)
}

# ------------------------------------------------------------------ routes
# Each route restores into the cluster $WORK/target on port $2; `psql -f`
# runs with ON_ERROR_STOP=0, since every pg_dumpall output (and pg_dumpall -g)
# has CREATE ROLE postgres. Their stderr goes to $WORK/ROUTE.err.
run_psql() {
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=0 -h "$WORK/target" -p "$1" -U postgres \
        -d postgres -f "$WORK/dump.sql" >/dev/null 2>"$WORK/psql.err" || true
}

run_pg_restore() {
    local db
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=0 -h "$WORK/target" -p "$1" -U postgres \
        -d postgres -f "$WORK/globals.sql" >/dev/null 2>"$WORK/pg_restore.err" || true
    for db in $BENCH_DBS; do
        "$PG_BIN/pg_restore" -h "$WORK/target" -p "$1" -U postgres -C -d postgres \
            -j "$JOBS" "$WORK/fd/$db" 2>>"$WORK/pg_restore.err" ||
            { echo "restore_compare: pg_restore of $db failed:" >&2; cat "$WORK/pg_restore.err" >&2; exit 1; }
    done
}

run_pgseal() {
    PATH=$PG_BIN:$PATH "$PGSEAL" restore "$WORK/archive" -i "$WORK/key.txt" --jobs "$JOBS" -q \
        -h "$WORK/target" -p "$1" -U postgres 2>"$WORK/pgseal.err" ||
        { echo "restore_compare: pgseal restore failed:" >&2; cat "$WORK/pgseal.err" >&2; exit 1; }
}

# fingerprint PORT: what must be the same after every route: per database,
# the objects in public and the documents / accounts rows.
fingerprint() {
    local db
    for db in $BENCH_DBS; do
        psql_to target "$1" -d "$db" -At -c "
SELECT '$db', (SELECT string_agg(relkind::text || count, ',' ORDER BY relkind) FROM
                 (SELECT relkind, count(*) FROM pg_class
                  WHERE relnamespace = 'public'::regnamespace GROUP BY relkind) k),
       (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace),
       (SELECT count(*) FROM pg_description WHERE objoid >= 16384),
       (SELECT count(*) FROM pg_class WHERE relacl IS NOT NULL AND relnamespace = 'public'::regnamespace)"
        if [ "$SHAPE" != schema ]; then
            psql_to target "$1" -d "$db" -At -c \
                "SELECT count(*), sum(length(doc::text)) FROM documents"
            if [ "$(psql_to target "$1" -d "$db" -At -c "SELECT to_regclass('pgbench_accounts') IS NOT NULL")" = t ]; then
                psql_to target "$1" -d "$db" -At -c "SELECT count(*), sum(abalance) FROM pgbench_accounts"
            fi
        fi
    done
}

ROUTES=(psql pg_restore pgseal)
declare -A LABEL=(
    [psql]="psql -f dump.sql"
    [pg_restore]="psql -f globals.sql + pg_restore -C -j $JOBS"
    [pgseal]="pgseal restore --jobs $JOBS"
)
declare -A TIMES

# one ROUTE PORT: a fresh cluster, the timed restore, the check, the cluster dropped.
one() {
    local route=$1 port=$2 t0 t1 fp
    start_cluster target "$port"
    t0=$(now)
    "run_$route" "$port"
    t1=$(now)
    TIMES[$route]+="$(secs "$t0" "$t1") "
    fp=$(fingerprint "$port")
    if [ -z "${REFERENCE:-}" ]; then
        REFERENCE=$fp
    elif [ "$fp" != "$REFERENCE" ]; then
        echo "restore_compare: the cluster restored by '${LABEL[$route]}' differs from the first one:" >&2
        diff <(echo "$REFERENCE") <(echo "$fp") >&2 || true
        exit 1
    fi
    drop_cluster target
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { m = int((NR + 1) / 2); if (NR % 2) print v[m]; else printf "%.2f\n", (v[m] + v[m + 1]) / 2 }'; }

make_source
mkdir -p "$WORK/fd"
make_dumps

for r in $(seq 0 $((ROUNDS - 1))); do
    for k in 0 1 2; do
        route=${ROUTES[$(((r + k) % 3))]}
        echo "restore_compare: round $((r + 1))/$ROUNDS: ${LABEL[$route]}" >&2
        PORT=$((PORT + 1))
        one "$route" "$PORT"
    done
done

declare -A MED
for route in "${ROUTES[@]}"; do MED[$route]=$(median <<<"${TIMES[$route]}"); done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

echo
echo "shape: $SHAPE: $DB_SIZES (tables and indexes in the source)"
echo "dump.sql $(mb "$DUMP_BYTES"), sealed $(mb "$SEALED") (split in ${SPLIT_S} s); pg_dump -Fd $(mb "$FD_BYTES") (made in ${PGDUMP_S} s)"
echo "machine: $(nproc) cores; PostgreSQL $("$PG_BIN/postgres" --version | sed 's/.*) //'); JOBS=$JOBS, ROUNDS=$ROUNDS, each into a fresh cluster"
echo
printf '%-44s %9s   %s\n' route "median s" "rounds (s)"
for route in "${ROUTES[@]}"; do
    printf '%-44s %9s   %s\n' "${LABEL[$route]}" "${MED[$route]}" "${TIMES[$route]% }"
done
echo
printf '%-44s %9s\n' "pgseal / pg_restore route" "$(ratio "${MED[pgseal]}" "${MED[pg_restore]}")"
printf '%-44s %9s\n' "pgseal / psql -f" "$(ratio "${MED[pgseal]}" "${MED[psql]}")"
echo "psql -f errors: $(grep -c 'ERROR:' "$WORK/psql.err" || true) (role \"postgres\" already exists); pg_restore route: $(grep -c 'ERROR:' "$WORK/pg_restore.err" || true)"

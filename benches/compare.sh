#!/usr/bin/env bash
# Compare `pgseal split` with the pipeline every user already has:
#
#   pg_dumpall | zstd -3 -T0 | age -R keys > all.sql.zst.age
#
# on a real pg_dumpall of a few hundred MB (several databases: pgbench tables
# plus text, numbers, timestamps and jsonb), in alternating runs on the same
# input, and print the median ratios and peak memory. Also: `cat --all`
# against `age -d | zstd -d`, split with -T 1 against -T 2, and a gzip-compressed
# dump against `gzip -dc | zstd | age`. With `garage` on PATH (Garage 2.5.0,
# installed by testdata/pg-install.sh), also split to a local Garage S3 server
# (started here on 127.0.0.1, data in the work directory) against split to a
# local directory.
#
# Usage: benches/compare.sh [SCALE] [RUNS]
#   (DUMP=path uses an existing dump; KEEP_DUMP=path keeps the generated one;
#   DDL_TABLES=N makes a schema-heavy dump instead: N tables per database, each
#   with an index, a comment, an owner and grants, and a view and a function
#   for every tenth, in 40 schemas: the worst case for the splitter)
#   SCALE  pgbench scale factor per database (default 10: ~360 MB in all)
#   RUNS   timed runs of each command (default 5)
# Needs: PostgreSQL 15 at /usr/lib/postgresql/15/bin (testdata/pg-install.sh),
# age, zstd, GNU time. Runs as root (the server runs as `postgres`).
set -euo pipefail

SCALE=${1:-10}
RUNS=${2:-5}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
WORK=$(mktemp -d /tmp/pgseal-bench.XXXXXX)
chmod 755 "$WORK"
PORT=$((20000 + RANDOM % 20000))
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    if declare -F garage_stop >/dev/null; then garage_stop; fi
    as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate -s stop 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building pgseal (release)"
(cd "$REPO" && cargo build --release --quiet)
PGSEAL="$REPO/target/release/pgseal"

if [[ -n ${DUMP:-} ]]; then
    echo "== using the dump $DUMP"
else
DUMP="$WORK/dump.sql"
if [[ -n ${DDL_TABLES:-} ]]; then
    echo "== generating a schema-heavy pg_dumpall of 3 databases of $DDL_TABLES tables"
else
    echo "== generating a pg_dumpall of 3 databases at pgbench scale $SCALE"
fi
mkdir "$WORK/data" "$WORK/sock"
chown postgres "$WORK/data" "$WORK/sock" 2>/dev/null || true
as_pg "$PGBIN/initdb" -D "$WORK/data" -U postgres --auth=trust >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -s -w -l "$WORK/data/log" \
    -o "-k $WORK/sock -p $PORT -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c max_locks_per_transaction=1024" start
PSQL=("$PGBIN/psql" -X -q -h "$WORK/sock" -p "$PORT" -U postgres -v ON_ERROR_STOP=1)
if [[ -n ${DDL_TABLES:-} ]]; then
"${PSQL[@]}" -d postgres -c 'CREATE ROLE app_owner; CREATE ROLE reader; CREATE ROLE "Writer Role";'
for db in crm billing "tenant data"; do
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE \"$db\""
    PGOPTIONS='-c client_min_messages=warning' "${PSQL[@]}" -d "$db" <<SQL
DO \$\$
DECLARE i int; s text;
BEGIN
  FOR i IN 1..$DDL_TABLES LOOP
    s := 'tenant_' || (i % 40);
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION app_owner', s);
    EXECUTE format('CREATE TABLE %I.t%s (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now(), amount numeric(12,2), tags text[], data jsonb, CONSTRAINT c%s CHECK (amount >= 0))', s, i, i);
    EXECUTE format('CREATE INDEX ON %I.t%s (name, created_at)', s, i);
    EXECUTE format('COMMENT ON TABLE %I.t%s IS %L', s, i, 'Table ' || i || ' of ' || s || '; it''s here for tests');
    EXECUTE format('ALTER TABLE %I.t%s OWNER TO app_owner', s, i);
    EXECUTE format('GRANT SELECT ON %I.t%s TO reader', s, i);
    EXECUTE format('GRANT INSERT, UPDATE ON %I.t%s TO "Writer Role"', s, i);
    IF i % 10 = 0 THEN
      EXECUTE format('CREATE VIEW %I.v%s AS SELECT id, name FROM %I.t%s WHERE amount > 10', s, i, s, i);
      EXECUTE format('CREATE FUNCTION %I.f%s(x int) RETURNS int LANGUAGE plpgsql AS \$f\$ BEGIN RETURN x + %s; END \$f\$', s, i, i);
    END IF;
  END LOOP;
END \$\$;
SQL
done
else
for db in shop analytics "audit log"; do
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE \"$db\""
    "$PGBIN/pgbench" -q -i -s "$SCALE" -h "$WORK/sock" -p "$PORT" -U postgres "$db" >/dev/null 2>&1
    "${PSQL[@]}" -d "$db" <<SQL
CREATE TABLE events (id bigint, at timestamptz, kind text, payload jsonb, note text);
INSERT INTO events
SELECT g, now() - g * interval '1 second', (ARRAY['login','logout','buy','view'])[1 + g % 4],
       jsonb_build_object('user', g % 9973, 'items', jsonb_build_array(g % 7, g % 11), 'ok', g % 3 = 0),
       md5(g::text) || ' ' || repeat(chr(97 + g % 26), 1 + g % 40)
FROM generate_series(1, $((SCALE * 20000))) g;
SQL
done
fi
"$PGBIN/pg_dumpall" -h "$WORK/sock" -p "$PORT" -U postgres > "$DUMP"
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m fast -s stop
if [[ -n ${KEEP_DUMP:-} ]]; then cp "$DUMP" "$KEEP_DUMP"; fi
fi
SIZE=$(stat -c %s "$DUMP")
echo "   dump: $((SIZE / 1048576)) MiB"

echo "== compressing a copy with gzip -6 (for the gzip runs)"
gzip -6 -c "$DUMP" > "$WORK/dump.sql.gz"

S3=
if command -v garage >/dev/null && [[ ${NO_S3:-} != 1 ]]; then
    echo "== starting Garage on 127.0.0.1 (S3 runs)"
    source "$REPO/benches/garage.sh"
    garage_start "$WORK/garage"
    S3=1
fi

age-keygen -o "$WORK/key.txt" 2>/dev/null
grep '^# public key:' "$WORK/key.txt" | awk '{print $4}' > "$WORK/recipients.txt"

# time_run LABEL CMD...: wall seconds and peak RSS (KiB) of one run.
declare -A WALL RSS
# (GNU time gives memory; its wall clock has only 10 ms steps.)
time_run() {
    local label=$1; shift
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -o "$WORK/time" -f "%M" "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    WALL[$label]+="$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.4f", b - a}') "
    RSS[$label]+="$(tail -1 "$WORK/time") "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

steal_start=$(awk '/^cpu /{print $9}' /proc/stat)
echo "== $RUNS alternating runs"
for ((i = 1; i <= RUNS; i++)); do
    rm -rf "$WORK/archive"
    time_run pipeline sh -c "zstd -q -3 -T0 -c '$DUMP' | age -R '$WORK/recipients.txt' > '$WORK/all.sql.zst.age'"
    time_run split "$PGSEAL" -q split "$DUMP" -o "$WORK/archive" -R "$WORK/recipients.txt" --force
    time_run split_T1 "$PGSEAL" -q split "$DUMP" -o "$WORK/archive" -R "$WORK/recipients.txt" --force -T 1
    time_run decrypt sh -c "age -d -i '$WORK/key.txt' '$WORK/all.sql.zst.age' | zstd -q -d -c"
    time_run cat_all "$PGSEAL" cat "$WORK/archive" -i "$WORK/key.txt" --all
    time_run pipeline_gz sh -c "gzip -dc '$WORK/dump.sql.gz' | zstd -q -3 -T0 | age -R '$WORK/recipients.txt' > '$WORK/all.sql.zst.age'"
    time_run split_gz "$PGSEAL" -q split "$WORK/dump.sql.gz" -o "$WORK/archive" -R "$WORK/recipients.txt" --force
    if [[ -n $S3 ]]; then
        time_run split_s3 env "${GARAGE_ENV[@]}" "$PGSEAL" -q split "$DUMP" -o "s3://$GARAGE_BUCKET/run-$i" -R "$WORK/recipients.txt"
        time_run split_dir "$PGSEAL" -q split "$DUMP" -o "$WORK/archive" -R "$WORK/recipients.txt" --force
    fi
done
steal_end=$(awk '/^cpu /{print $9}' /proc/stat)

# The ratio of medians, and the median and quartiles of the ratios of runs
# made back to back: on a shared machine the second is steadier.
report() {
    local a=$1 b=$2 what=$3
    local ma mb pairs
    ma=$(echo "${WALL[$a]}" | median)
    mb=$(echo "${WALL[$b]}" | median)
    pairs=$(paste -d' ' <(echo "${WALL[$a]}" | tr ' ' '\n' | grep -v '^$') \
                        <(echo "${WALL[$b]}" | tr ' ' '\n' | grep -v '^$') |
        awk '$2 > 0 {print $1 / $2}' | sort -g |
        awk '{r[NR]=$1} END {printf "%.2fx [%.2f-%.2f]", r[int((NR+1)/2)], r[int((NR+3)/4)], r[int((3*NR+3)/4)]}')
    printf '%-34s %6.2f s vs %6.2f s  ratio %.2fx  per run %s\n' "$what" "$ma" "$mb" \
        "$(awk -v a="$ma" -v b="$mb" 'BEGIN {print a / b}')" "$pairs"
}
echo
echo "== results (median of $RUNS; per run: median [quartiles]; input $((SIZE / 1048576)) MiB; $(nproc) cores; $(uname -m))"
report split pipeline "split / zstd|age pipeline"
report cat_all decrypt "cat --all / age -d|zstd -d"
report split_T1 split "split -T 1 / split -T 2 (default)"
report split_gz pipeline_gz "split x.gz / gzip -dc|zstd|age"
if [[ -n $S3 ]]; then report split_s3 split_dir "split to S3 (Garage) / to a dir"; fi
printf '%-34s %7s MiB\n' "peak RSS of split" "$(( $(echo "${RSS[split]}" | tr ' ' '\n' | sort -g | tail -1) / 1024 ))"
if [[ -n $S3 ]]; then
    printf '%-34s %7s MiB\n' "peak RSS of split to S3" "$(( $(echo "${RSS[split_s3]}" | tr ' ' '\n' | sort -g | tail -1) / 1024 ))"
fi
printf '%-34s %7s MiB\n' "peak RSS of cat --all" "$(( $(echo "${RSS[cat_all]}" | tr ' ' '\n' | sort -g | tail -1) / 1024 ))"
printf '%-34s %7s s\n' "CPU time stolen by the host" "$(( (steal_end - steal_start) / $(getconf CLK_TCK) ))"
printf '%-34s %7.0f MB/s\n' "split throughput" "$(awk -v s="$SIZE" -v t="$(echo "${WALL[split]}" | median)" 'BEGIN {print s / t / 1e6}')"

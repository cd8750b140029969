#!/usr/bin/env bash
# Regenerate the pg_dumpall fixtures in testdata/dumps/ and check that they
# restore. Tests never run this; they use the committed dumps.
#
#   testdata/generate.sh [--toc] [--no-verify | --verify-only] [MAJOR...]
#
# MAJOR is any of 15 16 18 (default: all). For each major a throwaway cluster
# is filled from testdata/sql/*.sql and dumped with several pg_dumpall
# option sets. Then each dump is restored into fresh clusters of the same
# major and the outcome is printed as a table (see testdata/README.md). Exits
# 1 when a full dump does not survive a restore and dump again (DIFFERS).
#
# --toc makes and checks only the table-of-contents fixtures instead:
# pgMAJOR-toc.sql (and pg16-toc-clean.sql) from testdata/sql/toc-*.sql,
# loaded into a cluster of their own; the other dumps are left alone.
#
# Clusters run as the `postgres` OS user (via runuser when we are root) on a
# private unix socket directory, no TCP, and are stopped on exit.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TD="$REPO/testdata"
OUT="$TD/dumps"
# Fixed, so that the tablespace dump is the same on every regeneration; a test
# restoring pg15-tablespaces-only.sql must create it (empty, owned by postgres).
TS_DIR=/tmp/pgseal-testdata-tablespace

GENERATE=1 VERIFY=1 TOC=0
MAJORS=()
for a in "$@"; do
    case $a in
        --no-verify) VERIFY=0 ;;
        --verify-only) GENERATE=0 ;;
        --toc) TOC=1 ;;
        15 | 16 | 18) MAJORS+=("$a") ;;
        *) echo "usage: $0 [--toc] [--no-verify|--verify-only] [15] [16] [18]" >&2; exit 2 ;;
    esac
done
((${#MAJORS[@]})) || MAJORS=(15 16 18)

bash "$TD/pg-install.sh"

# Symlinks resolved: the postgres user may not be able to enter the checkout
# (pg-install.sh then puts the wheels in /opt/pgseal-pg).
pg_bin() {
    case $1 in
        15) echo /usr/lib/postgresql/15/bin ;;
        *) readlink -f "$REPO/.pg/$1/bin" ;;
    esac
}

# initdb refuses to run as root: run server-side programs as `postgres`.
as_pg() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A libpq connection string selecting database $1 (a bare name containing
# `=` would be parsed as a connection string itself).
conninfo() {
    local d=${1//\\/\\\\}
    d=${d//\'/\\\'}
    printf "dbname='%s'" "$d"
}

# ----------------------------------------------------------------- clusters
declare -A C_DIR C_PORT C_BIN C_USER
CLUSTERS=()
NEXT_PORT=$((20000 + ($$ % 20000)))

# cluster_start NAME MAJOR [SUPERUSER]
cluster_start() {
    local name=$1 major=$2 su=${3:-postgres}
    local bin dir port tries=0
    bin=$(pg_bin "$major")
    dir=$(mktemp -d /tmp/pgseal-gen.XXXXXX)
    if [[ $(id -u) == 0 ]]; then chown postgres: "$dir"; fi
    C_DIR[$name]=$dir C_BIN[$name]=$bin C_USER[$name]=$su
    CLUSTERS+=("$name")
    as_pg "$bin/initdb" -D "$dir/data" --auth=trust -U "$su" --encoding=UTF8 \
        --locale=C --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; return 1; }
    while :; do
        port=$NEXT_PORT
        NEXT_PORT=$((NEXT_PORT + 1))
        [[ -e "$dir/.s.PGSQL.$port" || -e "/tmp/.s.PGSQL.$port" ]] && continue
        if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
            -o "-k $dir -c listen_addresses='' -p $port -c fsync=off" start; then
            break
        fi
        tries=$((tries + 1))
        if ((tries >= 5)); then cat "$dir/server.log" >&2; return 1; fi
    done
    C_PORT[$name]=$port
}

cluster_stop() {
    local name=$1
    [[ -n "${C_DIR[$name]:-}" ]] || return 0
    as_pg "${C_BIN[$name]}/pg_ctl" -D "${C_DIR[$name]}/data" -m immediate -s stop \
        >/dev/null 2>&1 || true
    rm -rf "${C_DIR[$name]}"
    unset "C_DIR[$name]"
}

cleanup() {
    local n
    for n in "${CLUSTERS[@]}"; do cluster_stop "$n"; done
    rm -rf "$TS_DIR"
}
trap cleanup EXIT

# psql_in NAME DB [psql args...]
psql_in() {
    local name=$1 db=$2
    shift 2
    "${C_BIN[$name]}/psql" -X -q -h "${C_DIR[$name]}" -p "${C_PORT[$name]}" \
        -U "${C_USER[$name]}" -d "$(conninfo "$db")" "$@"
}

dumpall() {
    local name=$1 file=$2
    shift 2
    "${C_BIN[$name]}/pg_dumpall" -h "${C_DIR[$name]}" -p "${C_PORT[$name]}" \
        -U "${C_USER[$name]}" "$@" -f "$OUT/$file"
}

# ------------------------------------------------------------------ content
fill() {
    local c=$1 db
    psql_in "$c" postgres -v ON_ERROR_STOP=1 -f "$TD/sql/globals.sql"
    mapfile -t dbs < <(psql_in "$c" postgres -At -c \
        "SELECT datname FROM pg_database WHERE datallowconn AND datname <> 'template1' ORDER BY 1")
    for db in "${dbs[@]}"; do
        psql_in "$c" "$db" -v ON_ERROR_STOP=1 -f "$TD/sql/common.sql"
    done
    psql_in "$c" app -v ON_ERROR_STOP=1 -f "$TD/sql/app.sql" >/dev/null
    psql_in "$c" latin1db -v ON_ERROR_STOP=1 -f "$TD/sql/latin1.sql"
    psql_in "$c" postgres -v ON_ERROR_STOP=1 -f "$TD/sql/postgres.sql"
    psql_in "$c" template1 -v ON_ERROR_STOP=1 -f "$TD/sql/common.sql"
    psql_in "$c" template1 -v ON_ERROR_STOP=1 -f "$TD/sql/template1.sql"
}

generate() {
    local m=$1 c="src$1"
    cluster_start "$c" "$m"
    fill "$c"
    dumpall "$c" "pg$m-full.sql"
    dumpall "$c" "pg$m-clean.sql" --clean
    dumpall "$c" "pg$m-globals-only.sql" --globals-only
    dumpall "$c" "pg$m-inserts.sql" --inserts
    if [[ $m == 15 ]]; then
        dumpall "$c" "pg$m-clean-if-exists.sql" --clean --if-exists
        dumpall "$c" "pg$m-roles-only.sql" --roles-only
        dumpall "$c" "pg$m-column-inserts.sql" --column-inserts
        dumpall "$c" "pg$m-no-role-passwords.sql" --no-role-passwords
        dumpall "$c" "pg$m-exclude-with-space.sql" --exclude-database='with space'
        dumpall "$c" "pg$m-schema-only.sql" --schema-only
        dumpall "$c" "pg$m-data-only.sql" --data-only
        # The tablespace exists only for this dump, so that the others
        # restore without the directory.
        rm -rf "$TS_DIR"
        mkdir -p "$TS_DIR"
        if [[ $(id -u) == 0 ]]; then chown postgres: "$TS_DIR"; fi
        psql_in "$c" postgres -v ON_ERROR_STOP=1 <<SQL
CREATE TABLESPACE "ts'space" OWNER alice LOCATION '$TS_DIR';
COMMENT ON TABLESPACE "ts'space" IS 'tablespace; \connect evil';
GRANT CREATE ON TABLESPACE "ts'space" TO reader;
SQL
        dumpall "$c" "pg$m-tablespaces-only.sql" --tablespaces-only
        psql_in "$c" postgres -v ON_ERROR_STOP=1 -c "DROP TABLESPACE \"ts'space\""
    fi
    cluster_stop "$c"
}

# The table-of-contents fixtures: their own cluster, so the dumps above stay
# as they are.
fill_toc() {
    local c=$1
    psql_in "$c" postgres -v ON_ERROR_STOP=1 -f "$TD/sql/toc-globals.sql"
    # Quiet: the publications warn about wal_level, the event trigger notices.
    PGOPTIONS='-c client_min_messages=error' \
        psql_in "$c" toc -v ON_ERROR_STOP=1 -f "$TD/sql/toc-rich.sql" >/dev/null
    psql_in "$c" toc_small -v ON_ERROR_STOP=1 -f "$TD/sql/toc-small.sql"
}

generate_toc() {
    local m=$1 c="toc$1"
    cluster_start "$c" "$m"
    fill_toc "$c"
    dumpall "$c" "pg$m-toc.sql"
    if [[ $m == 16 ]]; then dumpall "$c" "pg$m-toc-clean.sql" --clean; fi
    cluster_stop "$c"
}

# ------------------------------------------------------------------- verify
# Replace the random \restrict keys; everything else must match.
normalize() {
    sed -E -e 's/^\\(un)?restrict [A-Za-z0-9]+$/\\\1restrict KEY/' \
        -e '/^-- (Started|Completed) on /d' "$1"
}

# restore NAME FILE STOP -> prints "ok" or the errors; returns psql's status
restore() {
    local name=$1 file=$2 stop=$3 err
    err=$(psql_in "$name" postgres -v ON_ERROR_STOP="$stop" -f "$file" 2>&1 >/dev/null |
        grep -E '(ERROR|FATAL):' | sed -E 's/^psql:[^ ]*: //' || true)
    if [[ -z $err ]]; then echo ok; else echo "$err"; fi
}

# attempt SUPERUSER PREREQ FILE STOP: restore FILE into a fresh cluster whose
# bootstrap superuser is SUPERUSER, after restoring PREREQ (if not empty)
# with ON_ERROR_STOP=0. Prints "ok" or the errors.
attempt() {
    local su=$1 pre=$2 file=$3 stop=$4
    if [[ $file == *tablespaces-only* ]]; then
        rm -rf "$TS_DIR"
        mkdir -p "$TS_DIR"
        if [[ $(id -u) == 0 ]]; then chown postgres: "$TS_DIR"; fi
    fi
    cluster_start v "$m" "$su"
    if [[ -n $pre ]]; then restore v "$pre" 0 >/dev/null; fi
    restore v "$file" "$stop"
    cluster_stop v
}

# One line of the report: LABEL RESULT
report() {
    local label=$1 res=$2
    if [[ $res == ok ]]; then
        printf '  %-58s OK\n' "$label"
    else
        printf '  %-58s FAILS: %s\n' "$label" "$(head -n1 <<<"$res")"
    fi
}

verify() {
    local m=$1 f base res pre
    printf '\n== PostgreSQL %s (%s)\n' "$m" "$("$(pg_bin "$m")/postgres" --version)"
    for f in "$OUT"/pg"$m"-*.sql; do
        base=$(basename "$f")
        [[ $base == *-toc* ]] && continue
        printf '%s\n' "$base"
        # What a dump of this kind is meant to be restored over.
        case $base in
            *clean*) pre="$OUT/pg$m-full.sql" ;;
            *data-only*) pre="$OUT/pg$m-schema-only.sql" ;;
            *tablespaces-only*) pre="$OUT/pg$m-roles-only.sql" ;;
            *) pre= ;;
        esac
        res=$(attempt postgres "" "$f" 1)
        report "fresh cluster, ON_ERROR_STOP=1" "$res"
        if [[ $res != ok && -z $pre ]]; then
            res=$(attempt postgres "" "$f" 0)
            printf '  %-58s %s error(s)\n' "fresh cluster, ON_ERROR_STOP=0" "$(grep -c . <<<"$res")"
            sort <<<"$res" | uniq -c | sed 's/^/     /'
        fi
        if [[ -n $pre ]]; then
            res=$(attempt postgres "$pre" "$f" 1)
            report "over $(basename "$pre"), ON_ERROR_STOP=1" "$res"
            if [[ $res != ok ]]; then
                res=$(attempt postgres "$pre" "$f" 0)
                printf '  %-58s %s error(s)\n' "over $(basename "$pre"), ON_ERROR_STOP=0" "$(grep -c . <<<"$res")"
                sort <<<"$res" | uniq -c | sed 's/^/     /'
            fi
            report "over $(basename "$pre"), superuser bootstrap, ON_ERROR_STOP=1" \
                "$(attempt bootstrap "$pre" "$f" 1)"
        else
            report "fresh cluster, superuser bootstrap, ON_ERROR_STOP=1" \
                "$(attempt bootstrap "" "$f" 1)"
        fi
        if [[ $base == *-full.sql ]]; then
            # Round trip: restore (ON_ERROR_STOP=0), dump again, compare.
            cluster_start v "$m"
            restore v "$f" 0 >/dev/null
            round_trip "$f"
            cluster_stop v
        fi
    done
}

# round_trip FILE: dump cluster v again and compare with FILE (normalized).
round_trip() {
    local f=$1
    "${C_BIN[v]}/pg_dumpall" -h "${C_DIR[v]}" -p "${C_PORT[v]}" -U postgres \
        -f "${C_DIR[v]}/again.sql"
    if diff -q <(normalize "$f") <(normalize "${C_DIR[v]}/again.sql") >/dev/null; then
        printf '  %-58s identical\n' "round trip (restore, dump again, normalize)"
    else
        printf '  %-58s DIFFERS\n' "round trip (restore, dump again, normalize)"
        DIFFERING+=("$(basename "$f")")
        diff <(normalize "$f") <(normalize "${C_DIR[v]}/again.sql") | head -n 40 | sed 's/^/      /' || true
    fi
}

# unexpected: the errors of a restore (on stdin) other than those that every
# pg_dumpall restore into a fresh default cluster gives; "ok" when none.
unexpected() {
    local rest
    rest=$(grep -v -e '^ok$' -e 'role "postgres" already exists' \
        -e 'current user cannot be dropped' || true)
    if [[ -z $rest ]]; then echo ok; else echo "$rest"; fi
}

verify_toc() {
    local m=$1 f base plain=$OUT/pg$1-toc.sql
    printf '\n== PostgreSQL %s (%s), table-of-contents fixtures\n' "$m" \
        "$("$(pg_bin "$m")/postgres" --version)"
    for f in "$OUT"/pg"$m"-toc*.sql; do
        base=$(basename "$f")
        printf '%s (%s KB)\n' "$base" "$(($(stat -c %s "$f") / 1024))"
        if [[ $base == *-clean* ]]; then
            # Over a restore of the plain dump; it must leave the same cluster.
            cluster_start v "$m"
            restore v "$plain" 0 >/dev/null
            report "over $(basename "$plain"), ON_ERROR_STOP=0, no other errors" \
                "$(restore v "$f" 0 | unexpected)"
            round_trip "$plain"
            cluster_stop v
            continue
        fi
        report "fresh cluster, superuser bootstrap, ON_ERROR_STOP=1" \
            "$(attempt bootstrap "" "$f" 1)"
        cluster_start v "$m"
        report "fresh cluster, ON_ERROR_STOP=0, no other errors" \
            "$(restore v "$f" 0 | unexpected)"
        round_trip "$f"
        cluster_stop v
    done
}

mkdir -p "$OUT"
START=$SECONDS
# Dumps whose round trip did not give the same dump again: a failure.
DIFFERING=()
if ((TOC)); then
    G=generate_toc V=verify_toc
else
    G=generate V=verify
fi
if ((GENERATE)); then
    for m in "${MAJORS[@]}"; do "$G" "$m"; done
fi
if ((VERIFY)); then
    for m in "${MAJORS[@]}"; do "$V" "$m"; done
fi
printf '\ndone in %ss; testdata/dumps is %s\n' "$((SECONDS - START))" "$(du -sh "$OUT" | cut -f1)"
if ((${#DIFFERING[@]})); then
    echo "generate: the round trip differs for ${DIFFERING[*]} (see DIFFERS above):" \
        "fix testdata/sql or the generator before committing these dumps" >&2
    exit 1
fi

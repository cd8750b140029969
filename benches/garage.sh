# A throwaway Garage S3 server for the benchmark scripts (sourced).
#   garage_start DIR   starts it with its data in DIR, on free 127.0.0.1
#                      ports, with one bucket and one key; sets GARAGE_BUCKET
#                      and GARAGE_ENV (the AWS_* variables for pgseal).
#   garage_stop        stops it.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

garage_start() {
    local dir=$1 rpc s3 id key secret
    mkdir -p "$dir"
    rpc=$(free_port); s3=$(free_port)
    cat > "$dir/garage.toml" <<TOML
metadata_dir = "$dir/meta"
data_dir = "$dir/data"
db_engine = "sqlite"
replication_factor = 1
compression_level = "none"
rpc_bind_addr = "127.0.0.1:$rpc"
rpc_public_addr = "127.0.0.1:$rpc"
rpc_secret = "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
[s3_api]
s3_region = "garage"
api_bind_addr = "127.0.0.1:$s3"
TOML
    GARAGE=(garage -c "$dir/garage.toml")
    "${GARAGE[@]}" server >"$dir/log" 2>&1 &
    GARAGE_PID=$!
    for _ in $(seq 100); do
        id=$("${GARAGE[@]}" status 2>/dev/null | awk '/NO ROLE ASSIGNED/ {print $1; exit}') && [[ -n $id ]] && break
        sleep 0.1
    done
    [[ -n $id ]] || { echo "garage did not start: $(cat "$dir/log")" >&2; return 1; }
    "${GARAGE[@]}" layout assign -z dc1 -c 10G "$id" >/dev/null
    "${GARAGE[@]}" layout apply --version 1 >/dev/null
    GARAGE_BUCKET=pgseal-bench
    "${GARAGE[@]}" bucket create "$GARAGE_BUCKET" >/dev/null
    "${GARAGE[@]}" key create bench >"$dir/key"
    key=$(awk '/Key ID:/ {print $3}' "$dir/key")
    secret=$(awk '/Secret key:/ {print $3}' "$dir/key")
    "${GARAGE[@]}" bucket allow --read --write --owner "$GARAGE_BUCKET" --key bench >/dev/null
    GARAGE_ENV=(AWS_ACCESS_KEY_ID="$key" AWS_SECRET_ACCESS_KEY="$secret" AWS_REGION=garage
                AWS_ENDPOINT_URL="http://127.0.0.1:$s3")
}

garage_stop() {
    if [[ -n ${GARAGE_PID:-} ]]; then kill "$GARAGE_PID" 2>/dev/null || true; wait "$GARAGE_PID" 2>/dev/null || true; fi
}

#!/usr/bin/env bash
# Hostile input against the real group server: schemathesis generates
# requests from the server's own /v1/openapi.json and checks every answer.
#
#   scripts/hostile-api.sh BRIM_SERVER_BINARY [SCHEMATHESIS_OPTIONS...]
#   SCHEMATHESIS=target/hostile/venv/bin/schemathesis scripts/hostile-api.sh target/debug/brim-server -n 30
#   scripts/with-postgres.sh scripts/hostile-api.sh ...    # the same on PostgreSQL
#
# Starts the binary on 127.0.0.1 with a SQLite file in a temp dir (or the
# database in BRIM_TEST_POSTGRES_URL, as with-postgres.sh sets it), creates a
# group and a many-use lead invite with the admin command line, seeds shares
# of every kind, and gives schemathesis a real device token (renewed after a
# 401 by scripts/schemathesis_hooks.py). Fails on any failed check (a 5xx,
# a status, header or body the document does not describe, ...), and on any
# 5xx, panic or error line in the server's own log.
set -euo pipefail

if [ "$#" -lt 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 BRIM_SERVER_BINARY [SCHEMATHESIS_OPTIONS...]" >&2
    exit 2
fi
bin="$(realpath "$1")"
shift
here="$(cd "$(dirname "$0")" && pwd)"
schemathesis="${SCHEMATHESIS:-schemathesis}"
python="$(dirname "$(command -v "$schemathesis")")/python"

# No __pycache__ beside the hooks: nothing generated lands in the checkout.
export PYTHONDONTWRITEBYTECODE=1
tmp="$(mktemp -d -t brim-hostile.XXXXXX)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A temp SQLite file, or the PostgreSQL database scripts/with-postgres.sh made.
db="${BRIM_TEST_POSTGRES_URL:-$tmp/server.db}"
admin() { RUST_LOG=warn "$bin" "$@" --database "$db" --json 2>>"$tmp/admin.log"; }
group_id="$(admin group create --name "Hostile input" | "$python" -c 'import json,sys; print(json.load(sys.stdin)["group_id"])')"
invite="$(admin invite create --group "$group_id" --role lead --uses 1000000 --days 1 \
    | "$python" -c 'import json,sys; print(json.load(sys.stdin)["code"])')"

# The most verbose log the server writes, so a panic or an error anywhere shows.
# Limits are raised so generated requests reach the handlers instead of a 429.
RUST_LOG=trace "$bin" serve --listen 127.0.0.1:0 --database "$db" \
    --address-limit 1000000 --join-limit 1000000 --device-limit 1000000 2>"$tmp/server.log" &
server=$!
for _ in $(seq 1 300); do
    addr="$(sed -n 's/.*brim-server listening.*addr=\([0-9.:]*\).*/\1/p' "$tmp/server.log" | head -n1)"
    [ -n "$addr" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
    sleep 0.1
done
[ -n "$addr" ] || { echo "the server did not start" >&2; cat "$tmp/server.log" >&2; exit 1; }
base="http://$addr"
export BRIM_BASE="$base" BRIM_INVITE="$invite"
"$python" "$here/schemathesis_hooks.py" seed "$tmp/schemathesis.toml"

# Run in the temp dir: schemathesis keeps a `.schemathesis/` cache in the working directory.
# Every check runs but two that quarrel with the design, not with the document:
# negative_data_rejection expects a 4xx for a schema-breaking operation, but a
# sync answers 200 and rejects that one operation in its body, so one bad
# operation never sinks a batch; positive_data_acceptance expects 2xx for any
# schema-valid body, but text limits and dates are checked as the person's own
# rules (a 422 saying which field), and 585.0 is not an integer to serde.
status=0
(cd "$tmp" && PYTHONPATH="$here" SCHEMATHESIS_HOOKS=schemathesis_hooks \
    "$schemathesis" --config-file "$tmp/schemathesis.toml" run "$base/v1/openapi.json" \
    --checks all --exclude-checks positive_data_acceptance,negative_data_rejection \
    --request-timeout 10 --no-color --generation-database none "$@") || status=$?

kill -TERM "$server"
wait "$server" || { echo "hostile-api: the server did not stop cleanly" >&2; status=1; }
server=""

log="$tmp/server.log"
requests="$(grep -c ' request ' "$log" || true)"
server_errors="$(grep -cE ' request .*status=5[0-9][0-9]' "$log" || true)"
# A panic caught by the server's catch-panic layer is logged as "... panicked".
panics="$(grep -c 'panicked' "$log" || true)"
errors="$(grep -cE '(^|[^A-Z])ERROR ' "$log" || true)"
echo "hostile-api: $requests requests answered; $server_errors with a 5xx; $panics panics; $errors error lines in the server log"
if [ "$requests" -eq 0 ]; then
    echo "hostile-api: the server logged no requests, so nothing was tested" >&2
    status=1
fi
if [ "$server_errors" -ne 0 ] || [ "$panics" -ne 0 ] || [ "$errors" -ne 0 ]; then
    grep -E 'status=5[0-9][0-9]|panicked|ERROR ' "$log" | head -n 20 >&2
    status=1
fi
exit "$status"

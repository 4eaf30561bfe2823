#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL cluster on a free local port.
#
#   scripts/with-postgres.sh cargo test -p brim-server
#
# Finds Debian's PostgreSQL binaries, creates a cluster in a temp dir, starts it on
# 127.0.0.1, creates a database, exports BRIM_TEST_POSTGRES_URL, runs the command,
# and always stops the cluster and removes the dir (even when the command fails).
# As root, the cluster runs as the `postgres` user (PostgreSQL refuses to run as root).
# fsync is off for speed in tests; BRIM_PG_FSYNC=on keeps it on (for benchmarks).
#
# TLS too (when openssl is installed): a throwaway certificate authority
# (`openssl req -x509`) signs a certificate for 127.0.0.1 and localhost, the
# cluster turns ssl on with it, and a second role, brim_tls, may connect only
# over TLS (pg_hba: hostssl, and hostnossl … reject). Exported besides the
# plain URL:
#   BRIM_TEST_POSTGRES_TLS_URL  postgres://brim_tls@127.0.0.1:PORT/brim_test (add sslmode=…)
#   BRIM_TEST_POSTGRES_TLS_CA   the authority's certificate (PEM), for sslrootcert
#   BRIM_TEST_POSTGRES_OTHER_CA another authority's certificate, which signed nothing here
# BRIM_PG_TLS=off leaves TLS out.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then bindir="$d"; break; fi
done
if [ -z "$bindir" ]; then
    echo "PostgreSQL is not installed: run 'apt-get install -y postgresql' and try again." >&2
    exit 1
fi

as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "Running as root but there is no 'postgres' user: install Debian's postgresql package." >&2
        exit 1
    fi
    as_pg=(runuser -u postgres --)
fi

tmp="$(mktemp -d -t brim-pg.XXXXXX)"
chmod 755 "$tmp"
datadir="$tmp/data"
sockdir="$tmp/sock"
mkdir -p "$sockdir"

tls_opts=()
if [ "${BRIM_PG_TLS:-on}" != "off" ] && command -v openssl >/dev/null 2>&1; then
    tlsdir="$tmp/tls"
    mkdir -p "$tlsdir"
    ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    {
        openssl req -x509 "${ec[@]}" -days 2 -subj "/CN=Brim test authority" \
            -keyout "$tlsdir/ca.key" -out "$tlsdir/ca.crt"
        openssl req -x509 "${ec[@]}" -days 2 -subj "/CN=Another authority" \
            -keyout "$tlsdir/other-ca.key" -out "$tlsdir/other-ca.crt"
        openssl req "${ec[@]}" -subj "/CN=127.0.0.1" -keyout "$tlsdir/server.key" -out "$tlsdir/server.csr"
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
            >"$tlsdir/server.ext"
        openssl x509 -req -in "$tlsdir/server.csr" -CA "$tlsdir/ca.crt" -CAkey "$tlsdir/ca.key" \
            -CAcreateserial -days 2 -extfile "$tlsdir/server.ext" -out "$tlsdir/server.crt"
    } >"$tmp/openssl.log" 2>&1 || { cat "$tmp/openssl.log" >&2; exit 1; }
    chmod 600 "$tlsdir/server.key"
    tls_opts=(-c ssl=on -c "ssl_cert_file=$tlsdir/server.crt" -c "ssl_key_file=$tlsdir/server.key")
fi
if [ "${#as_pg[@]}" -gt 0 ]; then chown -R postgres:postgres "$tmp"; fi

cleanup() {
    "${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free port: ask the kernel for one, then let PostgreSQL bind it.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

"${as_pg[@]}" "$bindir/initdb" -D "$datadir" -U brim --auth=trust --no-sync -E UTF8 >"$tmp/initdb.log" 2>&1 \
    || { cat "$tmp/initdb.log" >&2; exit 1; }
if [ "${#tls_opts[@]}" -gt 0 ]; then
    # brim_tls only over TLS: the first line that matches decides.
    hba="$datadir/pg_hba.conf"
    { printf 'hostssl all brim_tls 127.0.0.1/32 trust\nhostnossl all brim_tls all reject\n'; cat "$hba"; } >"$hba.new"
    mv "$hba.new" "$hba"
    if [ "${#as_pg[@]}" -gt 0 ]; then chown postgres:postgres "$hba"; fi
fi
"${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir" -l "$tmp/postgres.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $sockdir -c fsync=${BRIM_PG_FSYNC:-off} -c max_connections=200 ${tls_opts[*]:-}" start >/dev/null \
    || { cat "$tmp/postgres.log" >&2; exit 1; }
"${as_pg[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U brim brim_test

export BRIM_TEST_POSTGRES_URL="postgres://brim@127.0.0.1:$port/brim_test"
if [ "${#tls_opts[@]}" -gt 0 ]; then
    "${as_pg[@]}" "$bindir/createuser" -h 127.0.0.1 -p "$port" -U brim --superuser brim_tls
    export BRIM_TEST_POSTGRES_TLS_URL="postgres://brim_tls@127.0.0.1:$port/brim_test"
    export BRIM_TEST_POSTGRES_TLS_CA="$tlsdir/ca.crt"
    export BRIM_TEST_POSTGRES_OTHER_CA="$tlsdir/other-ca.crt"
fi
echo "with-postgres: PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

set +e
"$@"
status=$?
set -e
exit "$status"

#!/usr/bin/env bash
# A PostgreSQL server for the service's tests, on this machine: installs
# Debian's `postgresql` when it is missing, starts its cluster (without
# systemd), and makes a test role and database. Idempotent, and quick when all
# is in place. Prints the URL the tests read from OA_TEST_POSTGRES_URL; the
# role may create databases, because each test makes its own.
#
#   export OA_TEST_POSTGRES_URL=$(bash scripts/postgres.sh)
set -euo pipefail

role=oa_test
database=oa_test
# A fixed password: the cluster listens on loopback only, and the role owns
# nothing but test databases. Fixed, so that a second run does not lock out a
# test suite already running with the first one's URL.
password=oa_test_only

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "error: PostgreSQL's setup needs root (or sudo) to run: $*" >&2
        exit 1
    fi
}

as_postgres() {
    # From a directory the postgres user can read, or psql warns about it.
    (cd / && as_root runuser -u postgres -- "$@")
}

newest_version() {
    ls /usr/lib/postgresql 2>/dev/null | grep -E '^[0-9]+$' | sort -n | tail -1
}

version=$(newest_version)
if [ -z "$version" ] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
    say "installing PostgreSQL (Debian's postgresql package)"
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    version=$(newest_version)
    if [ -z "$version" ]; then
        echo "error: the postgresql package installed no server under /usr/lib/postgresql" >&2
        exit 1
    fi
fi

# pg_lsclusters -h: version, cluster, port, status, owner, data directory, log.
cluster() { pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"'; }
if [ -z "$(cluster)" ]; then
    say "creating the PostgreSQL $version cluster"
    as_root pg_createcluster "$version" main >&2
fi
port=$(cluster | awk '{print $3}')
if [ "$(cluster | awk '{print $4}')" != online ]; then
    say "starting PostgreSQL $version on port $port"
    as_root pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 100); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 0.1
done
if ! pg_isready -q -h 127.0.0.1 -p "$port"; then
    echo "error: PostgreSQL $version does not answer on 127.0.0.1:$port; see /var/log/postgresql/postgresql-$version-main.log" >&2
    exit 1
fi

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
    say "creating the PostgreSQL role $role"
    psql_admin -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'" >&2
fi
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    say "creating the PostgreSQL database $database"
    psql_admin -c "CREATE DATABASE $database OWNER $role" >&2
fi
# Each test drops its database when it ends; a test process that was killed
# cannot. Its databases are named oa_test_PID_..., and its PID is gone.
for stale in $(psql_admin -tAc "SELECT datname FROM pg_database WHERE datname LIKE 'oa\_test\_%'"); do
    pid=${stale#oa_test_}
    pid=${pid%%_*}
    if [[ "$pid" =~ ^[0-9]+$ ]] && [ ! -d "/proc/$pid" ]; then
        psql_admin -c "DROP DATABASE IF EXISTS $stale WITH (FORCE)" >&2
    fi
done

echo "postgres://$role:$password@127.0.0.1:$port/$database"

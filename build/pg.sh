#!/usr/bin/env bash
# Private PostgreSQL cluster for this checkout (one per checkout and mode).
#   build/pg.sh run|test|crash [start|stop|status]
# start (default) prints, on stdout, only the Npgsql connection string, so
# callers can do: cs=$(build/pg.sh test). Progress goes to stderr.
#   run  = durable settings (real data); test = fsync off etc. (speed, disposable);
#   crash = durable too, disposable, for build/crash.sh, which kills its postmaster with -9
# If ConnectionStrings__Marten is already set, nothing is done and it is echoed
# back, so the project can run against a real server.
set -euo pipefail

mode=${1:-}
action=${2:-start}
case $mode in run | test | crash) ;; *) echo "usage: $0 run|test|crash [start|stop|status]" >&2; exit 2 ;; esac
case $action in start | stop | status) ;; *) echo "usage: $0 run|test|crash [start|stop|status]" >&2; exit 2 ;; esac

log() { echo "pg: $*" >&2; }
die() { log "error: $*"; exit 1; }

if [[ -n ${ConnectionStrings__Marten:-} ]]; then
  log "ConnectionStrings__Marten is set; using it, no local cluster ($action ignored)"
  printf '%s\n' "$ConnectionStrings__Marten"
  exit 0
fi

# Caller's libpq variables must not redirect our own psql calls elsewhere.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGDATA

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Checkout root; the fallback also covers git refusing a foreign-owned repo.
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")
root=$(cd -P "$root" && pwd)
pgroot=$root/.pgdata
state=$pgroot/$mode
data=$state/data
sock=$state/socket
logfile=$state/postgres.log
portfile=$state/port
db=conseilscitoyens
[[ $mode == test ]] && db=conseilscitoyens_test
[[ $mode == crash ]] && db=conseilscitoyens_crash
# 32-bit checksum of path+mode: stable per checkout, differs between clones.
hash=$(printf '%s|%s' "$root" "$mode" | cksum | cut -d' ' -f1)

# A Unix socket path must fit in sun_path (107 bytes incl. ".s.PGSQL.NNNNN");
# very deep checkouts fall back to a short per-checkout dir in /tmp.
tmpsock=
((${#sock} + 15 <= 107)) || { sock=/tmp/pgsh-$hash-$mode; tmpsock=1; }

# The server refuses to run as root: as root, run it as the postgres user.
# 9>&-: a started server must not inherit (and hold forever) our lock fd.
if ((EUID == 0)); then
  as_pg() { runuser -u postgres -- "$@" 9>&-; }
else
  as_pg() { "$@" 9>&-; }
fi

mkdir -p "$state"
# A cwd postgres can read (not e.g. /root), so its tools don't complain.
cd "$state"
# Serialise concurrent calls (e.g. parallel CI steps) on this checkout.
exec 9>"$pgroot/.lock"
flock 9

# Server binaries: install Debian's postgresql if there are none.
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  ((EUID == 0)) || die "postgresql is not installed and we are not root"
  log "installing postgresql…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2 9>&-
  # The package starts a 'main' cluster on 5432; we don't want it around.
  for v in /usr/lib/postgresql/*/; do
    pg_ctlcluster "$(basename "$v")" main stop >&2 2>/dev/null || true
  done
fi
# Use the version the data dir was made with if it exists, else the newest.
if [[ -f $data/PG_VERSION && -x /usr/lib/postgresql/$(<"$data/PG_VERSION")/bin/postgres ]]; then
  bin=/usr/lib/postgresql/$(<"$data/PG_VERSION")/bin
else
  bin=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
fi

# Is our postmaster alive? The postmaster's cwd is its data dir, which also
# rejects a stale postmaster.pid whose pid got reused by another process.
running() {
  local pid
  pid=$(head -n1 "$data/postmaster.pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ && "$(readlink "/proc/$pid/cwd" 2>/dev/null)" == "$data" ]]
}
live_port() { sed -n 4p "$data/postmaster.pid"; }
live_sock() { sed -n 5p "$data/postmaster.pid"; }

case $action in
  status)
    if running; then
      echo "running ($mode) on port $(live_port), pid $(head -n1 "$data/postmaster.pid"), data $data"
      exit 0
    fi
    echo "stopped ($mode), data $data"
    exit 3
    ;;
  stop)
    if running; then
      as_pg "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >&2
    else
      log "not running ($mode)"
    fi
    exit 0
    ;;
esac

# From here on: start.
gi=$root/.gitignore
if ! { [[ -f $gi ]] && grep -qxF '.pgdata/' "$gi"; }; then
  # (a last line without its newline must not get glued to ours)
  [[ -s $gi && -n $(tail -c1 "$gi") ]] && echo >>"$gi"
  echo '.pgdata/' >>"$gi"
fi

if ((EUID == 0)); then
  # postgres must be able to traverse down to .pgdata even when the checkout
  # lives in a root-owned mode-700 mktemp dir (CI): add o+x only, never r/w.
  d=$pgroot
  while :; do
    if [[ $(stat -c %A "$d") != *[xt] ]]; then
      chmod o+x "$d" 2>/dev/null || log "warning: cannot chmod o+x $d"
    fi
    [[ $d == / ]] && break
    d=$(dirname "$d")
  done
  chown postgres:postgres "$state"
  as_pg test -w "$state" || die "user postgres cannot write to $state"
fi

if ! running; then
  if [[ ! -f $data/PG_VERSION ]]; then
    log "initdb…"
    rm -rf "$data"
    as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 ||
      { rm -rf "$data"; as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$state/initdb.log" 2>&1; } ||
      { cat "$state/initdb.log" >&2; die "initdb failed"; }
    # Our settings live in pg_sh.conf, rewritten at each start (below).
    echo "include_if_exists = 'pg_sh.conf'" >>"$data/postgresql.conf"
  fi
  grep -q "^include_if_exists = 'pg_sh.conf'" "$data/postgresql.conf" ||
    echo "include_if_exists = 'pg_sh.conf'" >>"$data/postgresql.conf"
  if [[ -f $data/postmaster.pid ]]; then
    # Left by a killed server (its pid is not our postmaster). postgres would
    # refuse to start if that pid now belongs to something else; leftover
    # backends are still detected via shared memory, so removing it is safe.
    log "removing stale postmaster.pid"
    rm -f "$data/postmaster.pid"
  fi
  # Same for socket lock files (their pid may be a zombie or reused); this
  # socket dir belongs to this cluster alone.
  rm -f "$sock"/.s.PGSQL.*
  if [[ -n $tmpsock ]]; then
    mkdir -p "$sock" && { ((EUID != 0)) || chown postgres:postgres "$sock"; }
  else
    as_pg mkdir -p "$sock"
  fi

  if [[ $mode == test ]]; then durable=off; else durable=on; fi
  port_busy() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }
  next_port() { echo $((54100 + ($1 - 54100 + 1) % 1900)); }
  port=$(cat "$portfile" 2>/dev/null || true)
  [[ $port =~ ^[0-9]+$ ]] && ((port >= 54100 && port <= 55999)) || port=$((54100 + hash % 1900))

  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    # Something else listens there (another clone's cluster, another service).
    tries=0
    while port_busy "$port"; do
      ((++tries < 1900)) || die "no free port in 54100-55999"
      port=$(next_port "$port")
    done
    echo "$port" >"$portfile"
    # Written at every start so the settings hold even for an old data dir.
    q=${sock//\"/\"\"}
    cat >"$data/pg_sh.conf" <<EOF
# Written by build/pg.sh at every start; edits here are lost.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '"${q//\'/\'\'}"'
max_connections = 200
shared_buffers = 256MB
fsync = $durable
synchronous_commit = $durable
full_page_writes = $durable
# The bench counts each phase's statements (build/Bench/Counters.cs); the extension is created per database.
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track_utility = on
EOF
    chown --reference="$data" "$data/pg_sh.conf"
    logsize=$(stat -c %s "$logfile" 2>/dev/null || echo 0)
    if as_pg "$bin/pg_ctl" -D "$data" -l "$logfile" -w -t 60 -s start >&2; then
      log "started on port $port"
      break
    fi
    newlog=$(tail -c +$((logsize + 1)) "$logfile" 2>/dev/null || true)
    # Lost a race for the port (probe said free, bind said no): try the next.
    if ((attempt < 10)) && grep -q 'could not bind\|Address already in use' <<<"$newlog"; then
      log "port $port taken meanwhile, trying the next one"
      port=$(next_port "$port")
      continue
    fi
    printf '%s\n' "$newlog" >&2
    die "server did not start (log: $logfile; to start from scratch: rm -rf $state)"
  done
else
  log "already running on port $(live_port)"
fi

port=$(live_port)
sock=$(live_sock)
echo "$port" >"$portfile"

# The test database is disposable: PG_RECREATE=1 (build/test.sh) starts it empty, so a schema
# change that cannot be migrated in place never fails a test run.
if [[ $mode == test && ${PG_RECREATE:-} == 1 ]]; then
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres -d postgres \
    -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
  log "test database $db recreated"
fi

# Role and database, idempotently (checked on every call: cheap, self-healing).
"$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres -d postgres >/dev/null <<EOF
SELECT 'CREATE ROLE conseils LOGIN SUPERUSER'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'conseils') \gexec
SELECT 'CREATE DATABASE $db OWNER conseils'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \gexec
-- Rewriting events (tests' reset, demo --reset) needs this role besides conseils.maintenance = on.
SELECT 'CREATE ROLE conseils_maintenance NOLOGIN'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'conseils_maintenance') \gexec
SELECT 'GRANT conseils_maintenance TO conseils'
 WHERE NOT pg_has_role('conseils', 'conseils_maintenance', 'member')
    OR NOT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                    WHERE r.rolname = 'conseils_maintenance' AND u.rolname = 'conseils') \gexec
EOF

echo "Host=127.0.0.1;Port=$port;Database=$db;Username=conseils"

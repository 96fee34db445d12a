#!/usr/bin/env bash
# A primary and a streaming standby, on 127.0.0.1 only: a standby of the test
# cluster (build/pg.sh test) is made with pg_basebackup under .pgdata/standby and started on a port
# of its own; the API runs with Npgsql's multi-host connection string naming the STANDBY FIRST.
# Checks: the write is acknowledged (it found the primary although the standby is listed first);
# it is replicated (read on the standby with psql); a read that answers an ETag (a quartier) ran on
# the primary, never on the standby; the views that may lag (the programme report, the replay, the
# audit log) ran on the standby (connections asking PreferStandby), a report asKnownAt on the primary.
# Statements of this database are logged on both servers. Database of its own, conseilscitoyens_replica, recreated at each run;
# the standby is stopped and removed at exit. Exit 0 only when all holds. Every wait is bounded.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGDATA

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")
root=$(cd -P "$root" && pwd)
cd "$root"
reads=${REPLICA_READS:-50}
started=$SECONDS
step() { echo "replica [$((SECONDS - started)) s]: $*" >&2; }
fail() { echo "replica: FAILED: $*" >&2; exit 1; }

test_cs=$("$here/pg.sh" test 2>/dev/null)
primary_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$test_cs")
bin=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/pg_basebackup | sort -V | tail -n1)")
if ((EUID == 0)); then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi
db=conseilscitoyens_replica
psql_on() { local p=$1; shift; "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$p" -U conseils "$@"; }
psql_on "$primary_port" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" \
  -c "ALTER DATABASE $db SET log_statement = 'all'"
# Every statement in this database is logged, on both servers (the setting replicates): the logs say
# which server ran each read.
primary_log=$root/.pgdata/test/postgres.log

standby=$root/.pgdata/standby
api_pid=
cleanup() {
  [[ -n $api_pid ]] && kill -0 "$api_pid" 2>/dev/null && { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; }
  [[ -f $standby/data/postmaster.pid ]] && as_pg "$bin/pg_ctl" -D "$standby/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  [[ ${REPLICA_KEEP:-} ]] || rm -rf "$standby"
}
trap cleanup EXIT
cleanup
mkdir -p "$standby/socket"
((EUID != 0)) || chown -R postgres:postgres "$standby"
free_port() {
  local p=$1
  while timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$p" 2>/dev/null; do ((++p)); done
  echo "$p"
}
standby_port=$(free_port $((primary_port + 1)))
step "pg_basebackup of the test cluster (port $primary_port) into .pgdata/standby…"
as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$standby/data" -R -X stream -c fast >&2
# The copied pg_sh.conf names the primary's port and socket: the standby gets its own (a standby
# needs max_connections and the like at least as high as the primary's: they are kept).
sed -i -e "s|^port = .*|port = $standby_port|" -e "s|^unix_socket_directories = .*|unix_socket_directories = '$standby/socket'|" \
  "$standby/data/pg_sh.conf"
echo "hot_standby = on" >>"$standby/data/pg_sh.conf"
as_pg "$bin/pg_ctl" -D "$standby/data" -l "$standby/postgres.log" -w -t 60 -s start >&2
[[ $(psql_on "$standby_port" -d postgres -At -c "select pg_is_in_recovery()") == t ]] || fail "the copy is not a standby"
step "standby streaming on port $standby_port"

dll=src/Api/bin/Release/net10.0/ConseilsCitoyens.Api.dll
[[ ${REPLICA_SKIP_BUILD:-} ]] || dotnet build src/Api -c Release -nologo -v q >&2
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_CONTENTROOT=$root/src/Api/bin/Release/net10.0 RateLimiting__PermitPerMinute=1000000
# The schema is applied on the primary alone (the standby receives it).
ConnectionStrings__Marten="Host=127.0.0.1;Port=$primary_port;Database=$db;Username=conseils" dotnet "$dll" resources setup >/dev/null
export ConnectionStrings__Marten="Host=127.0.0.1:$standby_port,127.0.0.1:$primary_port;Database=$db;Username=conseils"
token=$(dotnet "$dll" dev-tokens 2>/dev/null | awk '$1 == "administrator" {print $2}')
[[ -n $token ]] || fail "no administrator token from dev-tokens"

api_port=$(free_port 5330)
log=$(mktemp /tmp/replica-api.XXXXXX.log)
ASPNETCORE_URLS=http://127.0.0.1:$api_port dotnet "$dll" >"$log" 2>&1 &
api_pid=$!
url=http://127.0.0.1:$api_port
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$url/health/live" 2>/dev/null && break
  kill -0 "$api_pid" 2>/dev/null || { cat "$log" >&2; fail "the API exited"; }
  sleep 0.5
done
curl -fsS -o /dev/null "$url/health/live" || { cat "$log" >&2; fail "the API is not live after 60 s"; }
step "API on $url with Host=standby,primary"

call() { # method path [json] -> status
  curl -sS -o /tmp/replica-body.$$ -w '%{http_code}' -X "$1" "$url$2" -H "Authorization: Bearer $token" \
    ${3:+-H 'Content-Type: application/json' -d "$3"}
}
status=$(call POST /quartiers '{"code":"QP999800","name":"Quartier des répliques","arrondissementCode":"75119","generation":"qpv2015"}')
[[ $status == 201 ]] || { cat /tmp/replica-body.$$ >&2; cat "$log" >&2; fail "POST /quartiers answered $status (writes must reach the primary)"; }
step "write acknowledged (201): it reached the primary although the standby is listed first"

# Loads of the quartier document run by each server from the given log offsets on.
loads() { tail -c +$(($2 + 1)) "$1" | grep -c 'mt_doc_quartier' || true; }
# Statements run on the standby: only Npgsql's probes of the server's state (version, recovery,
# read-only) and this script's own psql check may reach it.
probes='SELECT version\(\);|select pg_is_in_recovery\(\)|SHOW default_transaction_read_only|statement: select count\(\*\) from conseils.mt_doc_quartier$'
others() { grep -E 'LOG:  (statement|execute)' "$standby/postgres.log" | grep -vE "$probes" || true; }
deadline=$((SECONDS + 30))
until [[ $(call GET /quartiers/QP999800) == 200 ]]; do
  ((SECONDS < deadline)) || fail "the quartier never became readable through the API"
  sleep 0.2
done
deadline=$((SECONDS + 30))
until [[ $(psql_on "$standby_port" -d "$db" -At -c "select count(*) from conseils.mt_doc_quartier") == 1 ]]; do
  ((SECONDS < deadline)) || fail "the write never reached the standby"
  sleep 0.2
done
step "the write is replicated: the standby holds the quartier"
standby_from=$(stat -c %s "$standby/postgres.log") primary_from=$(stat -c %s "$primary_log")
for ((i = 0; i < reads; i++)); do
  status=$(call GET /quartiers/QP999800)
  [[ $status == 200 ]] || fail "GET /quartiers/QP999800 answered $status"
done
sleep 1
standby_reads=$(loads "$standby/postgres.log" "$standby_from") primary_reads=$(loads "$primary_log" "$primary_from")
step "$reads GETs of the quartier: $standby_reads loads ran on the standby, $primary_reads on the primary"
((primary_reads == reads)) || fail "the primary ran $primary_reads of the $reads reads"
((standby_reads == 0)) || fail "the standby ran $standby_reads of the $reads reads"
stray=$(others | grep -c . || true)
((stray == 0)) || { others | head -5 >&2; fail "the API ran $stray statements on the standby"; }

# Loads of councils (every report reads them) run by each server from the given log offsets on.
councils() { tail -c +$(($2 + 1)) "$1" | grep -c 'mt_doc_council' || true; }
report_reads() { # label, query
  standby_from=$(stat -c %s "$standby/postgres.log") primary_from=$(stat -c %s "$primary_log")
  for ((i = 0; i < reads; i++)); do
    status=$(call GET "/report?year=2018$2")
    [[ $status == 200 ]] || { cat /tmp/replica-body.$$ >&2; fail "GET /report?year=2018$2 answered $status"; }
  done
  sleep 1
  standby_reads=$(councils "$standby/postgres.log" "$standby_from") primary_reads=$(councils "$primary_log" "$primary_from")
  step "$reads GETs of the programme report $1: $standby_reads council loads ran on the standby, $primary_reads on the primary"
}
report_reads "(may lag)" ""
((standby_reads >= reads)) || fail "the standby ran $standby_reads council loads for $reads reports"
((primary_reads == 0)) || fail "the primary ran $primary_reads council loads for reports that may lag"
report_reads "asKnownAt an instant" "&asKnownAt=$(date -u -d '-1 second' +%Y-%m-%dT%H:%M:%SZ)"
((primary_reads >= reads)) || fail "the primary ran $primary_reads council loads for $reads reports asKnownAt"
((standby_reads == 0)) || fail "the standby ran $standby_reads council loads for reports asKnownAt"

# Reads of the event log (the replay's pages, the audit log's) run by the standby from the given offset on.
log_reads() { tail -c +$(($2 + 1)) "$1" | grep -c 'conseils.mt_events' || true; }
for path in /quartiers/QP999800/replay "/audit/events?limit=10"; do
  standby_from=$(stat -c %s "$standby/postgres.log")
  for ((i = 0; i < reads; i++)); do
    status=$(call GET "$path")
    [[ $status == 200 ]] || { cat /tmp/replica-body.$$ >&2; fail "GET $path answered $status"; }
  done
  sleep 1
  standby_reads=$(log_reads "$standby/postgres.log" "$standby_from")
  step "$reads GETs of $path: $standby_reads reads of the event log ran on the standby"
  ((standby_reads >= reads)) || fail "the standby ran $standby_reads reads of the event log for $reads GETs of $path"
done
echo "replica: passed: through Host=standby,primary the write reached the primary and was replicated; all $reads reads of the quartier (ETag) ran on the primary; the programme reports, the replay and the audit log ran on the standby, the reports asKnownAt on the primary"

#!/usr/bin/env bash
# Crashes under load, on 127.0.0.1 only: a durable cluster of its own (build/pg.sh crash:
# fsync, synchronous_commit and full_page_writes on), the API in Production (Release), and a bounded
# load (build/Bench crash-load: CRASH_WRITERS writers, each command a meeting with a client-chosen
# id and its own Idempotency-Key, resent with the same key until answered). Three phases of
# CRASH_SECONDS of steady load each: after the first, PostgreSQL's postmaster is killed with -9 and
# restarted; after the second, the API is killed with -9 and restarted; after the third, the load
# stops (at the latest after CRASH_MAX commands or 10 × CRASH_SECONDS + 120 s), and retries
# in flight get CRASH_GRACE more seconds. Then, against the log: every command is acknowledged (the
# key's claim is written in the command's own transaction: a retry after a crash gets the first
# answer, or runs the command when it was never committed), every acknowledged (2xx) command is in
# mt_events (its meeting's stream, its commandId header, the version its ETag gave), no key
# appended twice, and the asynchronous projection (EventTypeCount) reaches the high-water mark.
# Prints the figures; exit 0 only when all holds. Every wait is bounded; CRASH_KEEP=1 keeps the logs.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGDATA

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")
root=$(cd -P "$root" && pwd)
cd "$root"
seconds=${CRASH_SECONDS:-20}
writers=${CRASH_WRITERS:-4}
max=${CRASH_MAX:-20000}
grace=${CRASH_GRACE:-20}
started=$SECONDS
step() { echo "crash [$((SECONDS - started)) s]: $*" >&2; }
fail() { echo "crash: FAILED: $*" >&2; exit 1; }

work=$(mktemp -d /tmp/crash.XXXXXX)
api_pid= load_pid= passed=
# The API's connection string is exported below: pg.sh would echo it instead of (re)starting the cluster.
pg() { env -u ConnectionStrings__Marten "$here/pg.sh" crash "$@"; }
cleanup() {
  for pid in $load_pid $api_pid; do
    kill -0 "$pid" 2>/dev/null && { kill "$pid"; wait "$pid" 2>/dev/null || true; }
  done
  pg stop >/dev/null 2>&1 || true
  # The logs stay for a failed run only.
  [[ -n $passed && -z ${CRASH_KEEP:-} ]] && rm -rf "$work"
  return 0
}
trap cleanup EXIT

step "durable cluster (build/pg.sh crash)…"
crash_cs=$(pg 2>/dev/null)
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$crash_cs")
data=$root/.pgdata/crash/data
db=conseilscitoyens_crash
bin=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V | tail -n1)")
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U conseils "$@"; }
sql() { psql -d "$db" -At -c "$1"; }
psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
durable=$(sql "select count(*) from pg_settings where name in ('fsync','synchronous_commit','full_page_writes') and setting = 'on'")
((durable == 3)) || fail "the crash cluster is not durable (fsync, synchronous_commit, full_page_writes must be on)"

dll=src/Api/bin/Release/net10.0/ConseilsCitoyens.Api.dll
[[ ${CRASH_SKIP_BUILD:-} ]] || dotnet build src/Api -c Release -nologo -v q >&2
dotnet build "$here/Bench" -c Release -nologo -v q >&2 || fail "build/Bench does not build"
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_CONTENTROOT=$root/src/Api/bin/Release/net10.0
export ConnectionStrings__Marten="Host=127.0.0.1;Port=$port;Database=$db;Username=conseils"
export Auth__SigningKey
Auth__SigningKey=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
# And for the audit seals (Production refuses to start without one).
export Audit__SealKey
Audit__SealKey=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
# One caller per writer, far above the per-caller limit; a dead node's projection moves after 5 s.
export RateLimiting__PermitPerMinute=100000000 Nodes__StaleAfterSeconds=5
step "schema (resources setup, Production)…"
timeout 120 dotnet "$dll" resources setup >"$work/setup.log" 2>&1 || { cat "$work/setup.log" >&2; fail "resources setup"; }

api_port=5390
while timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$api_port" 2>/dev/null; do
  ((++api_port < 5490)) || fail "no free port in 5390-5489"
done
api=http://127.0.0.1:$api_port
start_api() {
  ASPNETCORE_URLS=$api dotnet "$dll" >>"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$api/health/ready" 2>/dev/null && { step "API pid $api_pid ready on $api"; return; }
    kill -0 "$api_pid" 2>/dev/null || { tail -n 40 "$work/api.log" >&2; fail "the API exited"; }
    sleep 0.5
  done
  fail "the API is not ready after 60 s (log $work/api.log)"
}
start_api

hard_stop=$((10 * seconds + 120))
step "load: $writers writers, 3 phases of $seconds s (at most $max commands, $hard_stop s; then up to $grace s of retries)…"
timeout $((hard_stop + grace + 180)) dotnet "$here/Bench/bin/Release/net10.0/ConseilsCitoyens.Bench.dll" crash-load \
  --api "$api" --key "$Auth__SigningKey" --issuer conseils-citoyens --audience conseils-citoyens-api \
  --writers "$writers" --max "$max" --seconds "$hard_stop" --grace "$grace" --ready "$work/ready" --stop "$work/stop" --out "$work/commands.tsv" \
  >"$work/load.out" 2> >(sed 's/^/  /' >&2) &
load_pid=$!
for _ in $(seq 1 240); do
  [[ -f $work/ready ]] && break
  kill -0 "$load_pid" 2>/dev/null || fail "the load ended before it was ready"
  sleep 0.5
done
[[ -f $work/ready ]] || fail "the load's set-up did not finish within 120 s"
load_started=$SECONDS
load_running() { kill -0 "$load_pid" 2>/dev/null || fail "the load ended early"; }

sleep "$seconds"
load_running
pg_pid=$(head -n1 "$data/postmaster.pid")
step "kill -9 the PostgreSQL postmaster (pid $pg_pid)"
kill -9 "$pg_pid"
pg_killed=$SECONDS
sleep 2
for try in $(seq 1 20); do
  pg >/dev/null 2>"$work/pg-restart.log" && break
  ((try < 20)) || { cat "$work/pg-restart.log" >&2; fail "PostgreSQL did not restart"; }
  sleep 1
done
pg_outage=$((SECONDS - pg_killed))
step "PostgreSQL restarted after ${pg_outage} s (crash recovery)"

sleep "$seconds"
load_running
step "kill -9 the API (pid $api_pid)"
kill -9 "$api_pid"
wait "$api_pid" 2>/dev/null || true
api_killed=$SECONDS
start_api
api_outage=$((SECONDS - api_killed))

sleep "$seconds"
load_running
touch "$work/stop"
step "load stopped after $((SECONDS - load_started)) s; waiting for the retries in flight…"
load_rc=0
wait "$load_pid" || load_rc=$?
load_pid=
((load_rc == 0)) || fail "the load ended with status $load_rc"
read -r load_figures <"$work/load.out"
declare -A f
for kv in $load_figures; do f[${kv%%=*}]=${kv#*=}; done

psql -d "$db" -c "create table public.crash_commands(key uuid primary key, meeting uuid not null, acknowledged boolean not null,
  version bigint, tries int not null, last_status int not null)" -c "\copy public.crash_commands from '$work/commands.tsv'"
# An acknowledged command is in the log when its meeting's stream holds an event carrying its key at the version it was told.
missing=$(sql "select count(*) from public.crash_commands c where c.acknowledged and not exists (select from conseils.mt_events e
  where e.stream_id = c.meeting and e.headers->>'commandId' = c.key::text and (c.version is null or e.version = c.version))")
duplicated=$(sql "select count(*) from (select headers->>'commandId' from conseils.mt_events where headers ? 'commandId'
  group by 1 having count(*) > 1) d")
written_unacknowledged=$(sql "select count(*) from public.crash_commands c where not c.acknowledged
  and exists (select from conseils.mt_events e where e.stream_id = c.meeting)")

shard=EventTypeCount:All
progress() { sql "select coalesce((select last_seq_id from conseils.mt_event_progression where name = '$shard'), -1)"; }
high=$(sql "select coalesce(max(seq_id), 0) from conseils.mt_events")
waited=$SECONDS caught_up=no
while ((SECONDS - waited < 120)); do
  (($(progress) >= high)) && { caught_up=yes; break; }
  sleep 0.5
done
catch_up=$((SECONDS - waited))
mismatch=$(sql "select count(*) from (select type, count(*) as n from conseils.mt_events group by type) e
  full join (select id, (data->>'count')::bigint as n from conseils.mt_doc_eventtypecount) c on c.id = e.type
  where c.n is distinct from e.n")

table="| Crash run ($writers writers, 3 × ${seconds} s of load, durable PostgreSQL) | |
|---|---|
| commands tried | ${f[tried]} |
| acknowledged (2xx) | ${f[acknowledged]} (${f[acknowledged_after_retry]} after a retry) |
| retried with the same key (no answer, 5xx or 409) and then answered 2xx | ${f[retried_commands]} retried, ${f[acknowledged_after_retry]} answered with their first answer |
| **never acknowledged** | **${f[unacknowledged]}**: $written_unacknowledged written, $((f[unacknowledged] - written_unacknowledged)) not written |
| tries failed during the outages (status:count, none = no answer) | ${f[failed_tries]} (${f[failed_by_status]}) |
| PostgreSQL down (kill -9 → restarted) / API down (kill -9 → ready) | ${pg_outage} s / ${api_outage} s |
| **acknowledged but missing from the log** | **$missing** |
| Idempotency-Keys appended more than once | $duplicated |
| asynchronous projection caught up to the high-water mark ($high) | $caught_up, ${catch_up} s after the load; event types miscounted: $mismatch |"
echo "$table"
[[ -n ${CRASH_OUT:-} ]] && echo "$table" >"$CRASH_OUT"
((f[unacknowledged] == 0)) || fail "${f[unacknowledged]} commands were never acknowledged (a retried key must get its first answer)"
((missing == 0)) || fail "$missing acknowledged commands are missing from the log"
((duplicated == 0)) || fail "$duplicated Idempotency-Keys were appended more than once"
[[ $caught_up == yes ]] || fail "the projection did not catch up ($(progress) of $high) within 120 s"
((mismatch == 0)) || fail "$mismatch event types counted differently from the log"
((f[acknowledged] > 0)) || fail "no command was acknowledged"
passed=1
echo "crash: passed: ${f[acknowledged]} acknowledged commands all in the log after kill -9 of PostgreSQL and of the API; projection caught up in ${catch_up} s"

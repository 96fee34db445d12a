#!/usr/bin/env bash
# Two API nodes against one PostgreSQL on 127.0.0.1 only:
#   writes go through both nodes; the asynchronous projection (EventTypeCount) must run on exactly
#   one of them; that node is killed with -9; writes go on through the other, which must take the
#   projection over and catch up to the high-water mark with counts equal to the events (nothing
#   lost, nothing applied twice). Uses the test cluster (build/pg.sh test) in a database of its own,
#   conseilscitoyens_nodes, recreated at each run. Prints the figures; exit 0 only when all holds.
#   NODES_WRITES (default 40) commands per phase; NODES_STALE_AFTER (default 10) seconds of silence
#   before a node is presumed dead (Nodes:StaleAfterSeconds). Every wait is bounded.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGDATA

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")
cd "$root"
writes=${NODES_WRITES:-40}
started=$SECONDS
step() { echo "nodes [$((SECONDS - started)) s]: $*" >&2; }
fail() { echo "nodes: FAILED: $*" >&2; exit 1; }

declare -A pids logs
cleanup() {
  for n in "${!pids[@]}"; do
    kill -0 "${pids[$n]}" 2>/dev/null && { kill "${pids[$n]}"; wait "${pids[$n]}" 2>/dev/null || true; }
  done
  return 0
}
trap cleanup EXIT

test_cs=$("$here/pg.sh" test 2>/dev/null)
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$test_cs")
db=conseilscitoyens_nodes
cs="Host=127.0.0.1;Port=$port;Database=$db;Username=conseils"
bin=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V | tail -n1)")
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U conseils "$@"; }
sql() { psql -d "$db" -At -c "$1"; }
psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"

dll=src/Api/bin/Release/net10.0/ConseilsCitoyens.Api.dll
[[ ${NODES_SKIP_BUILD:-} ]] || dotnet build src/Api -c Release -nologo -v q >&2
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_CONTENTROOT=$root/src/Api/bin/Release/net10.0
export ConnectionStrings__Marten=$cs RateLimiting__PermitPerMinute=1000000 Nodes__StaleAfterSeconds=${NODES_STALE_AFTER:-10}
token=$(dotnet "$dll" dev-tokens 2>/dev/null | awk '$1 == "administrator" {print $2}')
[[ -n $token ]] || fail "no administrator token from dev-tokens"

free_port() {
  local p=$1
  while timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$p" 2>/dev/null; do ((++p)); done
  echo "$p"
}
declare -A urls
start_node() {
  local name=$1 p
  p=$(free_port "$2")
  logs[$name]=$(mktemp "/tmp/nodes-$name.XXXXXX.log")
  ASPNETCORE_URLS=http://127.0.0.1:$p dotnet "$dll" >"${logs[$name]}" 2>&1 &
  pids[$name]=$!
  urls[$name]=http://127.0.0.1:$p
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "${urls[$name]}/health/live" 2>/dev/null; then
      numbers[$name]=$(sql "select max(node_number) from conseils.wolverine_nodes")
      step "node $name (Wolverine node ${numbers[$name]}) pid ${pids[$name]} on ${urls[$name]}"
      return
    fi
    kill -0 "${pids[$name]}" 2>/dev/null || { cat "${logs[$name]}" >&2; fail "node $name exited"; }
    sleep 0.5
  done
  fail "node $name not live after 60 s"
}
post() { # node path json
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "${urls[$1]}$2" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$3")
  [[ $status == 2* ]] || fail "POST $2 on node $1 answered $status"
}
meetings() { # count, nodes...
  local count=$1 i; shift
  local nodes=("$@")
  for ((i = 0; i < count; i++)); do
    post "${nodes[i % ${#nodes[@]}]}" "/councils/$council/meetings" \
      "{\"kind\":\"plenary\",\"plannedFor\":\"2018-$(printf %02d $((i % 12 + 1)))-15\",\"convenedBy\":{\"kind\":\"facilitator\"}}"
  done
}
shard=EventTypeCount:All
progress() { sql "select coalesce((select last_seq_id from conseils.mt_event_progression where name = '$shard'), -1)"; }
high() { sql "select coalesce(max(seq_id), 0) from conseils.mt_events"; }
# Wolverine's node numbers: each node registers before the next one starts.
declare -A numbers
# The node numbers the projection's agent is assigned to (Wolverine's assignment table).
owners() { sql "select string_agg(n.node_number::text, ' ') from conseils.wolverine_node_assignments a
  join conseils.wolverine_nodes n on n.id = a.node_id where a.id like 'event-subscriptions://%/eventtypecount/all'"; }
name_of() { local n; for n in "${!numbers[@]}"; do [[ ${numbers[$n]} == "$1" ]] && echo "$n"; done; return 0; }
wait_caught_up() { # seconds
  local deadline=$((SECONDS + $1))
  while ((SECONDS < deadline)); do
    [[ $(progress) == "$(high)" ]] && return 0
    sleep 0.5
  done
  return 1
}

start_node A 5300
start_node B 5310

council=$(cat /proc/sys/kernel/random/uuid)
post A /quartiers '{"code":"QP999700","name":"Quartier des deux nœuds","arrondissementCode":"75118","generation":"qpv2015"}'
post B /councils "{\"id\":\"$council\",\"name\":\"Conseil des deux nœuds\",\"quartierCodes\":[\"QP999700\"],\"createdOn\":\"2017-03-06\"}"
step "phase 1: $writes meetings through both nodes…"
meetings "$writes" A B
phase1=$SECONDS
wait_caught_up 120 || fail "phase 1: the projection did not catch up ($(progress) of $(high)) within 120 s"
step "phase 1 caught up: progression $(progress) = high-water mark $(high) (waited $((SECONDS - phase1)) s after the writes)"
running=$(owners)
[[ $running =~ ^[0-9]+$ ]] || fail "the projection is assigned to nodes '${running}', not exactly one"
dead=$(name_of "$running")
[[ -n $dead ]] || fail "the projection runs on Wolverine node $running, neither A (${numbers[A]}) nor B (${numbers[B]})"
alive=$([[ $dead == A ]] && echo B || echo A)
step "the projection runs on node $dead only; kill -9 ${pids[$dead]}"
kill -9 "${pids[$dead]}"
wait "${pids[$dead]}" 2>/dev/null || true
unset "pids[$dead]"

killed=$SECONDS
step "phase 2: $writes meetings through node $alive…"
meetings "$writes" "$alive"
wait_caught_up 180 || fail "phase 2: node $alive did not take over ($(progress) of $(high)) within 180 s of the kill"
takeover=$((SECONDS - killed))
[[ $(owners) == "${numbers[$alive]}" ]] || fail "caught up, but the projection is assigned to '$(owners)', not node $alive (${numbers[$alive]})"

mismatch=$(sql "select count(*) from (select type, count(*) as n from conseils.mt_events group by type) e
  full join (select id, (data->>'count')::bigint as n from conseils.mt_doc_eventtypecount) c on c.id = e.type
  where c.n is distinct from e.n")
events=$(high)
counted=$(sql "select coalesce(sum((data->>'count')::bigint), 0) from conseils.mt_doc_eventtypecount")
step "events $events, counted $counted, event types whose count differs: $mismatch; node $alive caught up ${takeover} s after the kill"
((mismatch == 0 && counted == events)) || fail "counts differ from the events"
echo "nodes: passed: 2 nodes, $events events, projection moved from node $dead to node $alive and caught up in ${takeover} s, counts equal to the events"

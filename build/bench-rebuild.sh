#!/usr/bin/env bash
# Times the whole `rebuild` at one scale, in a database of its own on the durable cluster
# (build/pg.sh run), with its baselines in the same run:
#   - `rebuild`: every projection, one pass over the log (peak RSS by /usr/bin/time);
#   - one `rebuild --projection NAME` per projection, one after the other: a pass per projection;
#   - a raw sequential scan of mt_events (count + sum of payload lengths).
# The national set is loaded first (demo --national --no-rebuild: bulk COPY, the views left to the
# rebuilds). BENCH_REBUILD_COUNCILS (default 400, ≈ 10^5 events; 4000 ≈ 10^6) sets the scale;
# BENCH_REBUILD_PASSES=0 skips the pass-per-projection baseline (17 times the work).
# Writes build/bench-results/<UTC stamp>-rebuild.md and prints it.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGDATA ConnectionStrings__Marten

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")
cd "$root"
councils=${BENCH_REBUILD_COUNCILS:-400}
passes=${BENCH_REBUILD_PASSES:-1}
started=$SECONDS
step() { echo "bench-rebuild [$((SECONDS - started)) s]: $*" >&2; }
ms() { date +%s%3N; }
rss_of() { sed -nE 's/^\s*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$1" | awk '{printf "%.0f", $1 / 1024}'; }

run_cs=$("$here/pg.sh" run)
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$run_cs")
db=conseilscitoyens_rebuild
bin=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V | tail -n1)")
psql() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U conseils "$@"; }
psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"

step "building the API (Release)…"
dotnet build src/Api -c Release -nologo -v q >&2
export ASPNETCORE_ENVIRONMENT=Production
export ASPNETCORE_CONTENTROOT=$root/src/Api/bin/Release/net10.0
export ConnectionStrings__Marten="Host=127.0.0.1;Port=$port;Database=$db;Username=conseils"
export Auth__SigningKey Audit__SealKey
Auth__SigningKey=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
Audit__SealKey=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')
dll=src/Api/bin/Release/net10.0/ConseilsCitoyens.Api.dll
dotnet "$dll" resources setup >/dev/null

step "demo --national --no-rebuild --councils $councils…"
dotnet "$dll" demo --national --no-rebuild --councils "$councils" --seed 2017 | tr '\r' '\n' | grep -E '^national' | tail -1 >&2
events=$(psql -d "$db" -At -c "select count(*) from conseils.mt_events")

step "raw sequential scan of $events events…"
t0=$(ms)
psql -d "$db" -At -c "select count(*), sum(length(data::text)) from conseils.mt_events" >/dev/null
scan_ms=$(($(ms) - t0))
scan_rate=$((events * 1000 / (scan_ms > 0 ? scan_ms : 1)))

rebuild() { # label, time file, args…
  local t0 out
  t0=$(ms)
  out=$(/usr/bin/time -v -o "$2" dotnet "$dll" rebuild "${@:3}" | tr '\r' '\n' | grep -E '^rebuild: [0-9]+ projection')
  echo "$(($(ms) - t0)) $out"
}

step "rebuild, one pass…"
read -r one_ms one_line < <(rebuild one /tmp/bench-rebuild-one.time)
projections=$(sed -nE 's/^rebuild: ([0-9]+) projection.*/\1/p' <<<"$one_line")
one_rate=$((events * 1000 / (one_ms > 0 ? one_ms : 1)))
step "  $one_line"

if [[ $passes != 0 ]]; then
  names=$(psql -d "$db" -At -c "select name from conseils.mt_event_progression
    where name like '%:All' and name not like 'EveryView:%' order by name" | sed 's/:All$//')
  step "rebuild, one pass per projection ($(wc -w <<<"$names") projections)…"
  each_ms=0
  each_rss=0
  for name in $names; do
    read -r t _ < <(rebuild "$name" /tmp/bench-rebuild-each.time --projection "$name")
    each_ms=$((each_ms + t))
    rss=$(rss_of /tmp/bench-rebuild-each.time)
    ((rss > each_rss)) && each_rss=$rss
  done
  each_rate=$((events * 1000 / (each_ms > 0 ? each_ms : 1)))
fi

mkdir -p "$here/bench-results"
out="$here/bench-results/$(date -u +%Y-%m-%d-%H%M)-rebuild.md"
{
  echo "# Rebuild, $councils national councils, $events events ($(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "| Rebuild of $projections projections | Time (process, start-up included) | Log events/s | Peak RSS |"
  echo "|---|---:|---:|---:|"
  echo "| \`rebuild\`: one pass over the log | $((one_ms / 1000)).$(((one_ms % 1000) / 100)) s | $one_rate | $(rss_of /tmp/bench-rebuild-one.time) MB |"
  [[ $passes == 0 ]] || echo "| same run, one \`rebuild --projection\` after another: a pass per projection | $((each_ms / 1000)).$(((each_ms % 1000) / 100)) s | $each_rate | $each_rss MB (largest) |"
  echo "| same run, raw sequential scan \`count(*), sum(length(data::text))\` | $scan_ms ms | $scan_rate | |"
  echo
  echo "- $one_line"
} | tee "$out"
step "written to $out"

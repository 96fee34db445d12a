# Sourced by build/bench.sh when BENCH_SCALE_COUNCILS is set: before the HTTP
# phases, loads the national set (demo --national --no-rebuild: bulk COPY through Marten, the
# projections left to the timed rebuild below, so that they are rebuilt once) into the bench
# database, then times, in the same run:
#   - raw COPY baselines of the same rows: the jsonb payloads into an unindexed scratch table, and
#     the mt_streams + mt_events rows into tables of their very shape (LIKE … INCLUDING ALL, same
#     foreign key), PostgreSQL's own limit for storing those rows with that schema;
#   - `rebuild` of every projection (peak RSS of that process by /usr/bin/time);
#   - a raw sequential scan of mt_events (count + sum of payload lengths).
# Then picks the national quartier the HTTP phases replay ($replay_quartier: the first code, in
# order, of a council's quartiers). The HTTP phases that follow measure reads and writes with that
# many events in the store. Appends its table to $scale_md. Expects $dll, $db, psql(), step() from bench.sh.
scale_md=$(mktemp /tmp/bench-scale.XXXXXX.md)
ms() { date +%s%3N; }
# BENCH_SCALE_LOAD_ONLY=1 (for 10^7 events, where a rebuild takes hours here): no same-shape COPY
# baseline, and of the projections only the asynchronous one is rebuilt; the national views stay
# empty, so the HTTP phases read the bench's own councils (and the replay its setup quartier) with
# that many events in the log.
load_only=${BENCH_SCALE_LOAD_ONLY:-}
rss_of() { sed -nE 's/^\s*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$1" | awk '{printf "%.0f", $1 / 1024}'; }

step "scale: demo --national --no-rebuild --councils $BENCH_SCALE_COUNCILS (bulk insert; the timed rebuild below projects)…"
t0=$(ms)
/usr/bin/time -v -o /tmp/bench-scale-load.time dotnet "$dll" demo --national --no-rebuild --councils "$BENCH_SCALE_COUNCILS" --seed 2017 \
  | tr '\r' '\n' | grep -E '^demo: (national|inline)|^national' | tee /tmp/bench-scale-load.out >&2
load_ms=$(($(ms) - t0))
events=$(psql -d "$db" -At -c "select count(*) from conseils.mt_events")
national=$(grep -E '^national:' /tmp/bench-scale-load.out | head -1)
inline=$(grep -E '^demo: inline' /tmp/bench-scale-load.out | head -1)
streams=$(psql -d "$db" -At -c "select count(*) from conseils.mt_streams")

step "scale: raw COPY baseline of $events jsonb rows…"
copy_file=$(mktemp /tmp/bench-scale-copy.XXXXXX)
psql -d "$db" -c "\\copy (select data from conseils.mt_events) to '$copy_file'"
psql -d "$db" -c "drop table if exists copy_baseline" -c "create table copy_baseline(seq_id bigserial, data jsonb not null)"
t0=$(ms)
psql -d "$db" -c "\\copy copy_baseline(data) from '$copy_file'"
copy_ms=$(($(ms) - t0))
rm -f "$copy_file"
psql -d "$db" -c "drop table copy_baseline"

if [[ -z $load_only ]]; then
  step "scale: COPY baseline of the same $streams streams and $events events into tables of their shape…"
  streams_file=$(mktemp /tmp/bench-scale-streams.XXXXXX)
  events_file=$(mktemp /tmp/bench-scale-events.XXXXXX)
  psql -d "$db" -c "\\copy conseils.mt_streams to '$streams_file'" -c "\\copy conseils.mt_events to '$events_file'"
  # The events' foreign key to their streams, as Marten declared it, pointed at the scratch streams.
  fkey=$(psql -d "$db" -At -c "select pg_get_constraintdef(oid) from pg_constraint
    where conrelid = 'conseils.mt_events'::regclass and confrelid = 'conseils.mt_streams'::regclass and contype = 'f'" \
    | sed -E 's/REFERENCES (conseils\.)?mt_streams/REFERENCES copy_shape.mt_streams/')
  [[ -n $fkey ]] || { echo "bench-scale: no foreign key from conseils.mt_events to conseils.mt_streams" >&2; exit 1; }
  psql -d "$db" -c "drop schema if exists copy_shape cascade" -c "create schema copy_shape" \
    -c "create table copy_shape.mt_streams (like conseils.mt_streams including all)" \
    -c "create table copy_shape.mt_events (like conseils.mt_events including all)" \
    -c "alter table copy_shape.mt_events add $fkey"
  t0=$(ms)
  psql -d "$db" -c "\\copy copy_shape.mt_streams from '$streams_file'" -c "\\copy copy_shape.mt_events from '$events_file'"
  shape_ms=$(($(ms) - t0))
  rm -f "$streams_file" "$events_file"
  psql -d "$db" -c "drop schema copy_shape cascade"
  shape_rate=$((events * 1000 / (shape_ms > 0 ? shape_ms : 1)))
fi
insert_rate=$(sed -nE 's/.*bulk insert alone [0-9.]+ s, ([0-9]+) events\/s.*/\1/p' <<<"$national")
copy_rate=$((events * 1000 / (copy_ms > 0 ? copy_ms : 1)))

# The bulk load leaves the log unsealed: seal it now, so that the HTTP phases measure commands and
# reads with the same sealer state at every scale instead of the sealer hashing the backlog meanwhile.
step "scale: sealing the loaded log before the phases (audit-anchor --seal)…"
t0=$(ms)
dotnet "$dll" audit-anchor --seal >/dev/null
seal_ms=$(($(ms) - t0))
seal_rate=$((events * 1000 / (seal_ms > 0 ? seal_ms : 1)))

step "scale: raw sequential scan of mt_events…"
t0=$(ms)
psql -d "$db" -At -c "select count(*), sum(length(data::text)) from conseils.mt_events" >/dev/null
scan_ms=$(($(ms) - t0))
scan_rate=$((events * 1000 / (scan_ms > 0 ? scan_ms : 1)))

if [[ -n $load_only ]]; then
  # The asynchronous projection would otherwise replay the whole loaded log inside the API during
  # the HTTP phases, and its statements and CPU would count as the requests' cost.
  step "scale: rebuild of the asynchronous projection (EventTypeCount) before the phases…"
  t0=$(ms)
  dotnet "$dll" rebuild --projection EventTypeCount | tr '\r' '\n' | grep -E '^rebuild: [0-9]+ projection' >&2
  async_ms=$(($(ms) - t0))
else
  step "scale: rebuild (every projection)…"
  t0=$(ms)
  /usr/bin/time -v -o /tmp/bench-scale-rebuild.time dotnet "$dll" rebuild | tr '\r' '\n' | grep -E '^rebuild: [0-9]+ projection' | tee /tmp/bench-scale-rebuild.out >&2
  rebuild_ms=$(($(ms) - t0))
  rebuild=$(cat /tmp/bench-scale-rebuild.out)
  projections=$(sed -nE 's/^rebuild: ([0-9]+) projection.*/\1/p' <<<"$rebuild")
  rebuild_rate=$((projections * events * 1000 / (rebuild_ms > 0 ? rebuild_ms : 1)))
  # Read after the rebuild: the council views exist only then.
  replay_quartier=$(psql -d "$db" -At -c "select min(code) from conseils.mt_doc_council, jsonb_array_elements_text(data->'quartierCodes') code")
fi

{
  echo "## Scale: $BENCH_SCALE_COUNCILS councils, $events events"
  echo
  echo "| Step | Time | Rate | Baseline in the same run | Ratio |"
  echo "|---|---:|---:|---:|---:|"
  echo "| national load, bulk COPY through Marten (generation overlapped) | ${national#*events in } | $insert_rate events/s (insert alone) | raw \`\\copy\` of the same $events jsonb rows into an unindexed table: $copy_ms ms, $copy_rate rows/s | $((insert_rate * 100 / (copy_rate > 0 ? copy_rate : 1))) % |"
  [[ -n $load_only ]] || echo "| same load, against PostgreSQL's limit for that schema | | | \`\\copy\` of the same $streams mt_streams + $events mt_events rows into tables of their shape (LIKE … INCLUDING ALL, same foreign key): $shape_ms ms, $shape_rate events/s | $((insert_rate * 100 / (shape_rate > 0 ? shape_rate : 1))) % |"
  echo "| whole \`demo --national --no-rebuild\` process (load + start-up) | $((load_ms / 1000)) s | peak RSS $(rss_of /tmp/bench-scale-load.time) MB | | |"
  echo "| sealing the loaded log before the HTTP phases (\`audit-anchor --seal\`, process) | $((seal_ms / 1000)) s | $seal_rate events/s | | |"
  if [[ -n $load_only ]]; then
    echo "| \`rebuild\` of the inline projections | not run (BENCH_SCALE_LOAD_ONLY): the national views are empty; the HTTP phases read the bench's own councils | | sequential scan \`count(*), sum(length(data::text))\`: $scan_ms ms, $scan_rate events/s | |"
    echo "| \`rebuild --projection EventTypeCount\` (the asynchronous projection, process) | $((async_ms / 1000)) s | | | |"
  else
    echo "| \`rebuild\` of $projections projections (process, start-up included) | $((rebuild_ms / 1000)) s | $rebuild_rate events/s (projections × events / time) | sequential scan \`count(*), sum(length(data::text))\`: $scan_ms ms, $scan_rate events/s | $((rebuild_rate * 100 / (scan_rate > 0 ? scan_rate : 1))) % |"
    echo "| rebuild process peak RSS | | $(rss_of /tmp/bench-scale-rebuild.time) MB | | |"
  fi
  echo
  echo "- $national"
  echo "- $inline"
  [[ -n $load_only ]] || echo "- $rebuild"
  echo
} >"$scale_md"

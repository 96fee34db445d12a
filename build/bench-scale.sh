# Sourced by build/bench.sh when BENCH_SCALE_COUNCILS is set (issue 7, scale): before the HTTP
# phases, loads the national set (demo --national, bulk COPY through Marten, then the inline
# projections rebuilt) into the bench database, then times, in the same run:
#   - a raw COPY of as many jsonb rows (the loaded payloads) into an unindexed scratch table;
#   - `rebuild` of every projection (peak RSS of that process by /usr/bin/time);
#   - a raw sequential scan of mt_events (count + sum of payload lengths).
# The HTTP phases that follow then measure reads and writes with that many events in the store.
# Appends its table to $scale_md. Expects $dll, $db, psql(), step() from bench.sh.
scale_md=$(mktemp /tmp/bench-scale.XXXXXX.md)
ms() { date +%s%3N; }
rss_of() { sed -nE 's/^\s*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$1" | awk '{printf "%.0f", $1 / 1024}'; }

step "scale: demo --national --councils $BENCH_SCALE_COUNCILS (bulk insert, then inline projections rebuilt)…"
t0=$(ms)
/usr/bin/time -v -o /tmp/bench-scale-load.time dotnet "$dll" demo --national --councils "$BENCH_SCALE_COUNCILS" --seed 2017 \
  | tr '\r' '\n' | grep -E '^demo: (national|inline)|^national' | tee /tmp/bench-scale-load.out >&2
load_ms=$(($(ms) - t0))
events=$(psql -d "$db" -At -c "select count(*) from conseils.mt_events")
national=$(grep -E '^national:' /tmp/bench-scale-load.out | head -1)
inline=$(grep -E '^demo: inline' /tmp/bench-scale-load.out | head -1)

step "scale: raw COPY baseline of $events jsonb rows…"
copy_file=$(mktemp /tmp/bench-scale-copy.XXXXXX)
psql -d "$db" -c "\\copy (select data from conseils.mt_events) to '$copy_file'"
psql -d "$db" -c "drop table if exists copy_baseline" -c "create table copy_baseline(seq_id bigserial, data jsonb not null)"
t0=$(ms)
psql -d "$db" -c "\\copy copy_baseline(data) from '$copy_file'"
copy_ms=$(($(ms) - t0))
rm -f "$copy_file"
psql -d "$db" -c "drop table copy_baseline"
insert_rate=$(sed -nE 's/.*bulk insert alone [0-9.]+ s, ([0-9]+) events\/s.*/\1/p' <<<"$national")
copy_rate=$((events * 1000 / (copy_ms > 0 ? copy_ms : 1)))

step "scale: raw sequential scan of mt_events…"
t0=$(ms)
psql -d "$db" -At -c "select count(*), sum(length(data::text)) from conseils.mt_events" >/dev/null
scan_ms=$(($(ms) - t0))
scan_rate=$((events * 1000 / (scan_ms > 0 ? scan_ms : 1)))

step "scale: rebuild (every projection)…"
t0=$(ms)
/usr/bin/time -v -o /tmp/bench-scale-rebuild.time dotnet "$dll" rebuild | tr '\r' '\n' | grep -E '^rebuild: [0-9]+ projection' | tee /tmp/bench-scale-rebuild.out >&2
rebuild_ms=$(($(ms) - t0))
rebuild=$(cat /tmp/bench-scale-rebuild.out)
projections=$(sed -nE 's/^rebuild: ([0-9]+) projection.*/\1/p' <<<"$rebuild")
rebuild_rate=$((projections * events * 1000 / (rebuild_ms > 0 ? rebuild_ms : 1)))

{
  echo "## Scale: $BENCH_SCALE_COUNCILS councils, $events events"
  echo
  echo "| Step | Time | Rate | Baseline in the same run | Ratio |"
  echo "|---|---:|---:|---:|---:|"
  echo "| national load, bulk COPY through Marten (generation overlapped) | ${national#*events in } | $insert_rate events/s (insert alone) | raw \`\\copy\` of the same $events jsonb rows into an unindexed table: $copy_ms ms, $copy_rate rows/s | $((insert_rate * 100 / (copy_rate > 0 ? copy_rate : 1))) % |"
  echo "| whole \`demo --national\` process (load + inline rebuild + start-up) | $((load_ms / 1000)) s | peak RSS $(rss_of /tmp/bench-scale-load.time) MB | | |"
  echo "| \`rebuild\` of $projections projections (process, start-up included) | $((rebuild_ms / 1000)) s | $rebuild_rate events/s (projections × events / time) | sequential scan \`count(*), sum(length(data::text))\`: $scan_ms ms, $scan_rate events/s | $((rebuild_rate * 100 / (scan_rate > 0 ? scan_rate : 1))) % |"
  echo "| rebuild process peak RSS | | $(rss_of /tmp/bench-scale-rebuild.time) MB | | |"
  echo
  echo "- $national"
  echo "- $inline"
  echo "- $rebuild"
  echo
} >"$scale_md"

#!/usr/bin/env bash
# Runs the whole test suite against this checkout's private, fast (fsync=off)
# PostgreSQL. The very last line is always "tests: N passed, N failed", and the
# exit status is 0 only when that says 0 failed (CI relies on both).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Build servers outliving the run can keep piped output open and hang CI.
export MSBUILDDISABLENODEREUSE=1

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")
results=$root/.testresults

# Sum passed / failed over the <Counters .../> of every .trx under $1; prints
# "PASSED FAILED", nothing if no .trx. Failed counts failed+error+timeout+aborted.
trx_counts() {
  local dir=$1
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$dir" <<'EOF'
import glob, os, sys, xml.etree.ElementTree as ET
files = glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True)
p = f = 0
for path in files:
    try:
        tree = ET.parse(path)
    except ET.ParseError as e:  # e.g. a test host crash mid-write
        print(f"test.sh: unreadable {path}: {e}", file=sys.stderr)
        f += 1
        continue
    for el in tree.iter():
        if el.tag.rsplit("}", 1)[-1] == "Counters":
            g = lambda k: int(el.get(k, 0))
            p += g("passed")
            f += g("failed") + g("error") + g("timeout") + g("aborted")
if files:
    print(p, f)
EOF
  else
    # No python: the <Counters> tag is flat, so grep/sed can pull attributes.
    local files=() f p=0 n=0 tag a v
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -name '*.trx' -print0)
    ((${#files[@]})) || return 0
    for f in "${files[@]}"; do
      tag=$(tr '\n\r' '  ' <"$f" | grep -o '<Counters [^>]*>' || true)
      for a in passed failed error timeout aborted; do
        v=$(sed -n "s/.* $a=\"\([0-9]*\)\".*/\1/p" <<<"$tag" | head -n1)
        [[ $a == passed ]] && p=$((p + ${v:-0})) || n=$((n + ${v:-0}))
      done
    done
    echo "$p $n"
  fi
}

# Any early exit (pg.sh failing, parse error…) still ends with the summary line.
summary_done=
trap 'rc=$?; if [[ -z $summary_done ]]; then echo "tests: 0 passed, 1 failed"; ((rc)) || rc=1; fi; exit $rc' EXIT

# Allows sourcing this file to test trx_counts alone.
[[ ${TEST_SH_FUNCTIONS_ONLY:-} ]] && { summary_done=1; trap - EXIT; return 0; }

cd "$root"
cs=$(PG_RECREATE=1 "$here/pg.sh" test)
export ConnectionStrings__Marten=$cs

rm -rf "$results"
mkdir -p "$results"
# The dashboard's browser test needs Debian's chromium: installed here when missing; skipped,
# with the reason printed, only when it cannot be installed.
if chromium=$("$here/chromium.sh"); then
  export CONSEILS_CHROMIUM=$chromium
else
  export CONSEILS_CHROMIUM_SKIP="chromium could not be installed (see build/chromium.sh's message above)"
  echo "test.sh: browser test will be skipped: $CONSEILS_CHROMIUM_SKIP" >&2
fi
export CONSEILS_SCREENSHOT=$results/tableau-de-bord.png
# Tests that measure (fuzz, concurrency) append a line of figures here; printed after the run.
export CONSEILS_TEST_FIGURES=$results/figures.txt
test_rc=0
dotnet test ConseilsCitoyens.sln -c Release --logger "trx;LogFilePrefix=results" --results-directory "$results" || test_rc=$?
[[ -f $CONSEILS_TEST_FIGURES ]] && sed 's/^/figures: /' "$CONSEILS_TEST_FIGURES"
[[ -f $CONSEILS_SCREENSHOT ]] && echo "screenshot of the dashboard: $CONSEILS_SCREENSHOT"

counts=$(trx_counts "$results")
if [[ -z $counts ]]; then
  echo "test.sh: no .trx produced (build failure?), dotnet test exit $test_rc" >&2
  passed=0 failed=1
else
  read -r passed failed <<<"$counts"
fi

# Two API nodes, one killed: the asynchronous projection moves and loses nothing (short form of
# build/nodes.sh, about 1.5 min); counted as one test.
if [[ ${TEST_SKIP_NODES:-} ]]; then
  echo "test.sh: two-node test skipped (TEST_SKIP_NODES)" >&2
elif NODES_WRITES=10 NODES_SKIP_BUILD=1 "$here/nodes.sh"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

# A primary and a streaming standby, the API given both hosts (standby first): writes and reads
# find the primary, the standby replicates (build/replica.sh, about 1 min); counted as one test.
if [[ ${TEST_SKIP_REPLICA:-} ]]; then
  echo "test.sh: replica test skipped (TEST_SKIP_REPLICA)" >&2
elif REPLICA_SKIP_BUILD=1 "$here/replica.sh"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

# kill -9 of PostgreSQL (durable cluster) then of the API under load: no acknowledged command lost,
# none appended twice, the asynchronous projection catches up (short form of build/crash.sh,
# about 1.5–2 min); counted as one test.
if [[ ${TEST_SKIP_CRASH:-} ]]; then
  echo "test.sh: crash test skipped (TEST_SKIP_CRASH)" >&2
elif CRASH_SECONDS=5 CRASH_WRITERS=2 CRASH_SKIP_BUILD=1 "$here/crash.sh"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

# The served OpenAPI document linted with Redocly, then a Kiota and an NSwag client generated from it,
# compiled and run through the README's flow against the API (build/contract.sh, about 1–2 min);
# counted as three tests.
if [[ ${TEST_SKIP_CONTRACT:-} ]]; then
  echo "test.sh: contract check skipped (TEST_SKIP_CONTRACT)" >&2
else
  contract=$(CONTRACT_SKIP_BUILD=1 "$here/contract.sh" | tail -n1) || true
  if [[ $contract =~ ^contract:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
  else
    failed=$((failed + 1))
  fi
fi

# Snapshooter writes a missing snapshot and passes: a new or changed snapshot
# file that is not committed means an unreviewed result, so it fails CI.
drift=0
if git rev-parse --git-dir >/dev/null 2>&1; then
  changed=$(git status --porcelain --untracked-files=all -- ':(glob)**/__snapshots__/**' | grep -v '__mismatch__' || true)
  if [[ -n $changed ]]; then
    echo "test.sh: snapshot files not committed (review, then commit them):" >&2
    printf '%s\n' "$changed" >&2
    drift=$(grep -c . <<<"$changed")
  fi
else
  echo "test.sh: not a git checkout, snapshot drift not checked" >&2
fi
failed=$((failed + drift))

# Whatever went wrong must show up as a failure in the summary line.
if ((test_rc != 0 || passed == 0)) && ((failed == 0)); then
  failed=1
fi
summary_done=1
echo "tests: $passed passed, $failed failed"
((failed == 0))

#!/usr/bin/env bash
# The contract check, as a client team would run it, on 127.0.0.1 only:
#   1. lint: the OpenAPI document served by a running API, linted with Redocly CLI against
#      build/contract/redocly.yaml (the rules that matter to clients): zero errors, zero warnings;
#   2. kiota, 3. nswag: a C# client generated from that document with each generator (dotnet tools,
#      installed here when missing), compiled with build/contract/<Generator>Flow, and run through the
#      README's "Try it" flow against the API (build/contract/*Flow/Program.cs says each step).
# Generated code and the document go under .contract/ (ignored). Uses the test cluster
# (build/pg.sh test) in a database of its own, conseilscitoyens_contract, recreated at each run.
# The last line is "contract: N passed, N failed" (one per check); exit 0 only when none failed.
# CONTRACT_SKIP_BUILD=1 uses the API already built in Release (build/test.sh builds it first).
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
# Kiota asks GitHub for a newer version on each run unless offline.
export KIOTA_OFFLINE_ENABLED=true
export PATH="$PATH:$HOME/.dotnet/tools"
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGDATA

readonly REDOCLY=@redocly/cli@2.77.0 KIOTA_VERSION=1.38.0 NSWAG_VERSION=14.7.1

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")
cd "$root"
out=$root/.contract
started=$SECONDS
step() { echo "contract [$((SECONDS - started)) s]: $*" >&2; }
passed=0 failed=0
verdict() { # name status
  if (($2 == 0)); then passed=$((passed + 1)); step "passed: $1"; else failed=$((failed + 1)); step "FAILED: $1"; fi
}
api_pid=
finish() {
  local rc=$?
  [[ -n $api_pid ]] && kill -0 "$api_pid" 2>/dev/null && { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; }
  # Whatever stopped the run early counts as a failure.
  ((passed + failed == 3)) || failed=$((3 - passed))
  echo "contract: $passed passed, $failed failed"
  ((failed == 0)) && exit 0 || exit $((rc == 0 ? 1 : rc))
}
trap finish EXIT

test_cs=$("$here/pg.sh" test 2>/dev/null)
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$test_cs")
db=conseilscitoyens_contract
bin=$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/psql | sort -V | tail -n1)")
"$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U conseils -d postgres \
  -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"

dll=src/Api/bin/Release/net10.0/ConseilsCitoyens.Api.dll
[[ ${CONTRACT_SKIP_BUILD:-} ]] || dotnet build src/Api -c Release -nologo -v q >&2
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_CONTENTROOT=$root/src/Api/bin/Release/net10.0
export ConnectionStrings__Marten="Host=127.0.0.1;Port=$port;Database=$db;Username=conseils" RateLimiting__PermitPerMinute=1000000
token=$(dotnet "$dll" dev-tokens 2>/dev/null | awk '$1 == "administrator" {print $2}')
[[ -n $token ]] || { step "no administrator token from dev-tokens"; exit 1; }

api_port=5400
while timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$api_port" 2>/dev/null; do ((++api_port)); done
base=http://127.0.0.1:$api_port
rm -rf "$out" && mkdir -p "$out"
ASPNETCORE_URLS=$base dotnet "$dll" >"$out/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/health/live" 2>/dev/null && break
  kill -0 "$api_pid" 2>/dev/null || { cat "$out/api.log" >&2; step "the API exited"; exit 1; }
  sleep 0.5
done
curl -fsS -o "$out/openapi.json" "$base/openapi/v1.json"
step "API on $base, document $(wc -c <"$out/openapi.json") bytes"

# 1. Lint: recommended-strict makes every warning an error, so exit 0 means zero of both.
lint=0
npx -y "$REDOCLY" lint --config "$here/contract/redocly.yaml" --format=summary "$out/openapi.json" >"$out/lint.txt" 2>&1 || lint=1
grep -E '^(error|warning) ' "$out/lint.txt" >&2 || true
verdict "Redocly lint (build/contract/redocly.yaml)" $lint

tool() { # command package version
  command -v "$1" >/dev/null 2>&1 && return 0
  step "installing $2 $3 (dotnet tool)"
  dotnet tool install --global "$2" --version "$3" >&2
}

client() { # name, flow project, then the generator's command line
  local name=$1 flow=$2; shift 2
  local status=0
  if ! "$@" >"$out/$name-generate.log" 2>&1; then
    cat "$out/$name-generate.log" >&2
    status=1
  elif ! dotnet build "$here/contract/$flow" -c Release -nologo -v q -p:Generated="$out/$name" \
      -o "$out/$name-bin" >"$out/$name-build.log" 2>&1; then
    grep -E 'error' "$out/$name-build.log" | sort -u | head -20 >&2
    status=1
  else
    dotnet "$out/$name-bin/$flow.dll" "$base" "$token" >&2 || status=1
  fi
  verdict "$name client generated, compiled, flow run" $status
}

# 2. Kiota
if tool kiota Microsoft.OpenApi.Kiota "$KIOTA_VERSION"; then
  client kiota KiotaFlow kiota generate -l CSharp -d "$out/openapi.json" -o "$out/kiota" -c ConseilsClient -n Conseils.Kiota --log-level Warning
else
  verdict "kiota could not be installed" 1
fi

# 3. NSwag; operation ids are the use cases' names, one client; wrapped responses expose ETag and Location.
if tool nswag NSwag.ConsoleCore "$NSWAG_VERSION"; then
  client nswag NSwagFlow nswag openapi2csclient /input:"$out/openapi.json" /output:"$out/nswag/Client.cs" /namespace:Conseils.NSwag \
    /className:ConseilsClient /operationGenerationMode:SingleClientFromOperationId /wrapResponses:true
else
  verdict "nswag could not be installed" 1
fi

#!/usr/bin/env bash
# Runs the API locally against this checkout's private, durable PostgreSQL
# (its data survives restarts). Extra arguments go to the API itself.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || dirname "$here")
cd "$root"

cs=$("$here/pg.sh" run)
export ConnectionStrings__Marten=$cs
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:5080}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}

dll=src/Api/bin/Release/net10.0/ConseilsCitoyens.Api.dll
# appsettings*.json are read from the content root: the build output holds them.
export ASPNETCORE_CONTENTROOT=${ASPNETCORE_CONTENTROOT:-$root/src/Api/bin/Release/net10.0}
dotnet build src/Api -c Release -nologo -v q
# Create/patch the Marten schema up front (JasperFx command line) rather than
# on the first request.
dotnet "$dll" resources setup

# The demo data set (Paris programme 2017–2019): idempotent, it loads only once. When it was loaded
# before, by an earlier checkout, a view added since would be empty: every view is rebuilt from the log
# (one pass, seconds on the demo data).
demo=$(dotnet "$dll" demo | tr '\r' '\n' | tee /dev/stderr)
if grep -q "already loaded" <<<"$demo"; then
  dotnet "$dll" rebuild | tr '\r' '\n' | grep -E '^rebuild: [0-9]+ projection'
fi

# One long-lived token per role, signed with the development key (Development only).
sponsor=
if [[ $ASPNETCORE_ENVIRONMENT == Development ]]; then
  tokens=$(dotnet "$dll" dev-tokens 2>/dev/null | sed -n '/^Bearer tokens/,$p')
  echo "$tokens"
  echo "Use one as: curl -H \"Authorization: Bearer <token>\" ..."
  sponsor=$(awk '$1 == "sponsor" {print $2}' <<<"$tokens")
fi

# First URL, with wildcard hosts made clickable.
base=${ASPNETCORE_URLS%%;*}
base=${base%/}
base=$(sed -E 's#://(\+|\*|0\.0\.0\.0|\[::\])#://localhost#' <<<"$base")
echo "API: $base"
echo "OpenAPI: $base/openapi/v1.json"
echo "Docs: $base/scalar"
echo "Health: $base/health/live  $base/health/ready"
# The demo's convention (2017–2019) evaluated, to read and print in a browser (a token in the address: this page only).
echo "Evaluation report: $base/evaluation/rapport?conventionYear=2&asOf=2018-12-31${sponsor:+&access_token=$sponsor}"
echo "  (the whole convention without ?conventionYear=; as HTML, PDF and JSON files: dotnet $dll rapport --to rapport/ --convention-year 2 --asOf 2018-12-31)"
exec dotnet "$dll" "$@"

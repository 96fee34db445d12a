#!/usr/bin/env bash
# Writes Wolverine's and Marten's generated code into src/Api/Internal/Generated so that a
# Production build starts from compiled types instead of compiling them at start-up.
# Run it, then build/publish the API; the folder is git-ignored because it is derived.
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
root=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root/src/Api"
# codegen does not touch the database: the API accepts to build its host without one for it.
dotnet run -c Release --no-launch-profile -- codegen write
dotnet build -c Release -nologo -v q
echo "codegen: generated code written to src/Api/Internal/Generated and compiled into the API"

#!/usr/bin/env bash
# Prints the path of Debian's chromium, installing it first when missing (quiet, idempotent), with
# poppler-utils' pdftoppm, which turns the printed evaluation report's pages into PNG for people to look at.
# Exits 3 with a reason on stderr when it cannot be installed (not root, no sudo, no network):
# build/test.sh then skips the browser test with that message.
set -euo pipefail
find_chromium() { command -v chromium || command -v chromium-browser || true; }
path=$(find_chromium)
if [[ -z $path ]] || ! command -v pdftoppm >/dev/null; then
  if ((EUID == 0)); then sudo=(); elif sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    echo "chromium.sh: chromium or pdftoppm is missing and we are neither root nor allowed sudo" >&2; exit 3; fi
  echo "chromium.sh: installing Debian's chromium and poppler-utils (about a minute)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Another installer (another checkout's run) may hold dpkg's lock: wait for it rather than fail.
  if ! { "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update -qq &&
         "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium poppler-utils; } >/dev/null 2>&1; then
    echo "chromium.sh: apt-get could not install chromium" >&2; exit 3
  fi
  path=$(find_chromium)
  [[ -n $path ]] || { echo "chromium.sh: chromium installed but not found on PATH" >&2; exit 3; }
fi
echo "$path"

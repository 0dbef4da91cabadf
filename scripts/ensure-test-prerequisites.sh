#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium, the Neo4j tests need Java 17+ and
# Maven. Installs what is missing when it can (root with apt-get), otherwise says what to install.
set -euo pipefail

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
if [ -z "${NEO4J_URI:-}" ]; then
  command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test prerequisites from Debian: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need: ${missing[*]}." >&2
echo "Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
echo "(or set CHROMIUM_PATH to another Chromium, NEO4J_URI to a running Neo4j)." >&2
exit 1

#!/usr/bin/env bash
# Start-up time to ready and idle memory of the host on SQLite with a fresh data directory.
#   bench/startup.sh [runs]   (build first: dotnet build -c Release SmartRoom.sln)
# Prints, per run: milliseconds from process start to the first 200 of /health/ready, and the resident
# memory (VmRSS) after 10 s of idling. Runs the Release build in Production mode (Static codegen, no HTTPS
# redirect so curl can poll plain HTTP).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dll=Host/SmartRoom.Host/bin/Release/net10.0/SmartRoom.Host.dll
[[ -f $dll ]] || { echo "build first: dotnet build -c Release SmartRoom.sln" >&2; exit 1; }
port=5199
measure() { # data-dir label
  local data=$1 label=$2 start pid ready rss
  start=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production SmartRoom__RequireHttps=false SmartRoom__DataDirectory="$data" \
    ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$dll" >"$data/host.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$data/host.log"; exit 1; }
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 10
  rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "run $run, $label: ready in ${ready} ms, idle RSS ${rss} MiB"
}
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  measure "$data" "fresh database (migrations applied during start-up)"
  measure "$data" "existing database (restart)"
  rm -rf "$data"
done

#!/usr/bin/env bash
# Runs the README's walk-throughs against a real host, so a README that no longer matches the API fails.
#
#   scripts/run-readme.sh            (after `dotnet build`; the host is started with --no-build)
#
# Starts the host (Development, SQLite) on a fresh data directory and a free port (5152 when free), with
# the first admin named in the README's "The first admin" block, waits until it is ready, then runs every
# fenced block whose info string is `bash run` — in README order, in one shell, with `set -euo pipefail` —
# with SR (the host's base URL) and MAIL (its mail pickup folder) set for this host. Any failing command
# fails the run. The host is stopped and the data directory removed afterwards, whatever happened.
# Needs curl, jq, pdftotext (poppler-utils) and unzip, as the README says.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
readme="$root/README.md"

for tool in curl jq pdftotext unzip; do
  command -v "$tool" >/dev/null || { echo "run-readme: '$tool' is needed (the README says so)" >&2; exit 1; }
done

work=$(mktemp -d)
host_pid=""
cleanup() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
    # the host runs in a process group of its own (dotnet run and the app it starts)
    kill -TERM -- "-$host_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$host_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The first admin exactly as the README starts it.
admin_email=$(sed -n "s/^SmartRoom__Bootstrap__AdminEmail=\([^ ]*\) .*/\1/p" "$readme" | head -1)
admin_password=$(sed -n "s/^SmartRoom__Bootstrap__AdminPassword='\([^']*\)'.*/\1/p" "$readme" | head -1)
[[ -n "$admin_email" && -n "$admin_password" ]] || { echo "run-readme: no first-admin block in README.md" >&2; exit 1; }

# A free port, 5152 (the README's) when it is free.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=${SMARTROOM_README_PORT:-5152}
while port_in_use "$port"; do port=$((port + 1)); done
export SR="http://localhost:$port"
export MAIL="$work/data/mail"

# The blocks to run, in a script whose line numbers are the README's (other lines left empty), so that
# a failing command is reported by its README line; each block starts by saying where it is.
script="$work/readme.sh"
failed_at="$work/failed-at"
awk -v failed_at="$failed_at" '
  NR == 1                     { print "trap '\''echo $LINENO > \"" failed_at "\"'\'' ERR"; next }
  /^## /                      { section = substr($0, 4) }
  /^```bash run[[:space:]]*$/ { inside = 1; blocks++; print "printf \"\\n---- README.md:" NR + 1 " (" section ")\\n\""; next }
  inside && /^```/            { inside = 0; print ""; next }
                              { print inside ? $0 : "" }
  END                         { if (!blocks) { print "run-readme: no `bash run` block in README.md" > "/dev/stderr"; exit 1 } }
' "$readme" > "$script"
echo "run-readme: $(grep -c '^printf "\\n---- ' "$script") blocks from README.md"

echo "run-readme: starting the host on $SR (data in $work/data)"
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="$SR" \
SmartRoom__DataDirectory="$work/data" \
SmartRoom__PublicBaseUrl="$SR" \
SmartRoom__Bootstrap__AdminEmail="$admin_email" \
SmartRoom__Bootstrap__AdminPassword="$admin_password" \
  setsid dotnet run --no-build --no-launch-profile --project Host/SmartRoom.Host > "$work/host.log" 2>&1 &
host_pid=$!

# Ready: this host (not another one that took the port meanwhile) listens on SR and says Healthy.
ready() { grep -qF "Now listening on: $SR" "$work/host.log" && [[ "$(curl -s "$SR/health/ready")" == "Healthy" ]]; }
for _ in $(seq 240); do
  if ! kill -0 "$host_pid" 2>/dev/null; then
    echo "run-readme: the host stopped before it was ready:" >&2; tail -40 "$work/host.log" >&2; exit 1
  fi
  if ready; then break; fi
  sleep 0.5
done
ready || { echo "run-readme: the host was not ready in 120 s" >&2; tail -40 "$work/host.log" >&2; exit 1; }

started=$SECONDS
if (cd "$root" && bash -euo pipefail "$script"); then
  echo "run-readme: every README block ran ($((SECONDS - started)) s)"
else
  status=$?
  if [[ -s "$failed_at" ]]; then
    line=$(cat "$failed_at")
    echo "run-readme: README.md:$line failed (exit $status): $(sed -n "${line}p" "$readme")" >&2
  else
    echo "run-readme: a README block failed (exit $status)" >&2
  fi
  echo "run-readme: the host's last lines:" >&2
  tail -30 "$work/host.log" >&2
  exit "$status"
fi

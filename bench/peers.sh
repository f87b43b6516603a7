#!/usr/bin/env bash
# Times psh against the peers issue 14 measures it by, side by side with
# hyperfine: the same work done directly on SQLite (bench/sqlpeer, Go with
# modernc.org/sqlite), `bash -c true` for start-up, and the system CPython
# for the interpreter loops. PSH_DIRECTORY must name a directory file (build
# the 100,000-recipient one once: psh -c 'New-DemoOrganization -Users 100000 -Seed 1').
#   PSH_DIRECTORY=/tmp/b/d.db bench/peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PSH_DIRECTORY:?set PSH_DIRECTORY to a directory file}"
export PSH_DIRECTORY
runs=${RUNS:-5}
dir=$(mktemp -d)
CGO_ENABLED=0 go build -o "$dir/psh" ./cmd/psh
CGO_ENABLED=0 go build -o "$dir/sqlpeer" ./bench/sqlpeer
py=/usr/bin/python3
h() { hyperfine -N -w 1 -r "$runs" "$@"; }
h "bash -c true" "$dir/psh -NoProfile -c \$null"
h "$dir/psh -NoProfile -c '1..1000000000 | Select-Object -First 2'" "$dir/psh -NoProfile -c '1..1000000 | ForEach-Object {\$_} | Select-Object -First 2'"
h "$py -c 'print(sum(map(lambda x: x*2, range(1,1000001))))'" \
  "$dir/psh -NoProfile -c '(1..1000000 | ForEach-Object { \$_ * 2 } | Measure-Object -Sum).Sum'"
h "$py -c 's=0
for i in range(1,1000001): s += i*2
print(s)'" "$dir/psh -NoProfile -c '\$s = 0; foreach (\$i in 1..1000000) { \$s += \$i * 2 }; \$s'"
h "$dir/sqlpeer count" "$dir/psh -NoProfile -File bench/exchange-all.ps1"
h "$dir/sqlpeer csv" "$dir/psh -NoProfile -File bench/exchange-csv.ps1"
rm -rf "$dir"

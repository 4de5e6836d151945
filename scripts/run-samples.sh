#!/usr/bin/env bash
# README command 1: install what is needed, build, and run the main job on
# samples/ — a reporting season of the Lai Châu 2020 campaign: ingest every
# document, print who has reported, and write the consolidated reports.
#
# Output: the status matrix on the terminal, reports in build/samples-report/,
# the store in build/samples-data/ (recreated on every run).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc 2>/dev/null || echo 2)"

campaign=samples/campaigns/lai-chau-2020.xml
data=build/samples-data
out=build/samples-report
rm -rf "$data" "$out"
mkdir -p "$out"

# git does not keep file times: give each sample the time it was received.
samples/touch-received.sh

echo
echo "== tonghop ingest samples/docs"
# One sample is a legacy .doc that must be refused: ingest reports it and
# still exits 0 because the others were read.
build/tonghop ingest samples/docs --campaign "$campaign" --data-dir "$data"

echo
echo "== tonghop status"
build/tonghop status --campaign "$campaign" --data-dir "$data"

echo
echo "== tonghop report"
for format in docx html csv xml json; do
  build/tonghop report --campaign "$campaign" --data-dir "$data" --period all \
    --format "$format" -o "$out/bao-cao-tong-hop.$format"
done
echo
echo "Reports: $out/ (open bao-cao-tong-hop.docx or .html)"

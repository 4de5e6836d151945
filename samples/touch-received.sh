#!/usr/bin/env bash
# Git does not keep file modification times, and tonghop takes a plain
# file's modification time as the time it was received. This sets the mtime
# of every file of samples/docs to its received time from samples/received.tsv
# (tab-separated: file name under samples/docs, ISO 8601 time with +07:00).
# Run it after a checkout and before `tonghop ingest samples/docs ...`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=0
while IFS=$'\t' read -r file received; do
  case "$file" in ''|'#'*) continue ;; esac
  touch -d "$received" "$here/docs/$file"
  n=$((n + 1))
done < "$here/received.tsv"
echo "touch-received: set $n file times from samples/received.tsv" >&2

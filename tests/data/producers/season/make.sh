#!/usr/bin/env bash
# Rebuild samples/docs, samples/truth and samples/received.tsv — the sample
# reporting season the README's first command ingests — from season.py.
#
# Made and checked with: LibreOffice 7.4.7.2, pandoc 2.17.1.1, Python 3.11
# (standard library only). Other versions should work but will not give the
# same bytes; the committed files are what the truth describes.
#
# Usage: tests/data/producers/season/make.sh     (from anywhere; re-runnable)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
for tool in soffice pandoc python3; do
  command -v "$tool" >/dev/null || { echo "make.sh: $tool not found" >&2; exit 2; }
done
echo "LibreOffice: $(soffice --version | head -1)"
echo "pandoc:      $(pandoc --version | head -1)"
echo "python:      $(python3 --version)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private LibreOffice profile (season.py passes -env:UserInstallation):
# another running soffice or the user's settings cannot interfere.
python3 "$here/season.py" build "$root/samples" "$work"
"$root/samples/touch-received.sh"
ls -l "$root/samples/docs"

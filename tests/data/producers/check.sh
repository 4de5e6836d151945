#!/usr/bin/env bash
# Open each given document with LibreOffice and print its plain text — the
# "does it open, does it read like a proper document" check for everything
# make.sh and season/make.sh produce. Flat OPC files are first repacked to a
# zip package (LibreOffice cannot open Flat OPC); .doc files are opened too
# (they are valid Word 97 files; it is tonghop that must refuse them).
# Usage: check.sh FILE...     (texts go to stdout, one "=== FILE" block each)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for f in "$@"; do
  name=$(basename "$f")
  stem=${name%.*}
  mkdir -p "$work/in" "$work/out"
  if head -c 400 "$f" | grep -q 'pkg:package'; then
    python3 "$here/flat_opc.py" --unflatten "$f" "$work/in/$stem.docx"
  else
    cp "$f" "$work/in/$name"
  fi
  soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to txt:Text \
    --outdir "$work/out" "$work/in/"* >/dev/null 2>&1
  echo "=== $f"
  if [ -s "$work/out/$stem.txt" ]; then
    sed 's/^\xEF\xBB\xBF//' "$work/out/$stem.txt"
  else
    echo "!!! LibreOffice could not open it"
  fi
  rm -rf "$work/in" "$work/out"
done

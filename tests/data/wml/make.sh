#!/bin/sh
# Regenerates the producer-made test documents of tests/data/wml from their
# sources in src/: LibreOffice (soffice 7.4) converts the .fodt files to
# DOCX, pandoc (2.17) the markdown. The outputs are committed; run this only
# to refresh them, then check the tests still describe what Word shows.
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
soffice --headless --convert-to docx --outdir "$out" src/lo-report.fodt >/dev/null
cp "$out/lo-report.docx" lo-report.docx
pandoc src/pandoc-report.md -o pandoc-report.docx
echo "made lo-report.docx pandoc-report.docx"

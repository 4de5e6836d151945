#!/usr/bin/env bash
# Rebuild the reader-test documents of tests/data/producers/ from their
# committed sources, with real producers. See README.md here for what each
# output is and what `tonghop inspect --text` must print for it.
#
# Made and checked with:
#   LibreOffice 7.4.7.2 (Debian 12 package libreoffice-writer)
#   pandoc 2.17.1.1     (Debian 12 package pandoc)
#   Python 3.11, standard library only
# Other versions should give equivalent documents but not the same bytes; the
# committed outputs are the ones README.md describes. Outputs carry creation
# times, so every run changes their bytes: commit them only when a source
# changed.
#
# Usage: tests/data/producers/make.sh     (from anywhere; re-runnable)
# The sample season under samples/ is made by season/make.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
for tool in soffice pandoc python3; do
  command -v "$tool" >/dev/null || { echo "make.sh: $tool not found" >&2; exit 2; }
done
echo "LibreOffice: $(soffice --version | head -1)"
echo "pandoc:      $(pandoc --version | head -1)"
echo "python:      $(python3 --version)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private profile: a running soffice or the user's settings cannot interfere.
soffice=(soffice "-env:UserInstallation=file://$work/lo-profile" --headless)

# 1. LibreOffice, from the hand-written flat ODF report:
#    DOCX, Word 2003 XML ("XML Document" of Word 2003) and legacy Word 97 .doc.
"${soffice[@]}" --convert-to docx --outdir "$work" lo-report.fodt >/dev/null
"${soffice[@]}" --convert-to 'xml:MS Word 2003 XML' --outdir "$work" lo-report.fodt >/dev/null
"${soffice[@]}" --convert-to doc --outdir "$work" lo-report.fodt >/dev/null
cp "$work/lo-report.docx" lo-report.docx
cp "$work/lo-report.xml" lo-report.word2003.xml
cp "$work/lo-report.doc" lo-report.doc

# 2. Flat OPC (Word's "XML Document", pkg:package) of the LibreOffice DOCX.
python3 flat_opc.py lo-report.docx lo-report.flat.xml

# 3. pandoc, from markdown, with a reference.docx set up like an office template.
pandoc -o "$work/pandoc-default.docx" --print-default-data-file reference.docx
python3 pandoc_reference.py "$work/pandoc-default.docx" "$work/reference.docx"
pandoc -f markdown-smart --reference-doc "$work/reference.docx" -o pandoc-plan.docx pandoc-plan.md

ls -l lo-report.docx lo-report.word2003.xml lo-report.doc lo-report.flat.xml pandoc-plan.docx

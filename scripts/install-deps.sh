#!/usr/bin/env bash
# Installs every system package tonghop needs to build, test and benchmark,
# from Debian 12's own repositories. Safe to run again; needs root or sudo.
#
#   scripts/install-deps.sh            build + test dependencies
#   scripts/install-deps.sh --producers  also LibreOffice and pandoc (test-data
#                                        regeneration, report conversion tests)
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libpoco-dev            # Foundation, Util, JSON, Data + SQLite, Net
  libxml2-dev            # XSD validation with line numbers
  libicu-dev             # NFC, case folding, collation
  libpugixml-dev         # WordprocessingML DOM
  zlib1g-dev             # DEFLATE for the ZIP layer
  libgtest-dev libgmock-dev libbenchmark-dev
  libzip-dev             # only for bench/zip_bench.cc (our ZIP reader vs libzip)
  python3                # acceptance scorers, test-data scripts
)
if [[ "${1:-}" == "--producers" ]]; then
  packages+=(libreoffice-writer-nogui pandoc)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: everything is already installed"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

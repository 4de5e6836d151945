#!/usr/bin/env bash
# README command 2: install what is needed, build, and run the whole test
# suite through CTest — once in a normal build and once under
# AddressSanitizer + UndefinedBehaviorSanitizer. `.ci/run` calls exactly this.
#
#   scripts/test.sh            both builds
#   TONGHOP_SKIP_SANITIZE=1 scripts/test.sh   the normal build only (quicker, local)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --producers

jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

if [[ "${TONGHOP_SKIP_SANITIZE:-0}" != "1" ]]; then
  # Warnings fail this build: the code stays -Wall -Wextra -Wshadow clean.
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTONGHOP_SANITIZE=ON -DTONGHOP_BUILD_BENCH=OFF \
    -DTONGHOP_WERROR=ON
  cmake --build build-asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
fi

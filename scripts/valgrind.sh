#!/usr/bin/env bash
# Runs the whole test suite under valgrind memcheck: the GoogleTest programs
# and every run of the jixiao binary by the CLI, batch and pack tests. A
# memcheck error or a definite leak fails the test (exit 99). Slow: about
# 50 times the normal suite, so it is not part of CI (the ASan+UBSan build is).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
if ! command -v valgrind >/dev/null; then
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get install -y valgrind
fi
jobs="$(nproc)"
cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJIXIAO_VALGRIND=ON \
  -DJIXIAO_BENCH=OFF >/dev/null
cmake --build build-valgrind -j "$jobs"
ctest --test-dir build-valgrind --output-on-failure -j "$jobs" --timeout 3600 "$@"

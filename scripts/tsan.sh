#!/usr/bin/env bash
# Runs the batch pipeline under ThreadSanitizer: the batch, no-data-loss and
# pack tests (jixiao with 1 to 3 workers, stdin to stdout, --output, check
# --jsonl) and a 2,000-record run with 4 workers on generated projects. Any
# report fails (TSan exits 66). Not part of CI: a third full build would not
# fit its time; run it when the batch code or anything shared between workers
# changes (per-thread caches, the analysed pack).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs="$(nproc)"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS=-fsanitize=thread \
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DJIXIAO_BENCH=OFF >/dev/null
cmake --build build-tsan -j "$jobs"
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}"
ctest --test-dir build-tsan --output-on-failure -j "$jobs" -R 'batch|Batch|Pack|SelfEval' "$@"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_projects.py 2000 7 >"$work/projects.jsonl"
./build-tsan/jixiao eval --pack rules/national-selfeval --jsonl "$work/projects.jsonl" --jobs 4 \
  --output "$work/out.jsonl"
test "$(wc -l <"$work/out.jsonl")" -eq 2000
echo "tsan: no reports"

#!/usr/bin/env bash
# Builds jixiao and scores a bundled project self-evaluation (examples/selfeval/,
# built from a real 绩效目标表) with the national pack.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BENCH=OFF >/dev/null
cmake --build build -j "$(nproc)" --target jixiao_cli >/dev/null
./build/jixiao eval --pack rules/national-selfeval --format table \
  examples/selfeval/000-纸质档案数字化项目.json

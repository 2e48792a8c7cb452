#!/usr/bin/env bash
# Builds jixiao and reads the targets of a real 绩效目标表 (examples/targets/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BENCH=OFF >/dev/null
cmake --build build -j "$(nproc)" --target jixiao_cli >/dev/null
./build/jixiao target --category 成本指标 --format table -- '≤2.5元/平方米·月' '60元'
./build/jixiao target --format table < examples/targets/000-档案室机房租赁经费.txt

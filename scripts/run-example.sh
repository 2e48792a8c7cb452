#!/usr/bin/env bash
# Builds jixiao and scores a bundled project self-evaluation (examples/selfeval/,
# built from a real 绩效目标表) with the national pack.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "jixiao: 检查依赖 / checking the Debian packages…" >&2
bash scripts/install-deps.sh
echo "jixiao: 构建中（首次约两分钟）/ building (about two minutes the first time)…" >&2
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BENCH=OFF >/dev/null
# The build's own percentages, one per line, so a first build is not minutes of silence.
if ! cmake --build build -j "$(nproc)" --target jixiao_cli 2>&1 | tee build/build.log |
  awk '/^\[ *[0-9]+%\]/ { p = $0; sub(/%\].*/, "", p); sub(/^\[ */, "", p)
         if (p - last >= 10 || (p == 100 && last != 100)) { print "  " p "%"; fflush(); last = p } }' >&2; then
  tail -n 40 build/build.log >&2
  exit 1
fi
echo "jixiao: 评分 / scoring examples/selfeval/000-纸质档案数字化项目.json" >&2
./build/jixiao eval --pack rules/national-selfeval --format table \
  examples/selfeval/000-纸质档案数字化项目.json

#!/usr/bin/env bash
# Builds jixiao (Release) and installs it: the `jixiao` command into PREFIX/bin
# (default /usr/local, so it is on the PATH) and the bundled rule packs into
# PREFIX/share/jixiao/rules, where `jixiao eval` finds national-selfeval and a
# pack anywhere finds the packs it extends.
# usage: bash scripts/install.sh [PREFIX]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
bash scripts/install-deps.sh
echo "jixiao: 构建中（Release）/ building (Release)…" >&2
cmake -S . -B build-install -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BENCH=OFF -DJIXIAO_TESTS=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
if ! cmake --build build-install -j "$(nproc)" --target jixiao_cli 2>&1 | tee build-install/build.log |
  awk '/^\[ *[0-9]+%\]/ { p = $0; sub(/%\].*/, "", p); sub(/^\[ */, "", p)
         if (p - last >= 10 || (p == 100 && last != 100)) { print "  " p "%"; fflush(); last = p } }' >&2; then
  tail -n 40 build-install/build.log >&2
  exit 1
fi
sudo=""
[ -w "$prefix" ] || [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo cmake --install build-install >/dev/null
echo "jixiao: 已安装 / installed: $prefix/bin/jixiao ($("$prefix/bin/jixiao" --version))" >&2

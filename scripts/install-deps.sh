#!/usr/bin/env bash
# Installs the Debian packages jixiao builds with, if any is missing.
# Runs as root on a fresh Debian machine (uses sudo when not root).
set -euo pipefail
# python3: the batch benchmark's generator and Python reference (bench/), which a test also runs.
# libpoppler-cpp-dev, pkg-config: the text layer of published PDFs (jixiao import/check FILE.pdf).
# libzip-dev, libpugixml-dev: reading xlsx workbooks; libxlsxwriter-dev: writing them;
# python3-openpyxl: the tests' independent writer and reader of workbooks.
# libmimalloc-dev: the allocator the jixiao command links (README, Dependencies).
packages=(cmake make g++ pkg-config tao-pegtl-dev libboost-dev nlohmann-json3-dev libgtest-dev libbenchmark-dev
  libpoppler-cpp-dev libzip-dev libpugixml-dev libxlsxwriter-dev libmimalloc-dev
  python3 python3-openpyxl)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Sourced by the batch benchmarks: installs what they need, builds the Release
# jixiao and the floor program, and sets $root, $build, $jixiao, $floor and a
# $work folder removed on exit.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-rel"
bash "$root/scripts/install-deps.sh"
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null 2>&1 || true; }
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target jixiao_cli bench_floor >/dev/null
jixiao="$build/jixiao"
floor="$build/bench/bench_floor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

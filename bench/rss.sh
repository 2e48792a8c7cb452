#!/usr/bin/env bash
# Flat memory: streams N generated projects straight from the generator into
# `jixiao eval --jsonl -` (nothing on disk) for a small and a large N, and
# prints jixiao's peak RSS for each and their ratio. Not a test: it prints
# numbers (bench/README.md keeps them).
#
# usage: bash bench/rss.sh [SMALL] [LARGE]     (default 10000 and 1000000, ~4 GB streamed)
set -euo pipefail
small=${1:-10000}
large=${2:-1000000}
source "$(dirname "$0")/setup.sh"

# stream N: prints "N seconds peak_kb records_out"
stream() {
  python3 "$root/bench/gen_projects.py" "$1" |
    /usr/bin/time -f "%e %M" -o "$work/time" \
      "$jixiao" eval --pack "$root/rules/national-selfeval" --jsonl - 2> "$work/err" |
    wc -l > "$work/lines"
  read -r secs kb < "$work/time"
  echo "$1 $secs $kb $(cat "$work/lines")"
}

read -r n1 s1 k1 l1 <<< "$(stream "$small")"
read -r n2 s2 k2 l2 <<< "$(stream "$large")"
test "$l1" -eq "$n1" && test "$l2" -eq "$n2"
printf '%-12s %10s %14s %12s\n' projects "wall (s)" "peak RSS (MB)" "lines out"
awk -v n="$n1" -v s="$s1" -v k="$k1" -v l="$l1" 'BEGIN { printf "%-12d %10.1f %14.1f %12d\n", n, s, k / 1024, l }'
awk -v n="$n2" -v s="$s2" -v k="$k2" -v l="$l2" 'BEGIN { printf "%-12d %10.1f %14.1f %12d\n", n, s, k / 1024, l }'
awk -v a="$k1" -v b="$k2" 'BEGIN { printf "RSS at %s / RSS at %s: %.3f\n", "large", "small", b / a }'

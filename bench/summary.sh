#!/usr/bin/env bash
# The reviewer's summary on a large batch: N generated projects filed with
# their scores and deliberate deviations (gen_projects.py --filed), scored
# with and without --summary (HTML), interleaved, best of five each; prints the time the
# summary adds and jixiao's peak RSS with it. Not a test: it prints numbers
# (bench/README.md keeps them).
#
# usage: bash bench/summary.sh [N]     (default 100000)
set -euo pipefail
n=${1:-100000}
source "$(dirname "$0")/setup.sh"
python3 "$root/bench/gen_projects.py" "$n" --filed --jixiao "$jixiao" > "$work/filed.jsonl"
pack="$root/rules/national-selfeval"

# run LABEL ARGS...: prints "seconds peak_kb"
run() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$jixiao" eval --pack "$pack" --jsonl "$work/filed.jsonl" \
    --output "$work/out.jsonl" "$@" 2> "$work/err"
  cat "$work/time"
}
# Interleaved, best of five each: the machine's drift falls on both alike.
b0s="" b0k="" b1s="" b1k=""
for _ in 1 2 3 4 5; do
  read -r s k <<< "$(run)"
  if [ -z "$b0s" ] || awk -v a="$s" -v b="$b0s" 'BEGIN { exit !(a < b) }'; then b0s=$s; b0k=$k; fi
  cp "$work/out.jsonl" "$work/plain.jsonl"
  read -r s k <<< "$(run --summary "$work/summary.html")"
  if [ -z "$b1s" ] || awk -v a="$s" -v b="$b1s" 'BEGIN { exit !(a < b) }'; then b1s=$s; b1k=$k; fi
  cmp "$work/out.jsonl" "$work/plain.jsonl"   # the records are the same with a summary
done
s0=$b0s k0=$b0k s1=$b1s k1=$b1k
printf '%-28s %10s %14s\n' "$n projects" "wall (s)" "peak RSS (MB)"
awk -v s="$s0" -v k="$k0" 'BEGIN { printf "%-28s %10.2f %14.1f\n", "batch", s, k / 1024 }'
awk -v s="$s1" -v k="$k1" 'BEGIN { printf "%-28s %10.2f %14.1f\n", "batch + --summary", s, k / 1024 }'
awk -v a="$s0" -v b="$s1" 'BEGIN { printf "the summary adds %.1f%% to the batch time\n", (b - a) * 100 / a }'
echo "summary: $(wc -c < "$work/summary.html") bytes, $(ls "$work/summary-projects" | wc -l) project pages"

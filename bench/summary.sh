#!/usr/bin/env bash
# The reviewer's summary on a large batch: N generated projects filed with
# their scores and deliberate deviations (gen_projects.py --filed), scored
# with and without --summary (HTML), best of three each; prints the time the
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
best() {
  local best_s="" best_k=""
  for _ in 1 2 3; do
    read -r s k <<< "$(run "$@")"
    if [ -z "$best_s" ] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
      best_s=$s
      best_k=$k
    fi
  done
  echo "$best_s $best_k"
}
read -r s0 k0 <<< "$(best)"
cp "$work/out.jsonl" "$work/plain.jsonl"
read -r s1 k1 <<< "$(best --summary "$work/summary.html")"
cmp "$work/out.jsonl" "$work/plain.jsonl"   # the records are the same with a summary
printf '%-28s %10s %14s\n' "$n projects" "wall (s)" "peak RSS (MB)"
awk -v s="$s0" -v k="$k0" 'BEGIN { printf "%-28s %10.2f %14.1f\n", "batch", s, k / 1024 }'
awk -v s="$s1" -v k="$k1" 'BEGIN { printf "%-28s %10.2f %14.1f\n", "batch + --summary", s, k / 1024 }'
awk -v a="$s0" -v b="$s1" 'BEGIN { printf "the summary adds %.1f%% to the batch time\n", (b - a) * 100 / a }'
echo "summary: $(wc -c < "$work/summary.html") bytes, $(ls "$work/summary-projects" | wc -l) project pages"

#!/usr/bin/env bash
# The batch benchmark: N generated projects scored by the Python reference and
# by jixiao (--jobs 1 and every core) on the same file, and read and written
# without scoring by the floor program (bench/floor.cpp: the same reader and
# writer as jixiao eval). Checks that the scores agree, then prints wall time,
# peak RSS, projects/s, the ratio to the reference, and the ratios the speed
# goals are stated in: one core vs the reference, all cores vs one core, one
# core vs the floor; and how many indicators the one-core run reused. Not a
# test: it prints numbers (bench/README.md keeps them).
#
# usage: bash bench/run.sh [N]        (default 20000; run after the README set-up)
# Each program runs RUNS times (default 3) and the fastest run is reported:
# the development machine's speed varies by up to 40% from one run to the next.
# The one-core runs (the reference and --jobs 1) are pinned to the same CPU when
# taskset is there: the development machine's two cores differ by about 1.5×,
# and a ratio of two runs means something only on one core.
set -euo pipefail
N=${1:-20000}
RUNS=${RUNS:-3}
source "$(dirname "$0")/setup.sh"

python3 "$root/bench/gen_projects.py" "$N" > "$work/in.jsonl"
size=$(du -m "$work/in.jsonl" | cut -f1)
cores=$(nproc)

# run NAME COMMAND...: prints "name seconds peak_kb" of the fastest of RUNS
# runs and keeps the output.
run() {
  local name=$1
  shift
  local best="" best_kb=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" < "$work/in.jsonl" > "$work/$name.jsonl" 2> "$work/$name.err" || true
    read -r secs kb < "$work/$name.time"
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$secs
      best_kb=$kb
    fi
  done
  echo "$name $best $best_kb"
}

one_core=()
pinned="not pinned"
if command -v taskset > /dev/null; then
  cpu=$(taskset -cp $$ | sed 's/.*: *//; s/[,-].*//')
  one_core=(taskset -c "$cpu")
  pinned="one-core runs on CPU $cpu"
fi

results=()
results+=("$(run reference "${one_core[@]}" python3 "$root/bench/reference/selfeval.py")")
results+=("$(run jixiao_1 "${one_core[@]}" "$jixiao" eval --pack "$root/rules/national-selfeval" --jsonl - --jobs 1)")
results+=("$(run jixiao_all "$jixiao" eval --pack "$root/rules/national-selfeval" --jsonl - --jobs "$cores")")
# The same run with every indicator evaluated (no result reused from an
# identical one, selfeval/indicator_cache.hpp): what the cache is worth here.
results+=("$(JIXIAO_NO_INDICATOR_CACHE=1 run jixiao_1_uncached "${one_core[@]}" "$jixiao" eval \
  --pack "$root/rules/national-selfeval" --jsonl - --jobs 1)")
results+=("$(run floor "${one_core[@]}" "$floor" "$root/rules/national-selfeval" 1)")

python3 "$root/bench/compare_outputs.py" "$work/jixiao_1.jsonl" "$work/reference.jsonl"
cmp "$work/jixiao_1.jsonl" "$work/jixiao_all.jsonl"
cmp "$work/jixiao_1.jsonl" "$work/jixiao_1_uncached.jsonl"
# The differential test at full size: the reference evaluator (every node
# through eval, lang/evaluate_unexplained.cpp, and no indicator's result
# reused) writes the same bytes.
JIXIAO_REFERENCE_EVALUATOR=1 "$jixiao" eval --pack "$root/rules/national-selfeval" --jsonl - \
  --jobs "$cores" < "$work/in.jsonl" > "$work/reference_evaluator.jsonl" 2> /dev/null
cmp "$work/jixiao_1.jsonl" "$work/reference_evaluator.jsonl"
echo "the reference evaluator agrees on all $N projects"

ref_secs=$(echo "${results[0]}" | cut -d' ' -f2)
allocator=malloc
ldd "$jixiao" | grep -q libmimalloc && allocator=mimalloc
printf '\n%d projects (%d MB), %d cores: %s, fastest of %d runs, %s, %s\n' "$N" "$size" "$cores" \
  "$(uname -m)" "$RUNS" "$pinned" "$allocator"
printf '%-24s %10s %12s %14s %10s\n' run "wall (s)" "peak RSS" "projects/s" "vs Python"
for r in "${results[@]}"; do
  read -r name secs kb <<< "$r"
  label=$name
  [ "$name" = reference ] && label="Python reference"
  [ "$name" = jixiao_1 ] && label="jixiao --jobs 1"
  [ "$name" = jixiao_all ] && label="jixiao --jobs $cores"
  [ "$name" = jixiao_1_uncached ] && label="  every indicator scored"
  [ "$name" = floor ] && label="floor (read + write)"
  awk -v l="$label" -v s="$secs" -v k="$kb" -v n="$N" -v r="$ref_secs" \
    'BEGIN { printf "%-24s %10.2f %9.1f MB %14.0f %9.2fx\n", l, s, k / 1024, n / s, r / s }'
done

secs_of() {
  local r name secs
  for r in "${results[@]}"; do
    read -r name secs _ <<< "$r"
    if [ "$name" = "$1" ]; then echo "$secs"; fi
  done
}
awk -v ref="$ref_secs" -v one="$(secs_of jixiao_1)" -v all="$(secs_of jixiao_all)" \
  -v floor="$(secs_of floor)" -v cores="$cores" 'BEGIN {
  printf "\nratios (goals in parentheses)\n"
  printf "  one core vs the reference   %6.2fx  (at least 5x)\n", ref / one
  printf "  %d cores vs one core         %6.2fx  (at least 1.8x on 2 cores)\n", cores, one / all
  printf "  one core vs the floor       %6.2fx  (at most 3x)\n", one / floor
}'
# What the one-core run reused (its summary line on stderr, cli/batch_io.cpp).
reused=$(sed -n 's/.*；\(指标 .*\)$/\1/p' "$work/jixiao_1.err" | tail -n 1)
echo "  --jobs 1: ${reused:-no indicator reused}"

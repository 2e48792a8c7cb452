#!/usr/bin/env bash
# Batch runs end to end on generated data (bench/gen_projects.py):
# - 1,000 records give 1,000 output lines, numbered 1..1000 in input order,
#   byte-identical for --jobs 1, 2 and 3, from stdin to stdout and to --output;
# - the scores agree exactly with the Python reference (bench/reference/selfeval.py);
# - the reference evaluator (JIXIAO_REFERENCE_EVALUATOR=1) writes the same bytes, and so
#   does a run without the indicator cache, whose summary then names no reused indicator.
set -euo pipefail
JIXIAO=$1
SOURCE=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$SOURCE/bench/gen_projects.py" 1000 7 > "$work/in.jsonl"
for jobs in 1 2 3; do
  "$JIXIAO" eval --pack "$SOURCE/rules/national-selfeval" --jsonl "$work/in.jsonl" --jobs $jobs \
    > "$work/out$jobs.jsonl" 2> "$work/err$jobs.txt"
done
"$JIXIAO" eval --pack "$SOURCE/rules/national-selfeval" --jsonl - --jobs 2 \
  --output "$work/out_file.jsonl" < "$work/in.jsonl" 2> /dev/null
"$JIXIAO" eval --pack "$SOURCE/rules/national-selfeval" --jsonl - --jobs 2 \
  < "$work/in.jsonl" > "$work/out_stdio.jsonl" 2> /dev/null
cmp "$work/out1.jsonl" "$work/out2.jsonl"
cmp "$work/out1.jsonl" "$work/out_stdio.jsonl"
cmp "$work/out1.jsonl" "$work/out3.jsonl"
cmp "$work/out1.jsonl" "$work/out_file.jsonl"
# The reference evaluator (every node through eval) gives the same bytes as the
# value path (lang/evaluate_unexplained.cpp), on plain and filed projects.
JIXIAO_REFERENCE_EVALUATOR=1 "$JIXIAO" eval --pack "$SOURCE/rules/national-selfeval" \
  --jsonl "$work/in.jsonl" --jobs 2 > "$work/out_reference.jsonl" 2> /dev/null
cmp "$work/out1.jsonl" "$work/out_reference.jsonl"
python3 "$SOURCE/bench/gen_projects.py" --filed --jixiao "$JIXIAO" 300 11 > "$work/filed.jsonl"
"$JIXIAO" eval --pack "$SOURCE/rules/national-selfeval" --jsonl "$work/filed.jsonl" --jobs 2 \
  > "$work/filed_out.jsonl" 2> /dev/null
JIXIAO_REFERENCE_EVALUATOR=1 "$JIXIAO" eval --pack "$SOURCE/rules/national-selfeval" \
  --jsonl "$work/filed.jsonl" --jobs 2 > "$work/filed_reference.jsonl" 2> /dev/null
cmp "$work/filed_out.jsonl" "$work/filed_reference.jsonl"
test "$(wc -l < "$work/out1.jsonl")" -eq 1000
python3 - "$work/out1.jsonl" <<'PY'
import json, sys
lines = [json.loads(l)["line"] for l in open(sys.argv[1], encoding="utf-8")]
assert lines == list(range(1, 1001)), "output lines are not in input order"
PY
grep -q "1000 条记录，0 条错误" "$work/err1.txt"
# The summary says how many indicators were reused (selfeval/indicator_cache.hpp);
# without the cache: the same bytes, and nothing said.
grep -qE "；指标 [0-9]+ 项，其中 [1-9][0-9]* 项与此前评过的相同，沿用其结果$" "$work/err1.txt"
"$JIXIAO" eval --pack "$SOURCE/rules/national-selfeval" --jsonl "$work/in.jsonl" --lang en \
  > /dev/null 2> "$work/err_en.txt"
grep -qE "; of [0-9]+ indicators, [1-9][0-9]* were the same as one scored before" "$work/err_en.txt"
JIXIAO_NO_INDICATOR_CACHE=1 "$JIXIAO" eval --pack "$SOURCE/rules/national-selfeval" \
  --jsonl "$work/in.jsonl" > "$work/out_uncached.jsonl" 2> "$work/err_uncached.txt"
cmp "$work/out1.jsonl" "$work/out_uncached.jsonl"
grep -q "1000 条记录，0 条错误" "$work/err_uncached.txt"
if grep -q "沿用" "$work/err_uncached.txt"; then
  echo "the summary names reused indicators with the cache off" >&2
  exit 1
fi

python3 "$SOURCE/bench/reference/selfeval.py" < "$work/in.jsonl" > "$work/reference.jsonl"
python3 "$SOURCE/bench/compare_outputs.py" "$work/out1.jsonl" "$work/reference.jsonl"
# The comparison counts records: a missing last line on either side is a failure.
head -n 999 "$work/reference.jsonl" > "$work/short.jsonl"
if python3 "$SOURCE/bench/compare_outputs.py" "$work/out1.jsonl" "$work/short.jsonl" 2>/dev/null ||
   python3 "$SOURCE/bench/compare_outputs.py" "$work/short.jsonl" "$work/reference.jsonl" 2>/dev/null; then
  echo "compare_outputs.py did not notice a missing record" >&2
  exit 1
fi
echo "batch: 1000 records, identical across --jobs 1..3, agree with the reference"

#!/usr/bin/env bash
# Workbooks written by an independent writer (python3-openpyxl, Debian) in the
# official layout score exactly as the JSON documents they were written from:
# every example of examples/selfeval, also with numbers carrying binary noise;
# a WPS-style workbook of several projects is a batch, one line per sheet in
# order; a formula without a cached value is said, with its cell.
set -euo pipefail
jixiao="$1"
root="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pack="$root/rules/national-selfeval"
status=0
compare() { # the scored parts of two JSON reports
  /usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
def scored(r):
    budget = dict(r.get("budget") or {})
    budget.pop("explanation", None)
    return (r.get("total"), r.get("grade"), budget,
            [(i.get("name"), i.get("score"), i.get("weight"), i.get("flags")) for i in r.get("indicators", [])])
# A cell stores 541230.5 where the JSON document wrote 541230.50 (the trailing
# zero is the cell's display format, not its value): the explanation of the
# budget line may print the figure without it; every score is the same.
same = scored(a) == scored(b)
print(f"{sys.argv[3]}: {'same report' if same else 'DIFFERENT'}")
if not same:
    print(" json:", scored(a)); print(" xlsx:", scored(b))
sys.exit(0 if same else 1)
PY
}
for doc in "$root"/examples/selfeval/*.json; do
  case "$doc" in *.expected.*) continue ;; esac
  name="$(basename "$doc" .json)"
  set +e
  "$jixiao" eval --pack "$pack" "$doc" --format json >"$work/json.json" 2>/dev/null
  for variant in plain noise; do
    flag=""; [ "$variant" = noise ] && flag="--noise"
    /usr/bin/python3 "$root/tests/xlsx/make_workbook.py" "$work/$variant.xlsx" "$doc" $flag
    "$jixiao" eval --pack "$pack" "$work/$variant.xlsx" --format json >"$work/$variant.json" 2>/dev/null
  done
  set -e
  compare "$work/json.json" "$work/plain.json" "$name" || status=1
  compare "$work/json.json" "$work/noise.json" "$name (binary noise)" || status=1
done
# Several projects in one WPS-style workbook (Sheet1, Sheet2 …): one line per sheet, in order.
docs=()
for doc in "$root"/examples/selfeval/000-*.json; do
  case "$doc" in *.expected.*) ;; *) docs+=("$doc") ;; esac
done
/usr/bin/python3 "$root/tests/xlsx/make_workbook.py" "$work/batch.xlsx" "${docs[@]}" --wps
"$jixiao" eval --pack "$pack" "$work/batch.xlsx" >"$work/batch.jsonl" 2>/dev/null || true
/usr/bin/python3 - "$work/batch.jsonl" "${docs[@]}" <<'PY' || status=1
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
names = [json.load(open(p, encoding="utf-8"))["项目名称"] for p in sys.argv[2:]]
sheets = [l["sheet"] for l in lines]
ok = sheets == [f"Sheet{i}" for i in range(1, len(names) + 1)] and all("total" in l for l in lines)
print(f"batch of {len(names)} sheets: {sheets}" + ("" if ok else " FAILED"))
sys.exit(0 if ok else 1)
PY
# A formula with no cached value (openpyxl writes none): said, with its cell.
/usr/bin/python3 "$root/tests/xlsx/make_workbook.py" "$work/formula.xlsx" "${docs[0]}" --formula
set +e
"$jixiao" eval --pack "$pack" "$work/formula.xlsx" >/dev/null 2>"$work/formula.err"
set -e
if grep -q 'E6' "$work/formula.err" && grep -q '公式' "$work/formula.err"; then
  echo "formula without a cached value: said at E6"
else
  echo "formula without a cached value: not said"; cat "$work/formula.err"; status=1
fi
# What jixiao writes (--format xlsx), read back by openpyxl: every score, total and grade
# of every sheet as the JSON report has them, a 汇总 sheet for the batch.
"$jixiao" eval --pack "$pack" "$work/batch.xlsx" --format xlsx --output "$work/scored.xlsx" 2>/dev/null || true
/usr/bin/python3 - "$work/scored.xlsx" "$work/batch.jsonl" <<'PY' || status=1
import json, sys
from decimal import Decimal
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
lines = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
failures = []
summary = list(book["汇总"].iter_rows(min_row=2, values_only=True))
for line, row in zip(lines, summary):
    if Decimal(str(row[3])) != Decimal(line["total"]) or row[4] != line["grade"]:
        failures.append(f"汇总 {row} vs {line['total']} {line['grade']}")
if len(summary) != len(lines):
    failures.append(f"汇总 has {len(summary)} rows for {len(lines)} sheets")
for line in lines:
    ws = book[line["sheet"]]
    rows = list(ws.iter_rows(min_row=9, values_only=True))
    for ind, row in zip(line["indicators"], rows):
        if ind["score"] is not None and Decimal(str(row[6])) != Decimal(ind["score"]):
            failures.append(f"{line['sheet']} {ind['name']}: {row[6]} vs {ind['score']}")
    total = rows[len(line["indicators"])]
    if Decimal(str(total[6])) != Decimal(line["total"]) or total[9] != line["grade"]:
        failures.append(f"{line['sheet']} total {total[6]} {total[9]} vs {line['total']} {line['grade']}")
print(f"written workbook read back: {len(lines)} sheets and 汇总" + ("" if not failures else " FAILED: " + "; ".join(failures)))
sys.exit(1 if failures else 0)
PY
exit $status

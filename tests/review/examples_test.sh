#!/usr/bin/env bash
# The reviewer's summary of examples/review (the seven filed 自评表 of 004):
# the summary in JSON and HTML against their goldens (JIXIAO_UPDATE_GOLDEN=1
# rewrites them), the filed totals as printed, the gaps the formula shows, the
# grade counts equal to those of the output records, and each linked page the
# 自评表 that `jixiao eval` prints for that project.
set -euo pipefail
jixiao="$1"
root="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$root/examples/review/004-自评表.jsonl"
pack="$root/rules/national-selfeval"
"$jixiao" eval --pack "$pack" --jsonl "$input" --output "$work/out.jsonl" \
  --summary "$work/summary.json" 2>"$work/err.txt"
"$jixiao" eval --pack "$pack" --jsonl "$input" --output "$work/out2.jsonl" \
  --summary "$work/summary.html" 2>>"$work/err.txt"
cmp "$work/out.jsonl" "$work/out2.jsonl"
# The batch output is what it is without --summary.
"$jixiao" eval --pack "$pack" --jsonl "$input" --output "$work/plain.jsonl" 2>/dev/null
cmp "$work/out.jsonl" "$work/plain.jsonl"
status=0
# A batch writes JSON Lines: --format table is refused, not silently ignored.
set +e
"$jixiao" eval --pack "$pack" --jsonl "$input" --format table > /dev/null 2> "$work/refused.txt"
code=$?
set -e
if [ "$code" -ne 65 ] || ! grep -q -- "--summary" "$work/refused.txt"; then
  echo "--format table with --jsonl: exit $code, $(cat "$work/refused.txt")"
  status=1
fi
# The closing line lists the grades best first.
grep -q "优 3，中 1，差 3" "$work/err.txt" || { echo "closing line: $(cat "$work/err.txt")"; status=1; }
for kind in json html; do
  golden="$root/examples/review/004-自评表.summary.expected.$kind"
  if [ "${JIXIAO_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$work/summary.$kind" "$golden"
  elif ! diff -u "$golden" "$work/summary.$kind"; then
    echo "summary.$kind differs from $golden"
    status=1
  fi
done
# Each linked page is the project's own 自评表.
n=0
for page in "$work"/summary-projects/line-*.html; do
  line="${page##*/line-}"
  line="${line%.html}"
  sed -n "${line}p" "$input" > "$work/one.json"
  "$jixiao" eval --pack "$pack" "$work/one.json" --format html > "$work/one.html" 2>/dev/null
  cmp "$page" "$work/one.html" || { echo "page of line $line differs"; status=1; }
  n=$((n + 1))
done
/usr/bin/python3 - "$work/summary.json" "$work/out.jsonl" "$n" "$input" <<'PY' || status=1
import json, sys
summary = json.load(open(sys.argv[1], encoding="utf-8"))
records = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
pages = int(sys.argv[3])
failures = []
def expect(what, got, want):
    print(f"{what}: {got}" + ("" if got == want else f" (want {want})"))
    if got != want:
        failures.append(what)
grades = {g: 0 for g in ["优", "良", "中", "差"]}
for r in records:
    grades[r["grade"]] += 1
expect("report grades = output records' grades",
       {g: summary["grades"]["report"][g] for g in grades}, grades)
refs = {}
for k in ("filed_above_formula", "filed_below_formula"):
    for p in summary["largest_gaps"][k]:
        refs[p["project"]] = p
for m in summary["project_marks"]:
    for p in m["examples"]:
        refs[p["project"]] = p
inputs = [json.loads(l, parse_float=str, parse_int=str) for l in open(sys.argv[4], encoding="utf-8")]
expect("filed totals as printed", [d["总分"] for d in inputs], ["98.65", "96.16", "79.22", "59.19", "59", "59", "99"])
gaps = {p["project"]: (p["filed_total"], p["formula_total"], p["gap"])
        for p in summary["largest_gaps"]["filed_below_formula"] + summary["largest_gaps"]["filed_above_formula"]}
expect("gaps shown", gaps, {
    "办公大楼取暖费、水电费": ("59", "89.50", "-30.50"),
    "干部履职能力提升培训": ("59.19", "88.19", "-29.00"),
    "办公大楼管理费": ("59", "85.33", "-26.33"),
    "山西省民营企业工程系列高级职称任职资格评审": ("79.22", "88.53", "-9.31"),
    "中小企业公共服务(山西省小企业发展服务中心)": ("99", "100.00", "-1.00")})
gap = refs["山西省民营企业工程系列高级职称任职资格评审"]
expect("formula vs filed of 高级职称评审", (gap["formula_total"], gap["formula_grade"], gap["filed_total"], gap["filed_grade"]),
       ("88.53", "良", "79.22", "中"))
higher = sum(1 for p in summary["largest_gaps"]["filed_below_formula"] if p["formula_grade"] != p["filed_grade"])
expect("projects the formula grades higher than filed", higher, 4)
expect("formula grades", {g: summary["grades"]["formula"][g] for g in grades}, {"优": 3, "良": 4, "中": 0, "差": 0})
expect("filed grades", {g: summary["grades"]["filed"][g] for g in grades}, {"优": 3, "良": 0, "中": 1, "差": 3})
expect("pages written", pages > 0, True)
print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
PY
# The same forms as one workbook (a sheet each, the filed 总分 and 执行率得分 in
# their cells): the same summary but for where each project is (sheet, not
# line), and a page per named sheet.
i=0
while IFS= read -r doc; do
  i=$((i + 1))
  printf '%s\n' "$doc" > "$work/form-$i.json"
done < "$input"
/usr/bin/python3 "$root/tests/xlsx/make_workbook.py" "$work/forms.xlsx" "$work"/form-*.json
"$jixiao" eval --pack "$pack" "$work/forms.xlsx" --summary "$work/book.html" > /dev/null 2>&1
"$jixiao" eval --pack "$pack" "$work/forms.xlsx" --summary "$work/book.json" > /dev/null 2>&1
/usr/bin/python3 - "$work/summary.json" "$work/book.json" <<'PY' || status=1
import json, sys
def places(v):
    if isinstance(v, dict):
        return {k: places(x) for k, x in v.items() if k not in ("line", "sheet", "page")}
    if isinstance(v, list):
        return [places(x) for x in v]
    return v
lines, book = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
# achievement aside: a blank 二级指标 cell reads as the one above it in a sheet
# (a merged cell), where the JSON documents leave it empty
for s in (lines, book):
    del s["achievement"]
same = places(lines) == places(book)
print(f"workbook summary = JSON Lines summary (but for where each project is): {same}")
sheets = {p["sheet"] for p in book["largest_gaps"]["filed_below_formula"]}
print(f"projects named by sheet: {sorted(sheets)}")
sys.exit(0 if same and None not in sheets else 1)
PY
test "$(ls "$work"/book-projects/sheet-*.html | wc -l)" -gt 0 || { echo "no sheet pages"; status=1; }
exit $status

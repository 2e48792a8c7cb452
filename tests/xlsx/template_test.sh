#!/usr/bin/env bash
# template → fill in → eval, the round trip a unit makes: the forms of an
# appendix (import --selfeval on the published text of 000) become a workbook; openpyxl fills in what the unit
# would (全年执行数, each 实际完成值 and 分值); jixiao eval scores every sheet.
set -euo pipefail
jixiao="$1"
root="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seed="$(ls "$root"/examples/disclosures/published/000_????????????????.txt 2>/dev/null || true)"
if [ -n "$seed" ]; then
  "$jixiao" import "$seed" --selfeval "$work/docs" 2>/dev/null
else
  mkdir -p "$work/docs"
  cp "$root"/examples/selfeval/000-档案室机房租赁经费.json "$work/docs/"
fi
"$jixiao" template --from "$work/docs" --output "$work/form.xlsx" 2>/dev/null
"$jixiao" template --output "$work/blank.xlsx" 2>/dev/null
/usr/bin/python3 - "$work/form.xlsx" "$work/filled.xlsx" "$work/blank.xlsx" <<'PY'
import sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
def find(ws, text):  # the cell holding a label, as a person finds it
    return next(c for row in ws.iter_rows() for c in row if c.value == text)
for ws in book.worksheets:
    assert ws["A3"].value == "项目名称" and ws["B3"].value, "the form names its project"
    level3, actual, weight = find(ws, "三级指标"), find(ws, "实际完成值"), find(ws, "分值")
    assert level3.row == actual.row == weight.row, "the grid's header"
    budget, spent = find(ws, "全年预算数"), find(ws, "全年执行数")
    ws.cell(row=spent.row + 1, column=spent.column, value=ws.cell(row=budget.row + 1, column=budget.column).value)
    result = find(ws, "实际完成情况")
    ws.cell(row=result.row + 1, column=result.column, value="按期完成")
    row = level3.row + 1
    while ws.cell(row=row, column=level3.column).value:
        ws.cell(row=row, column=actual.column, value="达成预期指标")
        ws.cell(row=row, column=weight.column, value=10)
        row += 1
book.save(sys.argv[2])
blank = openpyxl.load_workbook(sys.argv[3]).worksheets[0]
assert find(blank, "三级指标") and blank["B3"].value in (None, ""), "a blank form"
print(f"filled {len(book.worksheets)} sheets")
PY
set +e
"$jixiao" eval --pack "$root/rules/national-selfeval" "$work/filled.xlsx" > "$work/scored.jsonl" 2>"$work/scored.err"
set -e
/usr/bin/python3 - "$work/scored.jsonl" "$work/docs" <<'PY'
import json, os, sys
text = open(sys.argv[1], encoding="utf-8").read().strip()
lines = [json.loads(l) for l in text.splitlines()] if text.startswith('{"sheet"') else [json.loads(text)]
docs = sorted(os.listdir(sys.argv[2]))
scored = [l for l in lines if l.get("total") is not None and l.get("indicators")]
ok = len(scored) == len(docs) and all(all(i.get("score") is not None for i in l["indicators"]) for l in scored)
ok = ok and all(l["goal"]["achieved"] == "按期完成" for l in scored)  # 实际完成情况 read back
print(f"template → fill in → eval: {len(scored)} of {len(docs)} projects scored" + ("" if ok else " FAILED"))
sys.exit(0 if ok else 1)
PY

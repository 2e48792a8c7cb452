#!/usr/bin/env bash
# Text laid out with spaces (`pdftotext -layout` of the bundled Shanghai PDF:
# columns aligned by spaces, wrapped names printed around their rows, header
# cells split over lines): imported, its tables hold the same rows and figures
# as the import of the PDF itself, table by table, for the tables a layout
# tool keeps in shape (三公经费表 is 无数据 in both). The two-sided 基本支出决算表 and the 财政拨款收支总表,
# whose columns the tool shifts from page to page, are imported with a
# warning per unreadable line (the figures the PDF gives are listed, not
# compared: docs/import.md says to import the PDF where it is at hand).
set -euo pipefail
jixiao="$1"
root="$2"
pdf="$root/examples/disclosures/published/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"
text="$root/tests/import/laid-out/shanghai-2024-final-accounts.layout.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$jixiao" import "$pdf" --output "$work/pdf.json" 2>/dev/null
"$jixiao" import "$text" --output "$work/text.json" 2>"$work/text.err"
/usr/bin/python3 - "$work/pdf.json" "$work/text.json" "$work/text.err" <<'PY'
import json, sys
load = lambda p: json.load(open(p, encoding="utf-8"), parse_float=str, parse_int=str)
pdf, text = load(sys.argv[1]), load(sys.argv[2])
err = open(sys.argv[3], encoding="utf-8").read()
failures = []
def expect(what, got, want):
    print(f"{what}: {got}" + ("" if got == want else f" (want {want})"))
    if got != want:
        failures.append(what)
expect("laid-out note", "文本按空格对齐各列" in err, True)
expect("type", text["类型"], "决算")
def cells(doc, category):
    t = next((t for t in doc["表"] if t["类别"] == category), None)
    if t is None:
        return None
    # by the columns' last level: the PDF has a 项目 spanning the header that a
    # layout tool prints as a line of its own
    return sorted(json.dumps({k.split("/")[-1]: v for k, v in r["值"].items()},
                             ensure_ascii=False, sort_keys=True) for r in t["行"])
same = ["收支总表", "收入决算表", "支出决算表", "一般公共预算支出表", "政府性基金收支表",
        "国有资本经营支出表"]
for category in same:
    a, b = cells(pdf, category), cells(text, category)
    expect(f"{category}: rows as in the PDF", b == a, True)
    if a != b and a is not None and b is not None:
        for row in sorted(set(a) ^ set(b)):
            print(("  PDF only: " if row in a else "  text only: ") + row)
expect("tables found", sorted(t["类别"] for t in text["表"]), sorted(t["类别"] for t in pdf["表"]))
print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
PY

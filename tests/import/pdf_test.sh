#!/usr/bin/env bash
# The published PDF of examples/disclosures/published (Shanghai, 2024 部门决算, the
# national 决算 template under Shanghai's titles): imported from its text
# layer, every table of the template found with its rows, and checked with no
# discrepancy; the tables its 9-table template does not have (公开10表) are
# reported missing (无法计算), not as discrepancies.
set -euo pipefail
jixiao="$1"
root="$2"
pdf="$root/examples/disclosures/published/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$jixiao" import "$pdf" --output "$work/doc.json" 2>/dev/null
set +e
"$jixiao" check "$pdf" --format json >"$work/check.json" 2>/dev/null
code=$?
set -e
/usr/bin/python3 - "$work/doc.json" "$work/check.json" "$code" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"), parse_float=str, parse_int=str)
report = json.load(open(sys.argv[2], encoding="utf-8"))
code = int(sys.argv[3])
failures = []
def expect(what, got, want):
    print(f"{what}: {got}" + ("" if got == want else f" (want {want})"))
    if got != want:
        failures.append(what)
tables = {t["类别"]: t for t in doc["表"]}
expect("unit", doc["单位名称"], "中共上海市普陀区委社会工作部")
expect("year", doc["年度"], "2024")
expect("type", doc["类型"], "决算")
for category, rows in [("收支总表", 30), ("收入决算表", 18), ("支出决算表", 18), ("财政拨款收支总表", 32),
                       ("一般公共预算支出表", 18)]:
    expect(f"{category} rows", len(tables.get(category, {"行": []})["行"]), rows)
def cell(category, key, column_leaf):
    t = tables[category]
    column = next(c["路径"] for c in t["列"] if c["名称"] == column_leaf or c["路径"].endswith(column_leaf))
    for r in t["行"]:
        if r.get("科目编码") == key or r.get("名称") == key or key in [v for v in r["值"].values() if isinstance(v, str)]:
            return r["值"].get(column)
expect("支出决算表 2080505 基本支出", cell("支出决算表", "2080505", "基本支出"), "6.18")
expect("支出决算表 合计 项目支出", cell("支出决算表", "合计", "项目支出"), "202.24")
expect("收入决算表 2080505 name", next(r["名称"] for r in tables["收入决算表"]["行"] if r.get("科目编码") == "2080505"),
       "机关事业单位基本养老保险缴费支出")
mismatches = sorted(c["id"] for c in report["checks"] if c["status"] == "mismatch")
missing = sorted(c["id"] for c in report["checks"] if c["status"] == "not_computable")
expect("exit code", code, 0)
expect("mismatches", mismatches, [])
expect("missing tables", missing, ["表齐全[国有资产占用表]", "表齐全[政府采购情况表]", "表齐全[机关运行经费表]"])
expect("checks", len(report["checks"]) > 150, True)
print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)
PY

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
from decimal import Decimal
def scored(r):
    budget = dict(r.get("budget") or {})
    budget.pop("explanation", None)
    for k in ("initial", "full_year", "executed"):  # the value, not its trailing zeros
        if budget.get(k) is not None:
            budget[k] = Decimal(budget[k]).normalize()
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
# Another province's layout (Sichuan's 部门预算项目支出绩效自评表): 年初预算 / 调整后预算数 /
# 预算执行数, weights written into 一级 (产出指标(50分)), the target split over 指标性质 |
# 指标值 | 度量单位, 完成值 for 实际完成值, 权重 for 分值, bare actuals in the target's unit,
# a fraction in a cell formatted as a percentage read as the percentage it shows.
/usr/bin/python3 - "$work/sichuan.xlsx" <<'PY'
import sys
import openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "四川样表"
ws["A1"] = "部门预算项目支出绩效自评表"; ws["A2"] = "（2025年度）"
ws["A3"] = "项目名称"; ws["C3"] = "社区服务经费"; ws["A4"] = "主管部门"; ws["C4"] = "某某区民政局"
ws["A5"] = "预算执行情况(10分)"
for col, label, value in (("C", "年初预算", 300000), ("D", "调整后预算数", 320000), ("E", "预算执行数", 304000),
                          ("F", "预算执行率", 0.95), ("G", "权重", 10)):
    ws[col + "5"] = label; ws[col + "6"] = value
for i, h in enumerate(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
                       "未完成原因分析"], start=1):
    ws.cell(row=8, column=i, value=h)
rows = [("产出指标(50分)", "数量指标", "服务社区数", "≥", "50", "个", 52, 20),
        ("", "质量指标", "服务合格率", "≥", "95", "%", 0.955, 15),
        ("", "成本指标", "人均服务成本", "≤", "30", "万元", 28, 15),
        ("效益指标(30分)", "社会效益", "居民参与度", "定性", "明显提升", "", "达成预期指标", 30),
        ("满意度指标(10分)", "服务对象满意度", "居民满意度", "≥", "90", "%", "92%", 10)]
for r, row in enumerate(rows, start=9):
    for c, v in enumerate(row, start=1):
        ws.cell(row=r, column=c, value=v)
ws["G10"].number_format = "0.0%"  # shown as 95.5%: read as what it shows, not as 0.955
ws.cell(row=14, column=1, value="总分")
wb.save(sys.argv[1])
PY
set +e
"$jixiao" eval --pack "$pack" "$work/sichuan.xlsx" --format json >"$work/sichuan.json" 2>/dev/null
set -e
/usr/bin/python3 - "$work/sichuan.json" <<'PY' || status=1
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
targets = [(i["name"], i["target"], i["actual"], i["score"]) for i in r["indicators"]]
ok = r["total"] == "99.50" and ("服务社区数", "≥50个", "52个", "20") in targets and ("人均服务成本", "≤30万元", "28万元", "15") in targets
ok = ok and ("服务合格率", "≥95%", "95.5%", "15") in targets
print(f"Sichuan layout: total {r['total']}, {targets[0]}" + ("" if ok else f" FAILED {targets}"))
sys.exit(0 if ok else 1)
PY
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
    cells = list(ws.iter_rows(values_only=True))
    # found by their labels, as a person reads the form: the grid's header row,
    # its 得分 column, the 总分 row and the cell after 等级
    head = next(n for n, r in enumerate(cells) if "三级指标" in r and "得分" in r)
    score_col = cells[head].index("得分")
    rows = cells[head + 1:]
    for ind, row in zip(line["indicators"], rows):
        if ind["score"] is not None and Decimal(str(row[score_col])) != Decimal(ind["score"]):
            failures.append(f"{line['sheet']} {ind['name']}: {row[score_col]} vs {ind['score']}")
    total = rows[len(line["indicators"])]
    grade = total[total.index("等级") + 1] if "等级" in total else None
    if total[0] != "总分" or Decimal(str(total[score_col])) != Decimal(line["total"]) or grade != line["grade"]:
        failures.append(f"{line['sheet']} total {total} vs {line['total']} {line['grade']}")
    budget = next(r for r in cells if r[0] == "年度资金总额")
    heads = next(r for r in cells if r[0] and str(r[0]).startswith("项目资金"))
    if Decimal(str(budget[heads.index("得分")])) != Decimal(line["budget"]["score"] or "0"):
        failures.append(f"{line['sheet']} budget {budget} vs {line['budget']}")
print(f"written workbook read back: {len(lines)} sheets and 汇总" + ("" if not failures else " FAILED: " + "; ".join(failures)))
sys.exit(1 if failures else 0)
PY
# A province's own wording, in its pack's workbook.json beside the national words it
# inherits: a workbook and a JSON document that say 实际支出数 and 完成情况 score with
# the province pack; the national pack alone does not know 完成情况.
mkdir -p "$work/packs/province"
cp -r "$pack" "$work/packs/national-selfeval"
cat >"$work/packs/province/pack.json" <<'JSON'
{"name": "province", "version": "1.0.0", "description": "test", "entry": "main.jx",
 "dependencies": {"national-selfeval": "^1.0.0"}}
JSON
printf '规则包 province 版本 1.0.0\n扩展 national-selfeval\n' >"$work/packs/province/main.jx"
cat >"$work/packs/province/workbook.json" <<'JSON'
{"全年执行数": ["实际支出数"], "指标": {"实际完成值": ["完成情况"]}}
JSON
cat >"$work/province.json" <<'JSON'
{"项目名称": "p", "全年预算数": 100, "实际支出数": 90,
 "指标": [{"一级指标": "产出指标", "二级指标": "数量指标", "三级指标": "户数", "年初指标值": "≥10户", "完成情况": "12户", "分值": 90}]}
JSON
/usr/bin/python3 - "$work/province.xlsx" <<'PY'
import sys
import openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "省样表"
ws["A1"] = "项目名称"; ws["B1"] = "p"
ws["A2"] = "全年预算数"; ws["B2"] = "实际支出数"; ws["A3"] = 100; ws["B3"] = 90
for i, h in enumerate(["一级指标", "二级指标", "三级指标", "年初指标值", "完成情况", "分值"], start=1):
    ws.cell(row=5, column=i, value=h)
for i, v in enumerate(["产出指标", "数量指标", "户数", "≥10户", "12户", 90], start=1):
    ws.cell(row=6, column=i, value=v)
wb.save(sys.argv[1])
PY
set +e
for input in province.json province.xlsx; do
  "$jixiao" eval --pack "$work/packs/province" "$work/$input" --format json >"$work/$input.out" 2>"$work/$input.err"
done
"$jixiao" eval --pack "$work/packs/national-selfeval" "$work/province.json" --format json >"$work/national.out" 2>&1
set -e
/usr/bin/python3 - "$work/province.json.out" "$work/province.xlsx.out" "$work/national.out" <<'PY' || status=1
import json, sys
got = [json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3]]
national = json.load(open(sys.argv[3], encoding="utf-8"))
ok = all(r["total"] == "99.00" and r["budget"]["executed"] == "90" and r["indicators"][0]["actual"] == "12户" for r in got)
ok = ok and national["indicators"][0]["actual"] == ""  # the national words do not include 完成情况
print(f"province wording: JSON {got[0]['total']}, workbook {got[1]['total']}, national pack alone: actual {national['indicators'][0]['actual']!r}" + ("" if ok else " FAILED"))
sys.exit(0 if ok else 1)
PY
exit $status

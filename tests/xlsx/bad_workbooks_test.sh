#!/usr/bin/env bash
# Bad workbooks are clear errors naming the file and the sheet or cell, exit 65,
# never a crash: not a zip, a zip that is no xlsx, a zip bomb (a part that
# inflates past the limit), a sheet without the indicator grid, a grid without
# its 分值 column.
set -euo pipefail
jixiao="$1"
root="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$work" <<'PY'
import sys, zipfile
import openpyxl
d = sys.argv[1]
open(f"{d}/not_zip.xlsx", "w").write("plain text, saved with the wrong name")
with zipfile.ZipFile(f"{d}/not_xlsx.xlsx", "w") as z:
    z.writestr("hello.txt", "a zip, but no workbook")
with zipfile.ZipFile(f"{d}/bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", " " * (80 << 20))  # 80 MiB of spaces, a few hundred KB zipped
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "封面"
ws["A1"] = "某某局2025年度项目支出绩效自评"
wb.save(f"{d}/no_grid.xlsx")
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "自评表"
for i, h in enumerate(["一级指标", "二级指标", "三级指标", "年初指标值", "实际完成值", "得分"], start=1):
    ws.cell(row=3, column=i, value=h)
ws.append(["产出指标", "数量指标", "服务社区数", "≥50个", "52个", 20])
wb.save(f"{d}/no_weight.xlsx")
PY
status=0
expect() { # file, text the message must contain
  set +e
  "$jixiao" eval --pack "$root/rules/national-selfeval" "$work/$1" >/dev/null 2>"$work/err"
  code=$?
  set -e
  if [ "$code" -eq 65 ] && grep -q "$2" "$work/err"; then
    echo "$1: exit 65, says '$2'"
  else
    echo "$1: exit $code, wanted 65 and '$2':"; cat "$work/err"; status=1
  fi
}
expect not_zip.xlsx "不是 xlsx 工作簿"
expect not_xlsx.xlsx "xl/workbook.xml"
expect bomb.xlsx "解压后过大"
expect no_grid.xlsx "没有自评表"
expect no_weight.xlsx "自评表!A3"
exit $status

"""Writes self-evaluation documents (examples/selfeval/*.json) as workbooks in
the layout of the official 项目支出绩效自评表, with an independent writer
(openpyxl): labels where the form puts them, merged 一级/二级 cells, amounts
in their own cells, a total row. Options add what real workbooks carry: a
formula with its cached value, numbers written with binary noise, a
WPS-style sheet name, several projects in one workbook.

usage: make_workbook.py OUT.xlsx DOC.json [DOC.json ...] [--noise] [--formula] [--wps]"""
import json
import sys
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment

args = [a for a in sys.argv[1:] if not a.startswith("--")]
flags = {a for a in sys.argv[1:] if a.startswith("--")}
out, docs = args[0], args[1:]

book = Workbook()
book.remove(book.active)


def text(cell, value):
    """A text as typed ('=2人 in Excel): never a formula, though it begins with =."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def number(text):
    # an amount written with its unit ("363.95万元") is a figure in a column
    # headed （万元）: the unit goes to the heading, not into the cell
    d = Decimal(str(text).replace(",", "").removesuffix("万元").removesuffix("元"))
    if "--noise" in flags and d != d.to_integral_value():
        # as a binary double would store it: 0.45 → 0.45000000000000001
        return float(d)
    return int(d) if d == d.to_integral_value() else float(d)


for n, path in enumerate(docs, start=1):
    doc = json.load(open(path, encoding="utf-8"), parse_float=str, parse_int=str)
    name = ("Sheet" + str(n)) if "--wps" in flags else doc["项目名称"][:28]
    ws = book.create_sheet(name)
    ws["A1"] = "项目支出绩效自评表"
    ws.merge_cells("A1:J1")
    ws["A2"] = "（" + str(doc.get("年度", "2026")) + "年度）"
    ws["A3"], ws["C3"] = "项目名称", doc["项目名称"]
    ws.merge_cells("C3:J3")
    ws["A4"], ws["C4"] = "主管部门", doc.get("主管部门", "")
    ws["A5"] = "项目资金（" + doc.get("金额单位", "元") + "）"
    ws["C5"], ws["D5"], ws["E5"] = "年初预算数", "全年预算数", "全年执行数"
    if "执行率得分" in doc:  # the budget row's 得分 as filed
        ws["F5"], ws["F6"] = "得分", number(doc["执行率得分"])
    ws["B6"] = "资金总额："
    if "年初预算数" in doc:  # blank when the document has none: nothing is made up
        ws["C6"] = number(doc["年初预算数"])
    ws["D6"] = number(doc["全年预算数"])
    if "--formula" in flags:
        ws["E6"] = "=D6"  # openpyxl writes no cached value: the reader must say so
    else:
        ws["E6"] = number(doc["全年执行数"])
    header = ["绩效指标", "一级指标", "二级指标", "三级指标", "年初指标值", "调整后指标值", "实际完成值", "分值", "得分",
              "偏差原因分析及改进措施"]
    for col, label in enumerate(header, start=1):
        ws.cell(row=8, column=col, value=label)
    row = 9
    first_of = {}
    for ind in doc["指标"]:
        ws.cell(row=row, column=2, value=ind["一级指标"])
        ws.cell(row=row, column=3, value=ind["二级指标"])
        ws.cell(row=row, column=4, value=ind["三级指标"])
        text(ws.cell(row=row, column=5), ind.get("年初指标值", ""))
        text(ws.cell(row=row, column=6), ind.get("调整后指标值"))
        text(ws.cell(row=row, column=7), ind["实际完成值"])
        ws.cell(row=row, column=8, value=number(ind["分值"]))
        if ind.get("得分") not in (None, ""):
            ws.cell(row=row, column=9, value=number(ind["得分"]))
        if ind.get("偏差原因"):
            ws.cell(row=row, column=10, value=ind["偏差原因"])
        first_of.setdefault(("一级", ind["一级指标"]), row)
        first_of.setdefault(("二级", ind["一级指标"], ind["二级指标"]), row)
        row += 1
    last = row - 1
    # Merge the 一级 and 二级 cells of consecutive rows, as the form prints them.
    for col, key in ((2, lambda r: ws.cell(row=r, column=2).value),
                     (3, lambda r: (ws.cell(row=r, column=2).value, ws.cell(row=r, column=3).value))):
        start = 9
        for r in range(10, last + 2):
            if r > last or key(r) != key(start):
                if r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
                    ws.cell(row=start, column=col).alignment = Alignment(vertical="center")
                start = r
    ws.cell(row=row, column=1, value="总 分")
    if "总分" in doc:  # the total as filed, its grade after it
        ws.cell(row=row, column=9, value=number(doc["总分"]))
        if "等级" in doc:
            ws.cell(row=row, column=10, value=doc["等级"])
book.save(out)

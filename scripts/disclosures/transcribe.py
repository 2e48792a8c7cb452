#!/usr/bin/env python3
"""Drafts the tables of a disclosure document (examples/disclosures/NNN.json)
from the text of its PDF (../shared/disclosures/).

The draft is only a starting point: every figure of the result is checked
against the text by hand, and the prose claims (说明) are written by hand.
The claims come from the spec's CLAIMS (one per figure-bearing clause of 第三部分,
with the table cell or computation it should agree with); without CLAIMS,
running it again keeps the 说明 of an existing file. Each table is given by
the source lines of its data rows and its columns; a column named 科目编码
or 名称 becomes a field of the row, every other column a value in 值 (a blank
cell is null, never 0). PDF noise is repaired here and nowhere else: spaces
inside a name (二十二、国有资本经营 预算支出) are removed.

usage: transcribe.py SPEC.py SOURCE.txt OUT.json
"""
import json
import os
import re
import sys

NUMBER = re.compile(r"^-?[0-9][0-9,]*(\.[0-9]+)?$")


def cell_text(s):
    # A space between two CJK characters is a PDF line break inside a cell.
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", s.strip())


def json_text(v, indent=0):
    """JSON with numbers written exactly as printed (6424.00 stays 6424.00)."""
    pad = "  " * indent
    if isinstance(v, Raw):
        return v.text
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(
            pad + "  " + json.dumps(k, ensure_ascii=False) + ": " + json_text(x, indent + 1)
            for k, x in v.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        # Rows and columns read best one per line; short scalars stay inline.
        if all(not isinstance(x, (dict, list)) for x in v):
            return "[" + ", ".join(json_text(x) for x in v) + "]"
        inner = ",\n".join(pad + "  " + json_text(x, indent + 1) for x in v)
        return "[\n" + inner + "\n" + pad + "]"
    return json.dumps(v, ensure_ascii=False)


class Raw:
    def __init__(self, text):
        self.text = text


def compact_row(row):
    """A row on one line: {"科目编码": "205", "名称": "教育支出", "值": {...}, "原文行": 12}."""
    parts = []
    for k, v in row.items():
        if k == "值":
            inner = ", ".join(json.dumps(c, ensure_ascii=False) + ": " +
                              (x.text if isinstance(x, Raw) else json.dumps(x, ensure_ascii=False))
                              for c, x in v.items())
            parts.append('"值": {' + inner + "}")
        else:
            parts.append(json.dumps(k, ensure_ascii=False) + ": " + json.dumps(v, ensure_ascii=False))
    return Raw("{" + ", ".join(parts) + "}")


NOT_APPLICABLE = re.compile(r"^—+$")


def physical_rows(spec, lines):
    """(line number, cells) of each data row. A table printed in side-by-side
    blocks (决算 基本支出明细表: four code/name/amount groups per line) reads
    block by block, so every block becomes rows of its own."""
    first, last = spec["lines"]
    found = []
    for n in range(first, last + 1):
        line = lines[n - 1].rstrip("\n")
        if "\t" not in line or n in spec.get("skip", ()):
            continue
        found.append((n, line.split("\t")))
    if "blocks" not in spec:
        return [(n, cells, None) for n, cells in found]
    out = []
    for start, parent in spec["blocks"]:
        for n, cells in found:
            part = (cells + [""] * 12)[start:start + len(spec["cols"])]
            if any(c.strip() for c in part):
                out.append((n, part, parent))
    return out


def table(spec, lines):
    cols = spec["cols"]
    rows = []
    for n, cells, block_parent in physical_rows(spec, lines):
        line = "\t".join(cells)
        while len(cells) > len(cols) and cells[-1].strip() == "":
            cells.pop()
        cells = cells[spec.get("offset", 0):]
        if len(cells) > len(cols):
            sys.exit(f"line {n}: {len(cells)} cells for {len(cols)} columns: {line!r}")
        cells += [""] * (len(cols) - len(cells))
        row, values = {}, {}
        for (name, kind), cell in zip(cols, cells):
            text = cell_text(cell)
            if name in ("科目编码", "名称"):
                if name == "科目编码" and text and not text.isdigit():
                    row["名称"] = text  # 合计 spans the code and name columns
                    continue
                if text:
                    row[name] = text
                continue
            if kind.split("/")[0] in ("金额", "数量"):
                if text == "" or NOT_APPLICABLE.match(text):
                    values[name] = None  # ——— (not applicable) is blank too
                elif NUMBER.match(text):
                    values[name] = Raw(text.replace(",", ""))
                else:
                    sys.exit(f"line {n}: column {name}: not an amount: {text!r}")
            else:
                values[name] = text if text else None
        row["值"] = values
        parents = {}
        for first_line, last_line, name_col, parent in spec.get("parents", ()):
            if first_line <= n <= last_line:
                parents[name_col] = parent
        # In a block table a 3-digit code's parent is its block's total row.
        if block_parent and len(row.get("科目编码", "")) == 3:
            parents["名称"] = block_parent
        if parents:
            row["上级"] = parents
        row["原文行"] = n
        rows.append(compact_row(row))
    for extra in spec.get("extra_rows", ()):
        rows.append(compact_row({k: ({c: Raw(v) if v is not None else None for c, v in x.items()}
                                     if k == "值" else x) for k, x in extra.items()}))
    columns = []
    for name, kind in cols:
        if name in ("科目编码", "名称"):
            continue
        # "金额/合计": an amount column that is one part of the column 合计.
        column = {"路径": name, "名称": name.split("/")[-1], "类型": kind.split("/")[0]}
        if spec.get("two_sided"):
            column["侧"] = name.split("/")[0]
        if "/" in kind:
            column["上级"] = kind.split("/", 1)[1]
        columns.append(column)
    out = {k: spec[k] for k in ("编号", "名称", "类别")}
    if "注" in spec:
        out["注"] = spec["注"]
    out["列"] = [Raw(json.dumps(c, ensure_ascii=False)) for c in columns]
    out["行"] = rows
    return out


def compact_claim(c):
    """A prose claim on one line; its figure is written as printed."""
    out = {}
    for k, v in c.items():
        out[k] = Raw(v) if k == "数值" else v
    return Raw("{" + ", ".join(json.dumps(k, ensure_ascii=False) + ": " +
                              (v.text if isinstance(v, Raw) else json.dumps(v, ensure_ascii=False))
                              for k, v in out.items()) + "}")


def main():
    spec_file, source, out_file = sys.argv[1:4]
    spec = {}
    common = os.path.join(os.path.dirname(os.path.abspath(__file__)), "specs", "common.py")
    exec(open(common, encoding="utf-8").read(), spec)
    exec(open(spec_file, encoding="utf-8").read(), spec)
    lines = open(source, encoding="utf-8").readlines()
    doc = dict(spec["DOCUMENT"])
    doc["表"] = [table(t, lines) for t in spec["TABLES"]]
    claims = []
    if "CLAIMS" in spec:
        claims = [compact_claim(c) for c in spec["CLAIMS"]]
    elif os.path.exists(out_file):
        claims = json.load(open(out_file, encoding="utf-8"), parse_float=Raw,
                           parse_int=Raw).get("说明", [])
    doc["说明"] = claims
    with open(out_file, "w", encoding="utf-8") as f:
        f.write(json_text(doc) + "\n")


if __name__ == "__main__":
    main()

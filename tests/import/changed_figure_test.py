"""A figure changed in a copy of a published text must come out of `jixiao
check` as a mismatch that names the changed figure and its source line: once
a table cell (+1.00), once a printed percentage (+1), on every seed text.

usage: changed_figure_test.py JIXIAO SEEDS_DIR"""
import decimal
import json
import os
import re
import subprocess
import sys
import tempfile

jixiao, seeds = sys.argv[1], sys.argv[2]
failures = 0


def run(*args):
    p = subprocess.run([jixiao, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def mismatches_at(report, line, figure):
    found = []
    for c in report["checks"]:
        if c["status"] != "mismatch":
            continue
        for w in c["where"]:
            if w.get("line") == line and w.get("figure") == figure:
                found.append(c["id"])
    return found


def check_changed(name, lines, line_no, old, new, what, work):
    global failures
    changed = list(lines)
    text = changed[line_no - 1]
    if old not in text:
        print(f"{name}: cannot find {old!r} on line {line_no}")
        failures += 1
        return
    changed[line_no - 1] = text.replace(old, new, 1)
    path = os.path.join(work, name + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(changed)
    code, out, err = run("check", path, "--format", "json")
    report = json.loads(out)
    figure = re.sub(r"[^0-9.]", "", new)
    hits = mismatches_at(report, line_no, figure)
    status = "ok" if code == 1 and hits else "FAILED"
    print(f"{name}: {what} on line {line_no}: {old} → {new}: exit {code}, mismatches naming it: {hits[:3]} {status}")
    if status != "ok":
        failures += 1


for seed in sorted(os.listdir(seeds)):
    if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", seed):
        continue
    name = seed[:3]
    src = os.path.join(seeds, seed)
    with open(src, encoding="utf-8") as f:
        lines = f.readlines()
    code, out, err = run("import", src)
    doc = json.loads(out, parse_float=str, parse_int=str)
    with tempfile.TemporaryDirectory() as work:
        # A table cell: the first class (3-digit 科目) of the expenditure table with a figure.
        cell = None
        for t in doc["表"]:
            if t["类别"] not in ("支出总表", "一般公共预算支出表"):
                continue
            total = next(c["路径"] for c in t["列"] if c["类型"] == "金额")
            for r in t["行"]:
                v = r["值"].get(total)
                if len(r.get("科目编码", "")) == 3 and v is not None and v != "0":
                    cell = (r["原文行"], v)
                    break
            if cell:
                break
        line_no, value = int(cell[0]), cell[1]
        printed = next(c for c in lines[line_no - 1].rstrip("\n").split("\t") if c.replace(",", "") == value)
        bumped = decimal.Decimal(value) + 1
        check_changed(name + "-cell", lines, line_no, "\t" + printed, "\t" + f"{bumped:.2f}", "table cell", work)
        # A printed percentage: the first share the prose states.
        claim = next(c for c in doc["说明"] if c.get("计算", {}).get("方式") == "占比" and c["数值"] != "0")
        old = re.search(r"[0-9.]+%", claim["原文"]).group(0)
        new = f"{decimal.Decimal(old[:-1]) + 1}%"
        check_changed(name + "-share", lines, int(claim["原文行"]), old, new, "percentage", work)

print(f"{failures} failed")
sys.exit(1 if failures else 0)

#!/usr/bin/python3
"""A generated batch with deliberate reviewer deviations (bench/gen_projects.py
--filed): every project is filed with the formula's own scores except a few
chosen ones, whose filed 得分 depart from the formula by known amounts. The
summary must find exactly those: the largest gaps in order, each with the
indicator that makes it; the grade counts equal to the output records'; the
memory-bounded lists no longer than their limits.

usage: deviations_test.py JIXIAO ROOT
"""
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

jixiao, root = sys.argv[1], sys.argv[2]
pack = os.path.join(root, "rules/national-selfeval")
failures = []


def expect(what, got, want):
    print(f"{what}: {got}" + ("" if got == want else f" (want {want})"))
    if got != want:
        failures.append(what)


with tempfile.TemporaryDirectory() as work:
    batch = os.path.join(work, "filed.jsonl")
    deviations = os.path.join(work, "deviations.json")
    subprocess.run(["/usr/bin/python3", os.path.join(root, "bench/gen_projects.py"), "400", "7",
                    "--filed", "--jixiao", jixiao, "--deviations", deviations],
                   stdout=open(batch, "w"), check=True)
    injected = json.load(open(deviations, encoding="utf-8"))
    out = os.path.join(work, "out.jsonl")
    summary = os.path.join(work, "summary.json")
    subprocess.run([jixiao, "eval", "--pack", pack, "--jsonl", batch, "--output", out,
                    "--summary", summary], check=False, stderr=subprocess.DEVNULL)
    s = json.load(open(summary, encoding="utf-8"))
    # The same summary whatever the number of threads (each gathers levels on its own).
    for jobs in ("1", "3"):
        again = os.path.join(work, f"summary-{jobs}.json")
        subprocess.run([jixiao, "eval", "--pack", pack, "--jsonl", batch, "--output", out,
                        "--jobs", jobs, "--summary", again], check=False, stderr=subprocess.DEVNULL)
        expect(f"summary with --jobs {jobs} = the default's",
               open(again, encoding="utf-8").read() == open(summary, encoding="utf-8").read(), True)
    records = [json.loads(l) for l in open(out, encoding="utf-8")]

    grades = {}
    for r in records:
        if "grade" in r and r.get("complete", True):
            grades[r["grade"]] = grades.get(r["grade"], 0) + 1
    expect("report grades = output records' grades",
           {g: n for g, n in s["grades"]["report"].items() if g != "none" and n},
           grades)
    expect("records", s["records"], len(records))

    want_above = [d for d in injected if float(d["gap"]) > 0]
    want_below = [d for d in injected if float(d["gap"]) < 0]
    want_above.sort(key=lambda d: (-float(d["gap"]), d["line"]))
    want_below.sort(key=lambda d: (float(d["gap"]), d["line"]))
    got_above = [(p["line"], Decimal(p["gap"])) for p in s["largest_gaps"]["filed_above_formula"]]
    got_below = [(p["line"], Decimal(p["gap"])) for p in s["largest_gaps"]["filed_below_formula"]]
    expect("filed above formula: the injected deviations, largest first",
           got_above, [(d["line"], Decimal(d["gap"])) for d in want_above][:10])
    expect("filed below formula: the injected deviations, largest first",
           got_below, [(d["line"], Decimal(d["gap"])) for d in want_below][:10])
    by_line = {p["line"]: p for p in s["largest_gaps"]["filed_above_formula"] + s["largest_gaps"]["filed_below_formula"]}
    named = [d for d in injected if d["line"] in by_line]
    expect("each gap names the indicator that makes it",
           all(by_line[d["line"]]["indicators"][0]["indicator"] == d["indicator"] for d in named), True)
    marked = {m["mark"]: m["count"] for m in s["project_marks"]}
    expect("填报总分高于公式总分 counted", marked.get("填报总分高于公式总分", 0),
           sum(1 for d in injected if float(d["gap"]) >= 5))
    expect("填报总分低于公式总分 counted", marked.get("填报总分低于公式总分", 0),
           sum(1 for d in injected if float(d["gap"]) <= -5))
    expect("examples per mark within the limit", all(len(m["examples"]) <= 5 for m in s["project_marks"]), True)

print(f"{len(failures)} failed")
sys.exit(1 if failures else 0)

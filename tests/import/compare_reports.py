"""`jixiao check` on an imported text against the golden report of the
hand-built document: every mismatch of the golden report must be reproduced
(compared by rule and the two sides' values, since the imported claims carry
their own labels), and every other mismatch must be a finding listed in
tests/import/new_findings.txt (a discrepancy the hand-built document did not
model). Prints both lists."""
import json
import os
import sys

golden_path, imported_path, name = sys.argv[1], sys.argv[2], sys.argv[3]
golden = json.load(open(golden_path, encoding="utf-8"))
imported = json.load(open(imported_path, encoding="utf-8"))


def mismatches(report):
    # By rule and both sides' values; a check with no values (a table or a
    # project missing) by its id, which names what is missing.
    return [(c["rule"], c["left"], c["right"]) if c["left"] is not None else (c["rule"], c["id"], "")
            for c in report["checks"] if c["status"] == "mismatch"]


expected_new = set()
with open(os.path.join(os.path.dirname(__file__), "new_findings.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            doc, rule, left, right = (line.split("\t") + [""])[:4]
            if doc == name:
                expected_new.add((rule, left, right))

want, got = mismatches(golden), mismatches(imported)
missed = [m for m in want if m not in got]
extra = [m for m in got if m not in want]
unexpected = [m for m in extra if m not in expected_new]
print(f"{name}: {len(imported['checks'])} checks on the imported text (hand-built: {len(golden['checks'])}); "
      f"mismatches {len(got)}, of the golden report {len(want) - len(missed)}/{len(want)}, new findings {len(extra)}")
for m in missed:
    print(f"  not reproduced: {m}")
for m in unexpected:
    print(f"  mismatch not in the golden report nor in new_findings.txt: {m}")
sys.exit(1 if missed or unexpected else 0)

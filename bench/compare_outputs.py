#!/usr/bin/env python3
"""Checks that jixiao's batch output and the Python reference agree on every
project: budget score, every indicator's score, total and grade, compared as
exact decimals (10.00 = 10).

usage: compare_outputs.py JIXIAO.jsonl REFERENCE.jsonl   (exit 1 on the first disagreement)
"""
import json
import sys
from decimal import Decimal as D
from itertools import zip_longest


def main():
    with open(sys.argv[1], encoding="utf-8") as a, open(sys.argv[2], encoding="utf-8") as b:
        n = 0
        for n, (x, y) in enumerate(zip_longest(a, b), 1):
            if x is None or y is None:
                # One side has a record the other lacks: a lost or an extra line.
                short = sys.argv[1] if x is None else sys.argv[2]
                print(f"line {n}: {short} ends here; the other file goes on", file=sys.stderr)
                sys.exit(1)
            j, r = json.loads(x), json.loads(y)
            mine = (D(j["budget"]["score"]), [D(i["score"]) for i in j["indicators"]], D(j["total"]), j["grade"])
            theirs = (D(r["budget_score"]), [D(s) for s in r["scores"]], D(r["total"]), r["grade"])
            if mine != theirs:
                print(f"line {n}: jixiao {mine} reference {theirs}", file=sys.stderr)
                sys.exit(1)
        print(f"{n} projects agree", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks that jixiao's batch output and the Python reference agree on every
project: budget score, every indicator's score, total and grade, compared as
exact decimals (10.00 = 10).

usage: compare_outputs.py JIXIAO.jsonl REFERENCE.jsonl   (exit 1 on the first disagreement)
"""
import json
import sys
from decimal import Decimal as D


def main():
    with open(sys.argv[1], encoding="utf-8") as a, open(sys.argv[2], encoding="utf-8") as b:
        n = 0
        for n, (x, y) in enumerate(zip(a, b), 1):
            j, r = json.loads(x), json.loads(y)
            mine = (D(j["budget"]["score"]), [D(i["score"]) for i in j["indicators"]], D(j["total"]), j["grade"])
            theirs = (D(r["budget_score"]), [D(s) for s in r["scores"]], D(r["total"]), r["grade"])
            if mine != theirs:
                print(f"line {n}: jixiao {mine} reference {theirs}", file=sys.stderr)
                sys.exit(1)
        print(f"{n} projects agree", file=sys.stderr)


if __name__ == "__main__":
    main()

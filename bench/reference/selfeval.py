#!/usr/bin/env python3
"""The national self-evaluation pack (docs/domain.md §6, rules/national-selfeval)
written the way a finance IT team would write it without jixiao: plain Python,
the `decimal` module, streaming JSON Lines in and out.

It understands the target forms that bench/gen_projects.py produces and scores
them exactly as the pack does. It is the baseline of bench/run.sh, and a test
checks that it agrees with jixiao on a generated file.

usage: selfeval.py < projects.jsonl > scores.jsonl
   one line per project: {"line", "project", "budget_score", "scores", "total", "grade"}
"""
import decimal
import json
import re
import sys
from decimal import Decimal as D

decimal.getcontext().prec = 50

# Units as multiples of a base unit, per dimension.
UNITS = {
    "%": ("ratio", D("0.01")), "人": ("人", D(1)), "户": ("户", D(1)), "次": ("次", D(1)),
    "个": ("个", D(1)), "家": ("家", D(1)), "件": ("件", D(1)), "条": ("条", D(1)),
    "场": ("场", D(1)), "人次": ("人次", D(1)), "项": ("项", D(1)), "辆": ("辆", D(1)),
    "天": ("time", D(24)), "小时": ("time", D(1)), "元/人": ("元/人", D(1)),
    "元/人天": ("元/人天", D(1)), "万元": ("元", D(10000)), "元": ("元", D(1)),
}
TIERS = {"达成预期指标": "达成", "部分达成预期指标": "部分达成", "未达成预期指标": "未达成"}
TIER_DEFAULT = {"达成": D(1), "部分达成": D("0.7"), "未达成": D("0.3")}
NUMBER = r"(\d+(?:\.\d+)?)"


def round2(x):
    return x.quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)


def quantity(text):
    """'1,618.5元/人' -> (value in base unit, dimension); a bare number has no dimension."""
    m = re.fullmatch(NUMBER + r"\s*(万)?(.*)", text.strip())
    value = D(m.group(1)) * (10000 if m.group(2) else 1)
    unit = m.group(3).strip()
    if not unit:
        return value, None
    dim, factor = UNITS[unit]
    return value * factor, dim


def date_of(text):
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def target_of(text, level2):
    """(direction, payload) for the forms of gen_projects.py."""
    t = text.strip()
    if m := re.fullmatch(r"(\d{4})年底", t):
        return "期限", (int(m.group(1)), 12, 31)
    if m := re.fullmatch(r"每年(\d{1,2})月底", t):
        return "期限", (None, int(m.group(1)), 31)
    if m := re.fullmatch(r"\[" + NUMBER + r"%," + NUMBER + r"%\)", t):
        return "区间", (D(m.group(1)) / 100, True, D(m.group(2)) / 100, False)
    if m := re.fullmatch(NUMBER + r"%-" + NUMBER + r"%", t):
        return "区间", (D(m.group(1)) / 100, True, D(m.group(2)) / 100, True)
    for op in ("≥", "≤", ">", "<", "="):
        if t.startswith(op):
            return op, quantity(t[len(op):])
    if re.match(r"\d", t):
        # A bare quantity: 成本指标 → ≤, the others → ≥.
        return ("≤" if level2 == "成本指标" else "≥"), quantity(t)
    return "定性", t


def compare(a, t):
    """a and t are (value, dim); a target without a unit takes the actual's."""
    return (a[0] > t[0]) - (a[0] < t[0])


def meets(direction, actual, target):
    if direction == "期限":
        done = date_of(actual)
        year, month, day = target
        due = (year if year is not None else done[0], month, day)
        return done <= due
    a = quantity(actual)
    if direction == "区间":
        low, low_in, high, high_in = target
        return (a[0] >= low if low_in else a[0] > low) and (a[0] <= high if high_in else a[0] < high)
    c = compare(a, target)
    return {"≥": c >= 0, ">": c > 0, "≤": c <= 0, "<": c < 0, "=": c == 0}[direction]


def quantitative(w, direction, actual, target):
    if meets(direction, actual, target):
        return w
    if direction == "期限":
        return D(0)
    a = quantity(actual)[0]
    if direction in ("≥", ">"):
        t = target[0]
        return w if t == 0 else round2(w * a / t)
    if direction in ("≤", "<"):
        t = target[0]
        return D(0) if t == 0 else round2(w * t / a)
    if direction == "=":
        t = target[0]
        if t == 0 or a == 0:
            return D(0)
        return round2(w * min(a / t, t / a))
    low, _, high, _ = target
    return round2(w * a / low) if a / low < 1 else round2(w * high / a)


def score(row):
    w = D(str(row["分值"]))
    level2 = row["二级指标"]
    target_text = row.get("调整后指标值") or row["年初指标值"]
    actual = row["实际完成值"].strip()
    direction, target = target_of(target_text, level2)
    tier = TIERS.get(actual)
    if tier is None and direction == "定性" and actual == target_text:
        tier = "达成"
    computed = round2(w * TIER_DEFAULT[tier]) if tier else quantitative(w, direction, actual, target)
    reviewer = row.get("得分")
    return D(reviewer) if reviewer not in (None, "") else computed


def grade(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def evaluate(doc):
    budget, spent = D(str(doc["全年预算数"])), D(str(doc["全年执行数"]))
    budget_score = D(0) if budget == 0 else round2(min(spent / budget, D(1)) * 10)
    scores = [score(row) for row in doc["指标"]]
    total = budget_score + sum(scores, D(0))
    return budget_score, scores, total, grade(total)


def main():
    out = sys.stdout
    for n, line in enumerate(sys.stdin, 1):
        try:
            doc = json.loads(line, parse_float=D, parse_int=D)
            budget_score, scores, total, g = evaluate(doc)
            out.write(json.dumps({"line": n, "project": doc["项目名称"], "budget_score": str(budget_score),
                                  "scores": [str(s) for s in scores], "total": str(total), "grade": g},
                                 ensure_ascii=False) + "\n")
        except Exception as e:  # one bad record never stops the run
            out.write(json.dumps({"line": n, "error": str(e)}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

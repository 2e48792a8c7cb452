#!/usr/bin/env python3
"""Generates N realistic self-evaluation documents, one JSON object per line
(the input of `jixiao eval --jsonl`), deterministically from a seed.

Each project has 12-28 indicators whose weights add up to 90 (产出 50, 效益 30,
满意度 10), targets in every form of PRODUCT.md §5 (comparisons with units and
magnitude words, zero bounds, bare quantities, ranges, deadlines, durations,
qualitative targets with tier-phrase actuals, targets without a unit), reviewer
scores on some rows and a few zero budgets. About 5 KB per project.

usage: gen_projects.py N [SEED] > projects.jsonl
"""
import json
import random
import sys

UNITS = ["人", "户", "次", "个", "家", "件", "条", "场", "人次", "项"]
NAMES = ["培训", "检查", "督导", "调研", "宣传", "审核", "评审", "服务", "维护", "采购", "监测", "走访"]
TIERS = ["达成预期指标", "部分达成预期指标", "未达成预期指标"]
TIER_BAND = {"达成预期指标": (0.8, 1.0), "部分达成预期指标": (0.6, 0.79), "未达成预期指标": (0.0, 0.59)}
QUALITATIVE = ["及时", "提高", "满意", "有效", "明显提升", "规范", "按时完成", "持续发挥作用"]
LEVEL2 = {
    "产出指标": ["数量指标", "质量指标", "时效指标", "成本指标"],
    "效益指标": ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
    "满意度指标": ["服务对象满意度指标"],
}


def num(r, lo, hi, places=0):
    v = r.uniform(lo, hi)
    return f"{v:.{places}f}"


def split(total, n, r):
    """n positive integer weights adding up to total."""
    cuts = sorted(r.sample(range(1, total), n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    return parts


def scale(text, factor, places):
    return f"{float(text) * factor:.{places}f}"


def indicator(r, level1, level2, weight):
    """(target, actual, extra fields) in one of the forms of PRODUCT.md §5."""
    extra = {}
    kind = r.choices(
        ["ge", "gt", "le", "lt", "eq", "zero", "bare", "range", "interval", "deadline",
         "yearly", "duration", "qualitative", "nounit", "wan", "percent"],
        weights=[14, 3, 6, 2, 3, 2, 4, 3, 2, 3, 1, 3, 10, 2, 2, 8])[0]
    if level2 == "成本指标":
        kind = r.choice(["le", "le", "zero", "bare", "lt"])
    if level2 == "时效指标" and kind not in ("deadline", "yearly", "duration"):
        kind = r.choice(["deadline", "duration", "yearly"])
    if level1 == "满意度指标":
        kind = r.choice(["percent", "percent", "gt", "qualitative"])
    factor = r.choice([1, 1, 1, 0.9, 0.75, 0.5, 1.1, 1.4])
    if kind == "ge":
        u = r.choice(UNITS)
        t = num(r, 5, 2000)
        a = scale(t, factor, 0)
        target, actual = f"≥{t}{u}", f"{a}{u}"
    elif kind == "gt":
        t = num(r, 80, 95)
        target, actual = f">{t}%", f"{min(100.0, float(t) * r.choice([1.02, 1.0, 0.95])):.1f}%"
    elif kind == "le":
        t = num(r, 1, 500, 2)
        target, actual = f"≤{t}元/人", f"{scale(t, r.choice([1, 0.9, 1.1, 1.5]), 2)}元/人"
    elif kind == "lt":
        t = num(r, 2, 30)
        target, actual = f"<{t}天", f"{scale(t, r.choice([0.5, 0.9, 1.2]), 0)}天"
    elif kind == "eq":
        u = r.choice(UNITS)
        t = num(r, 1, 20)
        target, actual = f"={t}{u}", f"{int(t) + r.choice([0, 0, 0, 1, -1])}{u}"
    elif kind == "zero":
        if r.random() < 0.5:
            target, actual = "≥0辆", f"{r.randint(0, 5)}辆"
        else:
            target, actual = "≤0元/人天", r.choice(["0元/人天", "0元/人天", "12元/人天"])
    elif kind == "bare":
        u = r.choice(UNITS) if level2 != "成本指标" else "万元"
        t = num(r, 2, 300)
        target, actual = f"{t} {u}", f"{scale(t, factor, 0)}{u}"
    elif kind == "range":
        target = "90%-100%"
        actual = r.choice(["95%", "92.5%", "85%", "100%"])
    elif kind == "interval":
        target = "[85%,95%)"
        actual = r.choice(["90%", "95%", "80%", "85%"])
    elif kind == "deadline":
        year = r.choice([2024, 2025, 2026])
        target = f"{year}年底"
        actual = r.choice([f"{year}年10月31日", f"{year}年12月31日", f"{year + 1}年2月15日"])
    elif kind == "yearly":
        target = "每年5月底"
        actual = r.choice(["2025年5月20日", "2025年6月10日"])
    elif kind == "duration":
        target, actual = "≤24小时", r.choice(["1天", "12小时", "30小时"])
    elif kind == "qualitative":
        target = r.choice(QUALITATIVE)
        actual = r.choice(TIERS + [target])
        if actual in TIER_BAND and r.random() < 0.4:
            lo, hi = TIER_BAND[actual]
            extra["得分"] = f"{weight * r.uniform(lo, hi):.1f}"
    elif kind == "nounit":
        t = num(r, 1000, 9000)
        target, actual = f"≥{t}", f"{scale(t, factor, 0)}条"
    elif kind == "wan":
        t = num(r, 1, 50, 1)
        target, actual = f"≥{t}万人", f"{int(float(t) * 10000 * factor)}人"
    else:  # percent
        t = r.choice(["90", "95", "85", "98", "100"])
        target, actual = f"≥{t}%", f"{min(100.0, float(t) * r.choice([1, 1, 0.97, 0.9])):.1f}%"
    # A few reviewers score quantitative rows too, some with a reason.
    if "得分" not in extra and r.random() < 0.06:
        extra["得分"] = f"{weight * r.choice([1, 0.9, 0.8]):.2f}"
        if r.random() < 0.5:
            extra["偏差原因"] = "受政策调整影响，部分任务顺延至下年度"
    return target, actual, extra


def project(r, i):
    n = r.randint(12, 28)
    counts = {"产出指标": max(1, round(n * 0.55)), "效益指标": max(1, round(n * 0.3))}
    counts["满意度指标"] = max(1, n - counts["产出指标"] - counts["效益指标"])
    totals = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    rows = []
    for level1, count in counts.items():
        count = min(count, totals[level1])
        for weight in split(totals[level1], count, r):
            level2 = r.choice(LEVEL2[level1])
            target, actual, extra = indicator(r, level1, level2, weight)
            row = {"一级指标": level1, "二级指标": level2,
                   "三级指标": f"{r.choice(NAMES)}{level2[:2]}第{len(rows) + 1}项",
                   "年初指标值": target, "实际完成值": actual, "分值": weight}
            row.update(extra)
            rows.append(row)
    budget = 0 if r.random() < 0.02 else round(r.uniform(5, 5000), 2)
    spent = 0 if budget == 0 else round(budget * r.choice([1, 0.98, 0.9, 0.75, 0.5, 1.02]), 2)
    return {"项目名称": f"示例项目{i:07d}：{r.choice(NAMES)}专项经费", "年度": 2025,
            "主管部门": r.choice(["山西省国资委", "大同市国资委", "山西省社会保险局"]),
            "全年预算数": budget, "全年执行数": spent, "指标": rows}


def main():
    count = int(sys.argv[1])
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20261126
    r = random.Random(seed)
    out = sys.stdout
    for i in range(1, count + 1):
        out.write(json.dumps(project(r, i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

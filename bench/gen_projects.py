#!/usr/bin/env python3
"""Generates N realistic self-evaluation documents, one JSON object per line
(the input of `jixiao eval --jsonl`), deterministically from a seed.

Each project has 12-28 indicators whose weights add up to 90 (产出 50, 效益 30,
满意度 10), targets in every form of docs/domain.md §5 (comparisons with units and
magnitude words, zero bounds, bare quantities, ranges, deadlines, durations,
qualitative targets with tier-phrase actuals, targets without a unit), reviewer
scores on some rows and a few zero budgets. About 5 KB per project.

With --filed, each project comes as its unit files it: every indicator with
its 得分, the form's 执行率得分 and 总分. The scores are the formula's own (the
projects are scored once by jixiao, --jixiao), except in a few projects
(--deviation-share) where one indicator's filed 得分 departs from the formula's
on purpose: raised to full marks, or cut as a reviewer cuts for unspent
funds. --deviations FILE lists them (line, gap, indicator): what a reviewer's
summary must find (tests/review/deviations_test.py).

usage: gen_projects.py N [SEED] [--filed --jixiao PATH [--deviations FILE]] > projects.jsonl
"""
import argparse
import json
import os
import random
import subprocess
import sys
from decimal import Decimal

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
    """(target, actual, extra fields) in one of the forms of docs/domain.md §5."""
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


def filed(projects, jixiao, pack, share, seed):
    """The projects as filed: the formula's scores, a few changed on purpose.
    Returns (documents, deviations)."""
    text = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in projects)
    run = subprocess.run([jixiao, "eval", "--pack", pack, "--jsonl", "-"], input=text,
                         capture_output=True, text=True, check=False)
    records = [json.loads(l) for l in run.stdout.splitlines()]
    r = random.Random(seed + 1)
    deviations = []
    out = []
    for line, (doc, rec) in enumerate(zip(projects, records), start=1):
        if "error" in rec or not rec.get("complete", True) or rec["budget"]["score"] is None:
            out.append(doc)  # left as generated: the summary counts it, nothing to file
            continue
        scores = []
        for row, ind in zip(doc["指标"], rec["indicators"]):
            score = ind["computed_score"] if ind["computed_score"] is not None else ind["score"]
            scores.append(Decimal(score))
        if r.random() < share:
            weights = [Decimal(str(row["分值"])) for row in doc["指标"]]
            if r.random() < 0.5:  # raised to full marks where the formula gave least
                i = max(range(len(scores)), key=lambda k: (weights[k] - scores[k], -k))
                gap = weights[i] - scores[i]
            else:  # cut, as a reviewer cuts for unspent funds
                i = max(range(len(scores)), key=lambda k: (scores[k], -k))
                gap = -min(scores[i], Decimal(r.randint(1, 12)))
            if gap != 0:
                scores[i] += gap
                deviations.append({"line": line, "gap": str(gap), "indicator": doc["指标"][i]["三级指标"]})
        for row, score in zip(doc["指标"], scores):
            row["得分"] = str(score)
        budget = Decimal(rec["budget"]["score"])
        doc["执行率得分"] = str(budget)
        doc["总分"] = str(sum(scores, budget))
        out.append(doc)
    return out, deviations


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(
        description="Generates N self-evaluation documents, one JSON object per line.")
    parser.add_argument("count", type=int, metavar="N", help="how many projects")
    parser.add_argument("seed", type=int, nargs="?", default=20261126, help="the random seed")
    parser.add_argument("--filed", action="store_true",
                        help="file each project with its 得分, 执行率得分 and 总分 (needs --jixiao)")
    parser.add_argument("--jixiao", help="the jixiao binary that scores the projects for --filed")
    parser.add_argument("--pack", default=os.path.join(root, "rules/national-selfeval"),
                        help="the scoring pack for --filed")
    parser.add_argument("--deviation-share", type=float, default=0.05,
                        help="share of filed projects with a deliberate deviation (default 0.05)")
    parser.add_argument("--deviations", help="write the deliberate deviations to this JSON file")
    args = parser.parse_args()
    if args.filed and not args.jixiao:
        parser.error("--filed needs --jixiao PATH")
    r = random.Random(args.seed)
    # Streamed as generated (bench/rss.sh pipes a million projects into jixiao);
    # only --filed, which scores them all first, holds them in memory.
    projects = (project(r, i) for i in range(1, args.count + 1))
    deviations = []
    if args.filed:
        projects, deviations = filed(list(projects), args.jixiao, args.pack,
                                     args.deviation_share, args.seed)
    if args.deviations:
        with open(args.deviations, "w", encoding="utf-8") as f:
            json.dump(deviations, f, ensure_ascii=False, indent=1)
    out = sys.stdout
    for p in projects:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

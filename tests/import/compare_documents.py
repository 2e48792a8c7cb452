"""Compares the amount cells of an imported disclosure document with the
hand-built one: prints the share found with identical printed values and
every difference; exits 1 below the floor (percent)."""
import decimal
import json
import sys


def load(path):
    # Figures compare as printed: 6424.00 is not 6424.0.
    return json.load(open(path, encoding="utf-8"), parse_float=str, parse_int=str)


def cells(doc):
    out = {}
    for t in doc["表"]:
        names = [c["路径"] for c in t["列"] if c["类型"] == "名称"]
        for r in t["行"]:
            key = r.get("科目编码") or r.get("名称") or "|".join(str(r["值"].get(n)) for n in names)
            for c in t["列"]:
                if c["类型"] in ("金额", "数量"):
                    v = r["值"].get(c["路径"])
                    if v is not None:
                        out[(t["类别"], key, c["路径"])] = v
    return out


hand_path, imported_path, floor = sys.argv[1], sys.argv[2], decimal.Decimal(sys.argv[3])
hand, imported = cells(load(hand_path)), cells(load(imported_path))
same = sum(1 for k, v in hand.items() if imported.get(k) == v)
share = decimal.Decimal(100 * same) / max(1, len(hand))
print(f"{hand_path}: {same} of {len(hand)} amount cells identical ({share:.1f}%), floor {floor}%")
for k, v in hand.items():
    if imported.get(k) != v:
        print(f"  differs: {k}: hand-built {v}, imported {imported.get(k)}")
sys.exit(0 if share >= floor else 1)

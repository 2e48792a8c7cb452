"""Compares the amount cells of an imported disclosure document with the
hand-built one: prints the share found with identical printed values and
every difference; exits 1 below the floor (percent) or below 90% of the
hand-built links to a cell reproduced."""
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


# Claims: of the hand-built claims that name a cell, how many the import
# states at the same source line with the same figure and links to the same
# cell; at least 90% (issue: import of published disclosures).
def resolve(doc, ref):
    """The cell a reference names: (类别, the row's 科目编码 or name, 列), or None."""
    if ref is None or "说明" in ref:
        return None
    for t in doc["表"]:
        if t["类别"] != ref.get("表"):
            continue
        if "行" not in ref and "科目编码" not in ref and len(t["行"]) == 1:
            # a table of one row (三公经费表): the reference names its column only
            return (t["类别"], None, ref.get("列"), t["行"][0]["值"].get(ref.get("列")))
        for r in t["行"]:
            names = [r.get("名称")] + [v for v in r["值"].values() if isinstance(v, str)]
            if ("科目编码" in ref and r.get("科目编码") == ref["科目编码"]) or ("行" in ref and ref["行"] in names):
                return (t["类别"], r.get("科目编码") or ref.get("行"), ref.get("列"), r["值"].get(ref.get("列")))
    return None


hand_doc, imported_doc = load(hand_path), load(imported_path)
linked = [c for c in hand_doc["说明"] if "对应" in c and "表" in c["对应"]]
same_links = 0
missed_links = []
for c in linked:
    want = resolve(hand_doc, c["对应"])
    found = False
    for d in imported_doc["说明"]:
        if d["原文行"] == c["原文行"] and d["数值"] == c["数值"] and "对应" in d:
            got = resolve(imported_doc, d["对应"])
            # the same cell: the same table and column, and the same figure there
            if got is not None and want is not None and got[0] == want[0] and got[2] == want[2] and got[3] == want[3]:
                found = True
                break
    same_links += found
    if not found:
        missed_links.append(c["原文"][:30])
link_share = decimal.Decimal(100 * same_links) / max(1, len(linked))
link_floor = decimal.Decimal(90)
print(f"  claims: {len(imported_doc['说明'])} imported (hand-built {len(hand_doc['说明'])}); "
      f"of {len(linked)} hand-built links to a cell, {same_links} linked to the same cell "
      f"({link_share:.1f}%), floor {link_floor}%")
for m in missed_links:
    print(f"    not linked the same: {m}")
sys.exit(0 if share >= floor and link_share >= link_floor else 1)

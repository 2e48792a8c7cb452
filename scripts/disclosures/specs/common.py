# Helpers every spec uses to write its claims; transcribe.py runs this before
# the spec, so a spec names them without importing.


def T(table, row, col, parent=None):
    """A cell by row name: {表, 行, 列[, 上级]}."""
    ref = {"表": table, "行": row, "列": col}
    if parent:
        ref["上级"] = parent
    return ref


def C(table, code, col):
    """A cell by 科目编码."""
    return {"表": table, "科目编码": code, "列": col}


def S(label):
    """Another claim's figure."""
    return {"说明": label}


def share(part, whole):
    return {"方式": "占比", "部分": part, "整体": whole}


def growth(label, current):
    return {"方式": "增长率", "增加额": S(label), "本年": current}


def decline(label, current):
    return {"方式": "下降率", "减少额": S(label), "本年": current}

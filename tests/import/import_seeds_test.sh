#!/usr/bin/env bash
# The importer on the published texts (examples/disclosures/published): every
# amount cell of the hand-built tests/import/hand-built/NNN.json must come out of
# the text with the same value (a floor per document, the differences listed),
# and `jixiao check` on the text must reproduce every mismatch of the golden
# report and find no other but those listed in new_findings.txt.
set -euo pipefail
jixiao="$1"
root="$2"
seeds="$root/examples/disclosures/published"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
# document, pack, the least share of identical amount cells (percent)
while read -r n pack floor; do
  src="$(ls "$seeds"/${n}_????????????????.txt)"
  "$jixiao" import "$src" --output "$work/$n.json" 2>"$work/$n.warnings"
  /usr/bin/python3 "$root/tests/import/compare_documents.py" "$root/tests/import/hand-built/$n.json" \
    "$work/$n.json" "$floor" || status=1
  set +e
  "$jixiao" check --pack "$root/rules/$pack" "$src" --format json >"$work/$n.check.json" 2>/dev/null
  code=$?
  set -e
  if [ "$code" -gt 1 ]; then
    echo "$n: jixiao check on the text exited $code"
    status=1
    continue
  fi
  /usr/bin/python3 "$root/tests/import/compare_reports.py" "$root/tests/import/hand-built/$n.expected.json" \
    "$work/$n.check.json" "$n" || status=1
done <<'LIST'
000 budget-disclosure 100
001 budget-disclosure 100
002 budget-disclosure 100
003 budget-disclosure 100
004 final-accounts-disclosure 100
LIST
# The appendix of 000: nine 绩效目标表, each the start of a self-evaluation.
"$jixiao" import "$(ls "$seeds"/000_????????????????.txt)" --selfeval "$work/selfeval" 2>/dev/null
/usr/bin/python3 - "$work/selfeval" <<'PY' || status=1
import json, os, sys
files = sorted(os.listdir(sys.argv[1]))
doc = json.load(open(os.path.join(sys.argv[1], "02-档案室、机房租赁经费.json"), encoding="utf-8"))
targets = [(i["三级指标"], i["年初指标值"]) for i in doc["指标"]]
ok = len(files) == 9 and doc["全年预算数"] == 500000 and ("租赁办公用房保障人数", "≥100人") in targets and len(targets) == 8
print(f"000 --selfeval: {len(files)} documents; 档案室、机房租赁经费: 全年预算数 {doc['全年预算数']}, {len(targets)} indicators"
      + ("" if ok else " FAILED"))
sys.exit(0 if ok else 1)
PY
exit $status

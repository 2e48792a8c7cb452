#!/usr/bin/env bash
# examples/disclosures/NNN.json are what `jixiao import` makes of the published
# texts beside them (examples/disclosures/published/NNN_*.txt), byte for byte:
# no per-document spec or hand edit stands between a published disclosure and
# its checked example. JIXIAO_UPDATE_GOLDEN=1 rewrites them after a deliberate
# change of the importer (review the diff: the golden reports follow).
set -euo pipefail
jixiao="$1"
root="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for text in "$root"/examples/disclosures/published/[0-9][0-9][0-9]_*.txt; do
  n="$(basename "$text" | cut -c1-3)"
  example="$root/examples/disclosures/$n.json"
  "$jixiao" import "$text" --output "$work/$n.json" 2>/dev/null
  if [ "${JIXIAO_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$work/$n.json" "$example"
    echo "$n: rewritten"
  elif cmp -s "$work/$n.json" "$example"; then
    echo "$n: the example is the import of the published text"
  else
    echo "$n: examples/disclosures/$n.json differs from the import of $(basename "$text"):"
    diff "$example" "$work/$n.json" | head -20
    status=1
  fi
done
exit $status

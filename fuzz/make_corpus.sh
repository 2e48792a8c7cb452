#!/usr/bin/env bash
# Seeds the fuzz corpora from the project's own inputs: the target corpus of
# the published documents (tests/golden/targets/corpus.txt among the golden
# target files), the published texts, the golden programs, the packs, the examples.
# usage: bash fuzz/make_corpus.sh OUT_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1
mkdir -p "$out"/{target_literal,rules,json,eval,import,xlsx}
n=0
for f in "$root"/tests/golden/targets/*.txt; do
  [ -f "$f" ] || continue
  while IFS= read -r line; do
    n=$((n + 1))
    printf '%s' "$line" > "$out/target_literal/golden_$n"
  done < "$f"
done
cp "$root"/tests/golden/lang/*.jx "$root"/stdlib/*.jx "$out/rules/"
for p in "$root"/rules/*/; do cp "$p/main.jx" "$out/rules/$(basename "$p").jx"; done
for f in "$root"/examples/selfeval/*.json "$root"/examples/disclosures/*.json "$root"/tests/golden/lang/*.json; do
  case "$f" in *.expected.*) continue ;; esac
  cp "$f" "$out/json/"
  cp "$f" "$out/eval/"
done
cp "$root/bench/data/project.json" "$out/eval/generated_project.json"
# import: the published seed texts, and the small texts of the CLI tests.
for f in "$root"/examples/disclosures/published/*.txt "$root"/tests/cli/data/*.txt; do
  [ -f "$f" ] && cp "$f" "$out/import/"
done
# xlsx: the examples written as workbooks by the tests' independent writer.
n=0
for f in "$root"/examples/selfeval/*.json; do
  case "$f" in *.expected.*) continue ;; esac
  n=$((n + 1))
  /usr/bin/python3 "$root/tests/xlsx/make_workbook.py" "$out/xlsx/example_$n.xlsx" "$f" || true
done
echo "seeded: $(ls "$out/target_literal" | wc -l) targets, $(ls "$out/rules" | wc -l) rule files, $(ls "$out/json" | wc -l) documents, $(ls "$out/import" | wc -l) texts"

#!/usr/bin/env bash
# Batch runs lose nothing: every input line yields exactly one output line, in
# input order, a result or an error record with the line number, whatever the
# line holds — malformed JSON, invalid UTF-8, a blank, CRLF, a 100 MB line, a
# truncated last line — and an empty file yields an empty output. Output is
# byte-identical across runs and across --jobs, and --output appears whole or
# not at all.
set -euo pipefail
JIXIAO=$1
SOURCE=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PACK="$SOURCE/rules/national-selfeval"

# One output line per input line, numbered 1..N in order, each valid UTF-8 JSON;
# prints the line numbers that are error records.
check_lines() { # OUT N
  python3 - "$1" "$2" <<'PY'
import json, sys
out, n = sys.argv[1], int(sys.argv[2])
raw = open(out, "rb").read()
assert raw == b"" or raw.endswith(b"\n"), "the output does not end with a newline"
records = [json.loads(l.decode("utf-8")) for l in raw.splitlines()]
assert len(records) == n, f"{len(records)} output lines for {n} input lines"
assert [r["line"] for r in records] == list(range(1, n + 1)), "lines out of order"
print(" ".join(str(r["line"]) for r in records if "error" in r))
PY
}

good=$(python3 "$SOURCE/bench/gen_projects.py" 1 3)
python3 - "$work/mixed.jsonl" "$good" <<'PY'
import sys
path, good = sys.argv[1], sys.argv[2].encode()
with open(path, "wb") as f:
    f.write(good + b"\n")                                   # 1 good
    f.write('{"项目名称": "坏'.encode() + b"\n")             # 2 unterminated string
    f.write(b"\xff\xfe{}\n")                                 # 3 invalid UTF-8 before the JSON
    f.write(b'{"\xe9\xa1\xb9": "\xe4\xb8"}\n')               # 4 invalid UTF-8 inside a string
    f.write(b"\n")                                           # 5 blank
    f.write(b"[1,2\n")                                       # 6 truncated array
    f.write(good + b"\r\n")                                  # 7 good, CRLF
    f.write(b"42\n")                                         # 8 not an object
    f.write(good + b"\n")                                    # 9 good
    f.write(b'{"a": 1')                                      # 10 truncated last line, no newline
PY
for jobs in 1 2 3; do
  set +e
  "$JIXIAO" eval --pack "$PACK" --jsonl "$work/mixed.jsonl" --jobs $jobs > "$work/mixed$jobs.jsonl" 2> /dev/null
  rc=$?
  set -e
  test $rc -eq 65 # some records are errors
done
test "$(check_lines "$work/mixed1.jsonl" 10)" = "2 3 4 5 6 8 10"
cmp "$work/mixed1.jsonl" "$work/mixed2.jsonl"
cmp "$work/mixed1.jsonl" "$work/mixed3.jsonl"
# Determinism across runs, not only across --jobs.
"$JIXIAO" eval --pack "$PACK" --jsonl "$work/mixed.jsonl" --jobs 2 > "$work/again.jsonl" 2> /dev/null || true
cmp "$work/mixed1.jsonl" "$work/again.jsonl"
# The same for check.
"$JIXIAO" check --pack "$SOURCE/rules/budget-disclosure" --jsonl "$work/mixed.jsonl" \
  > "$work/check.jsonl" 2> /dev/null || true
test "$(check_lines "$work/check.jsonl" 10 | wc -w)" -eq 10

# A 100 MB line between two good ones: one error record for it, the others scored.
python3 - "$work/big.jsonl" "$good" <<'PY'
import sys
path, good = sys.argv[1], sys.argv[2].encode()
with open(path, "wb") as f:
    f.write(good + b"\n")
    f.write(b'{"\xe9\xa1\xb9\xe7\x9b\xae\xe5\x90\x8d\xe7\xa7\xb0": "' + b"x" * (100 << 20) + b'"}\n')
    f.write(good + b"\n")
PY
"$JIXIAO" eval --pack "$PACK" --jsonl "$work/big.jsonl" --jobs 2 > "$work/big_out.jsonl" 2> /dev/null || true
test "$(check_lines "$work/big_out.jsonl" 3)" = "2"
grep -q '"line":2,.*64 MiB' "$work/big_out.jsonl"

# An empty file: no output lines, success.
: > "$work/empty.jsonl"
"$JIXIAO" eval --pack "$PACK" --jsonl "$work/empty.jsonl" > "$work/empty_out.jsonl" 2> "$work/empty_err.txt"
test ! -s "$work/empty_out.jsonl"
grep -q "0 条记录" "$work/empty_err.txt"

# --output appears whole or not at all: a run that cannot read its input leaves
# no file, an existing file is replaced only by a complete one, and no
# temporary file is left behind.
mkdir "$work/outdir"
"$JIXIAO" eval --pack "$PACK" --jsonl "$work/missing.jsonl" --output "$work/outdir/r.jsonl" 2> /dev/null && exit 1
test -z "$(ls -A "$work/outdir")"
echo "old" > "$work/outdir/r.jsonl"
"$JIXIAO" eval --pack "$PACK" --jsonl "$work/mixed.jsonl" --output "$work/outdir/r.jsonl" 2> /dev/null || true
cmp "$work/mixed1.jsonl" "$work/outdir/r.jsonl"
test "$(ls -A "$work/outdir")" = "r.jsonl"
echo "batch: no line lost or added (malformed, invalid UTF-8, blank, CRLF, 100 MB, truncated, empty)"

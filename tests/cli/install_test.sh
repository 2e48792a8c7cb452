#!/usr/bin/env bash
# `cmake --install` puts jixiao and the bundled packs under a prefix, and the
# installed command finds the national pack there on its own: from a folder
# with no rules/ and no JIXIAO_PACK_PATH, `jixiao eval DOC` scores with it, and
# a pack outside the prefix that extends national-selfeval finds it too.
# usage: install_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -euo pipefail
cmake_cmd=$1 build=$2 source=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cmake_cmd" --install "$build" --prefix "$work/prefix" >/dev/null
test -x "$work/prefix/bin/jixiao"
test -f "$work/prefix/share/jixiao/rules/national-selfeval/pack.json"
cp -r "$source/examples/packs/unspent-funds" "$work/unspent-funds"
cd "$work"
unset JIXIAO_PACK_PATH
"$work/prefix/bin/jixiao" --version | grep -q '^jixiao [0-9]'
"$work/prefix/bin/jixiao" eval unspent-funds/tests/spent.json > out.json 2> err.txt
grep -q "share/jixiao/rules/national-selfeval" err.txt
grep -q '"grade": "优"' out.json
"$work/prefix/bin/jixiao" test unspent-funds | grep -q "通过 2 个，失败 0 个"
echo "install: the command and the packs under a prefix, found from anywhere"

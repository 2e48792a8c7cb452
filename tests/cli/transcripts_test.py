#!/usr/bin/python3
"""Every transcript in the README and docs/ runs as shown: an indented line
`$ jixiao ARGS` is run (from the repository root) and what it prints, stdout
then stderr, must be the indented lines that follow it, up to a blank line.

usage: transcripts_test.py JIXIAO SOURCE_DIR
"""
import pathlib
import shlex
import subprocess
import sys


def transcripts(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("    $ jixiao "):
            command = line[len("    $ "):]
            shown = []
            i += 1
            while i < len(lines) and lines[i].startswith("    ") and not lines[i].startswith("    $ "):
                shown.append(lines[i][4:])
                i += 1
            yield i, command, shown
        else:
            i += 1


def main():
    jixiao, root = sys.argv[1], pathlib.Path(sys.argv[2])
    files = [root / "README.md"] + sorted((root / "docs").glob("*.md"))
    count = failures = 0
    for path in files:
        for line, command, shown in transcripts(path):
            count += 1
            args = shlex.split(command)[1:]
            run = subprocess.run([jixiao] + args, cwd=root, capture_output=True, text=True)
            printed = (run.stdout + run.stderr).rstrip("\n").split("\n")
            if printed != shown:
                failures += 1
                print(f"{path.relative_to(root)}: `{command}` prints:\n  " + "\n  ".join(printed)
                      + "\nbut the text shows:\n  " + "\n  ".join(shown))
    print(f"{count} transcripts, {failures} differ")
    if count == 0:
        print("no transcript found: the test would pass without testing anything")
        return 1
    return 1 if failures else 0


sys.exit(main())

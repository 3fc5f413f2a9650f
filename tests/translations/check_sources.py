#!/usr/bin/env python3
"""Fails when the sources hold a translatable string that the .ts files do not translate.

check_ts.py checks the committed .ts files as they are, so a tr() string that nobody ran
`update_translations` for passes it unnoticed. This script runs lupdate the way that target does
(same sources, include paths and options) over temporary copies of the .ts files, then checks the
copies with check_ts.py: a new or changed string arrives there as unfinished and is named. An
entry the sources no longer hold (lupdate -no-obsolete drops it from the copy) is named too.
The committed .ts files are only read.

usage: check_sources.py LUPDATE LST-FILE FILE.ts...
  LST-FILE: lupdate's list file, one source file or -I include path per line.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_ts  # noqa: E402

# As in translations/CMakeLists.txt (qt_add_translations ... LUPDATE_OPTIONS).
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none"]


def messages(path):
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source"))
            for c in root.iter("context") for m in c.iter("message")}


def main(args):
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, lst, ts_files = args[0], args[1], args[2:]
    with tempfile.TemporaryDirectory(prefix="countersign-lupdate-") as tmp:
        copies = {}
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies[copy] = ts
        run = subprocess.run([lupdate, "@" + lst, *LUPDATE_OPTIONS, "-ts", *copies],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            print(run.stdout)
            print(f"lupdate failed with exit code {run.returncode}")
            return 1
        failed = 0
        for copy, ts in copies.items():
            problems = [p.replace(copy, ts) for p in check_ts.check(copy)]
            gone = sorted(messages(ts) - messages(copy))
            problems += [f"{ts}: [{name}] {source!r}: no longer in the sources" for name, source in gone]
            for p in problems:
                print(p)
            failed += bool(problems)
    print(f"{len(ts_files)} translation file(s) checked against the sources, {failed} out of date")
    if failed:
        print("Run `cmake --build <build dir> --target update_translations`, translate every new entry "
              "and commit the .ts files (CONTRIBUTING.md, Translations).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

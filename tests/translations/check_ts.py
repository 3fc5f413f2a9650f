#!/usr/bin/env python3
"""Fails when a Countersign .ts file is not ready to ship.

Every message must have a finished, non-empty translation (every plural form filled), keep the
source's %1..%9 and %n placeholders, and keep a keyboard accelerator when the source has one.
Obsolete and vanished entries are refused too: `update_translations` runs lupdate with
-no-obsolete, so one left in the file means the file was edited by hand after a string changed.

usage: check_ts.py FILE.ts...
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(\d+|n)")
# An accelerator is '&' before a letter or digit; '&&' is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)[^\s&;]")


def check(path):
    problems = []
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        return [f"{path}: cannot read: {error}"]
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{path}: [{name}] {source!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            if kind in ("obsolete", "vanished"):
                problems.append(f"{where}: {kind} entry left in the file")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
            else:
                forms = [translation.text or ""]
            if not forms or any(not f.strip() for f in forms):
                problems.append(f"{where}: empty translation")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                got = sorted(set(PLACEHOLDER.findall(form)))
                # A plural form may leave out %n ("one entry"), never a numbered placeholder.
                if [p for p in wanted if p != "n"] != [p for p in got if p != "n"]:
                    problems.append(f"{where}: placeholders {wanted} became {got} in {form!r}")
                if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(form)):
                    problems.append(f"{where}: keyboard accelerator lost or added in {form!r}")
    if count == 0:
        problems.append(f"{path}: no messages at all")
    return problems


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        problems = check(path)
        for p in problems:
            print(p)
        failed += bool(problems)
    print(f"{len(paths)} translation file(s) checked, {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

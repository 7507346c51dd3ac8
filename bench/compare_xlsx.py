#!/usr/bin/python3
"""Checks that two workbooks hold the same sheets, in the same order, with
the same cell contents (text exactly, numbers to 1e-12): that
bench/workbook.py wrote what `teema-cli matrix` writes.

usage: compare_xlsx.py A.xlsx B.xlsx   (exit 1 and the first differences if not)
"""
import sys

from openpyxl import load_workbook


def cells(path):
    wb = load_workbook(path, read_only=True, data_only=True)
    out = {}
    for ws in wb.worksheets:
        grid = {}
        ws.reset_dimensions()  # excelize's stream writer records A1 as the sheets' size
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None and c.value != "":
                    grid[(c.row, c.column)] = c.value
        out[ws.title] = grid
    return wb.sheetnames, out


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-12 * max(1, abs(a), abs(b))
    return a == b


def main():
    names_a, a = cells(sys.argv[1])
    names_b, b = cells(sys.argv[2])
    if names_a != names_b:
        print("sheets differ:\n  %s\n  %s" % (names_a, names_b))
        return 1
    diffs, total = [], 0
    for name in names_a:
        keys = set(a[name]) | set(b[name])
        total += len(keys)
        for k in sorted(keys):
            if not same(a[name].get(k), b[name].get(k)):
                diffs.append((name, k, a[name].get(k), b[name].get(k)))
    if diffs:
        print("%d of %d cells differ; the first:" % (len(diffs), total))
        for name, k, x, y in diffs[:8]:
            print("  %s %s:\n    %r\n    %r" % (name, k, str(x)[:300], str(y)[:300]))
        return 1
    print("same workbook: %d sheets, %d cells" % (len(names_a), total))
    return 0


if __name__ == "__main__":
    sys.exit(main())

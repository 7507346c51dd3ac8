#!/usr/bin/python3
"""The theme-matrix workbook the way a researcher would script it: the
baseline that bench/run.sh times `teema-cli matrix` against.

Reads a Teema project (SQLite) with Python's sqlite3 and writes, with
Debian's python3-openpyxl (write-only mode, its fastest), the workbook
Teema writes: the same sheets in the same order, the same cell contents
(text, numbers, empty cells), the same cell styles (bold headers with a
border, wrapped top-aligned text, the text number format, percentages),
column widths, frozen panes and the excerpt sheet's filter. It leaves out
what only makes Teema's file nicer to open (estimated row heights, the
merged header of the code book, landscape printing of theme sheets).
bench/compare_xlsx.py checks that the two workbooks hold the same cells.

The matrices follow Teema's rules (coding/matrix.go, counts.go, quote.go,
store/workbook): rows by an attribute's values in natural order, each
column collecting the codings of its sub-codes, cells quoting their
excerpts as `- “…” (H3)` (the interview code: its attribute koodi, or H and
its number in name order) unless the researcher wrote a summary,
text cut to Excel's 32,767 characters with a note, counts and the share of
text coded with a total over the whole material, co-occurrence of codings.

usage: workbook.py PROJECT.teema OUT.xlsx [--by ATTR]   (Finnish labels)
"""
import argparse
import bisect
import functools
import re
import sqlite3
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

L = dict(
    interviews="Haastattelut", code_book="Koodikirja", excerpts="Otteet", counts="Määrät",
    cooccurrence="Yhteisesiintymät", findings="Havainnot", theme="Teema",
    interview="Haastattelu", people="Henkilöitä", sub_themes="Alateemat", code="Koodi",
    definition="Määritelmä", sub_theme="Alateema", speaker="Puhuja", text="Teksti", memo="Muistio",
    coder="Koodaaja", start="Alku", end="Loppu", excerpts_count="Otteita",
    interviews_count="Haastatteluja", share="Koodattu osuus tekstistä", total="Yhteensä",
    key_finding="Keskeinen havainto", proposal="Kehitysehdotus", whole_theme="Otteet ja tiivistykset",
    cut_see="… [katkaistu: %d merkkiä lisää; katso välilehti Otteet]",
    cut="… [katkaistu: %d merkkiä lisää]",
)
INTERVIEWERS = {"haastattelija", "haast", "h", "kysyjä", "tutkija", "interviewer", "i", "q", "int", "researcher"}
PEOPLE_ATTRS = ["haastateltavia", "henkilöitä", "people", "interviewees", "participants"]
NO_VALUE = "—"
MAX_CELL = 32767
NARROW, MEDIUM, LABEL, PATH, WIDE = 10.0, 18.0, 28.0, 40.0, 56.0


# --- text rules ---------------------------------------------------------

def u16len(s):
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def truncate_u16(s, limit):
    n = 0
    for i, ch in enumerate(s):
        n += 2 if ord(ch) > 0xFFFF else 1
        if n > limit:
            return s[:i]
    return s


def fit(s, note):
    """Teema's cut of text longer than a cell holds (store/workbook/cells.go)."""
    nbytes = len(s.encode("utf-8"))
    if nbytes <= MAX_CELL or u16len(s) <= MAX_CELL:
        return s
    room = MAX_CELL - u16len(note % nbytes) - 1
    keep = truncate_u16(s, room)
    sep = ""
    kb = keep.encode("utf-8")
    i = kb.rfind(b"\n")
    if i > len(kb) // 2:
        keep, sep = kb[:i].decode("utf-8"), "\n"
    return keep + sep + note % len(s[len(keep) + len(sep):])


def leading_digits(s):
    m = re.match(r"[0-9]*", s)
    return m.group(0)


def less_natural(a, b):
    while a and b:
        da, db = leading_digits(a), leading_digits(b)
        if da and db:
            na, nb = int(da), int(db)
            if na != nb:
                return na < nb
            a, b = a[len(da):], b[len(db):]
            continue
        la, lb = a[0].lower(), b[0].lower()
        if la != lb:
            return la < lb
        a, b = a[1:], b[1:]
    return len(a) < len(b)


natural_key = functools.cmp_to_key(lambda a, b: -1 if less_natural(a, b) else (1 if less_natural(b, a) else 0))


def is_interviewer(speaker):
    return speaker.strip().lower() in INTERVIEWERS


def clean_sheet_name(s):
    s = "".join(ch for ch in s if ch not in '[]:*?/\\' and ch >= " ")
    return " ".join(s.split()).strip("' ")


def shorten(s, limit):
    """A sheet name too long, cut after its last whole word and ended with …"""
    if u16len(s) <= limit:
        return s
    keep = truncate_u16(s, limit - 1)
    if not s[len(keep):].startswith(" "):
        i = keep.rfind(" ")
        if i > 0:
            keep = keep[:i]
    return keep.rstrip(" ") + "…"


class SheetNames:
    def __init__(self):
        self.used = set()

    def take(self, want, fallback):
        base = clean_sheet_name(want) or clean_sheet_name(fallback)
        name, i = shorten(base, 31), 2
        while name.lower() in self.used or name.lower() == "history":
            suffix = " (%d)" % i
            name = shorten(base, 31 - len(suffix)) + suffix
            i += 1
        self.used.add(name.lower())
        return name


# --- the project ---------------------------------------------------------

class Project:
    def __init__(self, path):
        db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        self.docs = [dict(id=i, name=n, chars=c, attrs={}) for i, n, c in db.execute(
            "SELECT id, name, chars FROM documents ORDER BY name COLLATE NOCASE, id")]
        self.doc = {d["id"]: d for d in self.docs}
        for doc_id, k, v in db.execute("SELECT doc_id, key, value FROM attributes"):
            self.doc[doc_id]["attrs"][k] = v
        self.turns = {}
        for doc_id, speaker, start, end in db.execute("SELECT doc_id, speaker, start, end FROM turns ORDER BY doc_id, seq"):
            self.turns.setdefault(doc_id, []).append((speaker, start, end))
        self.turn_ends = {k: [t[2] for t in ts] for k, ts in self.turns.items()}
        codes = [dict(id=i, parent=p, name=n, desc=d, pos=o) for i, p, n, d, o in db.execute(
            "SELECT id, ifnull(parent_id, 0), name, description, position FROM codes")]
        codes.sort(key=lambda c: (c["pos"], c["name"]))
        self.code = {c["id"]: c for c in codes}
        self.children = {}
        for c in codes:
            self.children.setdefault(c["parent"], []).append(c["id"])
        self.excerpts = [dict(id=i, doc=d, code=c, start=s, end=e, text=t, coder=cd, memo=m) for i, d, c, s, e, t, cd, m in db.execute(
            "SELECT id, doc_id, code_id, start, end, text, coder, memo FROM excerpts ORDER BY doc_id, start, end, id")]
        self.summaries = {(c, rb, rk): t for c, rb, rk, t in db.execute("SELECT code_id, rows_by, row_key, text FROM summaries")}
        self.findings = list(db.execute("SELECT finding, proposal FROM findings ORDER BY position, id"))
        db.close()
        self._paths = {}
        # Each interview's code, as quotes name it (coding/interview_code.go).
        self.interview_code = {}
        for i, d in enumerate(sorted(self.docs, key=lambda d: natural_key(d["name"]))):
            own = (d["attrs"].get("koodi") or d["attrs"].get("code") or "").strip()
            self.interview_code[d["id"]] = own or "H%d" % (i + 1)

    def theme_of(self, cid):
        while self.code[cid]["parent"]:
            cid = self.code[cid]["parent"]
        return cid

    def path(self, cid):
        p = self._paths.get(cid)
        if p is None:
            names, x = [], cid
            while x:
                c = self.code[x]
                names.append(c["name"])
                x = c["parent"]
            p = self._paths[cid] = "/".join(reversed(names))
        return p

    def subtree(self, cid):
        out = [cid]
        for x in out:
            out.extend(self.children.get(x, []))
        return out

    def walk(self, parent=0, depth=0):
        for cid in self.children.get(parent, []):
            yield self.code[cid], depth
            yield from self.walk(cid, depth + 1)

    def speaker_at(self, doc_id, offset):
        ts = self.turns.get(doc_id, [])
        i = bisect.bisect_right(self.turn_ends.get(doc_id, []), offset)
        if i < len(ts) and ts[i][1] <= offset:
            return ts[i][0]
        return ""

    def attribute_keys(self):
        return sorted({k for d in self.docs for k in d["attrs"]})

    def rows(self, by):
        """(key, label, doc ids) by an attribute; by None: one row per interview."""
        if by is None:
            docs = sorted(self.docs, key=lambda d: natural_key(d["name"]))
            return [(str(d["id"]), d["name"], [d["id"]]) for d in docs]
        values, members = [], {}
        for d in self.docs:
            v = d["attrs"].get(by, "")
            if v not in members:
                members[v] = []
                values.append(v)
            members[v].append(d["id"])
        values.sort(key=lambda v: (v == "", natural_key(v)))
        return [(v, v or NO_VALUE, members[v]) for v in values]

    def people(self, d):
        for k in PEOPLE_ATTRS:
            v = d["attrs"].get(k, "").strip()
            if re.fullmatch(r"[+-]?[0-9]+", v) and int(v) >= 0:
                return int(v)
        return len({s for s, _, _ in self.turns.get(d["id"], []) if not is_interviewer(s)})

    def matrix(self, columns, by):
        """cells[row][col] = excerpts of the column's subtree in the row."""
        rows = self.rows(by)
        row_of_doc = {}
        for i, (_, _, ids) in enumerate(rows):
            for x in ids:
                row_of_doc[x] = i
        col_of = {}
        for j, col in enumerate(columns):
            for cid in self.subtree(col):
                col_of.setdefault(cid, []).append(j)
        cells = [[[] for _ in columns] for _ in rows]
        for e in self.excerpts:
            i = row_of_doc.get(e["doc"])
            if i is None:
                continue
            for j in col_of.get(e["code"], ()):
                cells[i][j].append(e)
        return rows, cells


def covered_chars(es):
    by_doc = {}
    for e in es:
        by_doc.setdefault(e["doc"], []).append((e["start"], e["end"]))
    n = 0
    for rs in by_doc.values():
        rs.sort(key=lambda r: r[0])
        end = -1
        for s, e in rs:
            if s > end:
                n += e - s
                end = e
            elif e > end:
                n += e - end
                end = e
    return n


# --- writing ---------------------------------------------------------------

class Styles:
    def __init__(self):
        top_wrap = Alignment(vertical="top", wrap_text=True)
        top = Alignment(vertical="top")
        bold = Font(bold=True)
        self.header = dict(font=bold, alignment=top_wrap, number_format="@", border=Border(bottom=Side(style="thin", color="000000")))
        self.bold = dict(font=bold, alignment=top_wrap, number_format="@")
        self.wrap = dict(alignment=top_wrap, number_format="@")
        self.text = dict(alignment=top, number_format="@")
        self.number = dict(alignment=top)
        self.percent = dict(alignment=top, number_format="0.00%")
        self.diagonal = dict(alignment=top, fill=PatternFill(fill_type="solid", fgColor="E7E6E6"))


class Sheet:
    def __init__(self, wb, name, cut, widths, freeze=None):
        self.ws = wb.create_sheet(name)
        self.cut = cut
        for i, w in enumerate(widths):
            self.ws.column_dimensions[col_letter(i + 1)].width = w
        if freeze:
            self.ws.freeze_panes = freeze
        self.rows = 0

    def cell(self, style, value):
        c = WriteOnlyCell(self.ws, value=value)
        for k, v in style.items():
            setattr(c, k, v)
        return c

    def str(self, style, v):
        return None if v == "" else self.cell(style, fit(v, self.cut))

    def add(self, *values):
        self.ws.append(list(values))
        self.rows += 1

    def skip(self):
        self.ws.append([])
        self.rows += 1


def col_letter(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def bullets(summary):
    out = []
    for line in summary.split("\n"):
        line = line.strip()
        if not line:
            continue
        for b in ("- ", "• ", "* ", "-", "•"):
            if line.startswith(b):
                line = line[len(b):].strip()
                break
        out.append("- " + line)
    return "\n".join(out)


def write(p, out, by):
    st = Styles()
    wb = Workbook(write_only=True)
    names = SheetNames()
    for n in (L["interviews"], L["code_book"], L["excerpts"], L["counts"], L["cooccurrence"], L["findings"]):
        names.take(n, n)
    used = {p.theme_of(e["code"]) for e in p.excerpts} | {p.theme_of(k[0]) for k, v in p.summaries.items() if v}
    themes = [t for t in p.children.get(0, []) if t in used]  # a sheet of empty cells tells nothing
    all_themes = p.children.get(0, [])
    theme_sheets = [names.take(p.code[t]["name"], L["theme"]) for t in themes]
    keys = p.attribute_keys()
    rows_by = "attribute:" + by if by else "document"

    # Interviews, by group.
    s = Sheet(wb, L["interviews"], L["cut"], [LABEL] + [MEDIUM] * len(keys) + [NARROW], "A2")
    s.add(*([s.str(st.header, L["interview"])] + [s.str(st.header, k) for k in keys] + [s.str(st.header, L["people"])]))
    by_doc = p.rows(None)
    groups = [(None, [i for _, _, (i,) in by_doc])]
    if by:
        groups = []
        for _, label, ids in p.rows(by):
            inside = set(ids)
            groups.append((label, [i for _, _, (i,) in by_doc if i in inside]))
    people = 0
    for heading, ids in groups:
        if heading is not None:
            s.add(s.str(st.bold, heading))
        for i in ids:
            d = p.doc[i]
            n = p.people(d)
            people += n
            s.add(*([s.str(st.text, d["name"])] + [s.str(st.text, d["attrs"].get(k, "")) for k in keys] + [s.cell(st.number, n)]))
    nd = len(p.docs)
    s.add(s.str(st.bold, "%d %s · %d %s" % (nd, "haastattelu" if nd == 1 else "haastattelua", people, "henkilö" if people == 1 else "henkilöä")))

    # Code book.
    sub_cols = max([1] + [len(p.children.get(t, [])) for t in all_themes])
    s = Sheet(wb, L["code_book"], L["cut"], [PATH] + [LABEL + 4] * sub_cols)
    s.add(s.str(st.header, L["theme"]), s.str(st.header, L["sub_themes"]))
    for t in all_themes:
        s.add(*([s.str(st.bold, p.code[t]["name"])] + [s.str(st.wrap, p.code[c]["name"]) for c in p.children.get(t, [])]))
    s.skip()
    s.add(s.str(st.header, L["code"]), s.str(st.header, L["definition"]))
    for c, depth in p.walk():
        s.add(s.str(st.bold if depth == 0 else st.wrap, p.path(c["id"])), s.str(st.wrap, c["desc"]))

    # One sheet per theme: sub-themes by rows.
    for t, name in zip(themes, theme_sheets):
        cols = p.children.get(t, []) or [t]
        s = Sheet(wb, name, L["cut_see"], [LABEL] + [WIDE] * len(cols), "B2")
        s.ws.page_setup.orientation = "landscape"
        heads = [p.code[c]["name"] for c in cols] if p.children.get(t) else [L["whole_theme"]]
        s.add(*([s.str(st.header, p.path(t))] + [s.str(st.header, h) for h in heads]))
        rows, cells = p.matrix(cols, by)
        for (key, label, _), row in zip(rows, cells):
            values = [s.str(st.bold, label)]
            for col, es in zip(cols, row):
                summary = p.summaries.get((col, rows_by, key), "")
                if summary.strip():
                    text = bullets(summary)
                else:
                    text = "\n".join("- " + quote(p, e) for e in es)
                values.append(s.str(st.wrap, text))
            s.add(*values)

    # Every excerpt, with a filter.
    header = [L["interview"]] + keys + [L["theme"], L["sub_theme"], L["code"], L["speaker"], L["text"], L["memo"], L["coder"], L["start"], L["end"]]
    s = Sheet(wb, L["excerpts"], L["cut"], [MEDIUM] + [MEDIUM] * len(keys) + [LABEL, LABEL, PATH, NARROW, WIDE, PATH, NARROW, NARROW, NARROW], "A2")
    s.add(*[s.str(st.header, h) for h in header])
    for e in p.excerpts:
        d = p.doc[e["doc"]]
        full = p.path(e["code"])
        theme, _, sub = full.partition("/")
        s.add(*([s.str(st.text, d["name"])] + [s.str(st.text, d["attrs"].get(k, "")) for k in keys] + [
            s.str(st.text, theme), s.str(st.text, sub), s.str(st.text, full),
            s.str(st.text, p.speaker_at(e["doc"], e["start"])), s.str(st.wrap, e["text"]), s.str(st.wrap, e["memo"]),
            s.str(st.text, e["coder"]), s.cell(st.number, e["start"]), s.cell(st.number, e["end"])]))
    s.ws.auto_filter.ref = "A1:%s%d" % (col_letter(len(header)), s.rows)

    # Counts: excerpts, interviews and share of text, by rows and in total.
    codes = [c["id"] for c, _ in p.walk()]
    rows, cells = p.matrix(codes, by)
    _, all_cells = p.matrix(codes, "")  # no document has a nameless attribute: one row, the whole material
    row_chars = [sum(p.doc[i]["chars"] for i in ids) for _, _, ids in rows]
    all_chars = sum(d["chars"] for d in p.docs)

    def count(es, chars):
        return (len(es), len({e["doc"] for e in es}), covered_chars(es) / chars if chars else 0.0)

    n = [[count(cells[i][j], row_chars[i]) for i in range(len(rows))] for j in range(len(codes))]
    total = [count(all_cells[0][j], all_chars) if all_cells else (0, 0, 0.0) for j in range(len(codes))]
    s = Sheet(wb, L["counts"], L["cut"], [PATH] + [NARROW + 2] * (len(rows) + 1), "B1")
    for b, (title, style) in enumerate([(L["excerpts_count"], st.number), (L["interviews_count"], st.number), (L["share"], st.percent)]):
        if b > 0:
            s.skip()
        s.add(s.str(st.bold, title))
        s.add(*([s.str(st.header, L["code"])] + [s.str(st.header, label) for _, label, _ in rows] + [s.str(st.header, L["total"])]))
        for j, cid in enumerate(codes):
            s.add(*([s.str(st.wrap, p.path(cid))] + [s.cell(style, x[b]) for x in n[j]] + [s.cell(style, total[j][b])]))

    # Co-occurrence of codings, each code's own count on the diagonal.
    col_of = {}
    for j, cid in enumerate(codes):
        for x in p.subtree(cid):
            col_of.setdefault(x, []).append(j)
    m = [[0] * len(codes) for _ in codes]
    by_doc_tags = {}
    for e in p.excerpts:
        for j in col_of.get(e["code"], ()):
            by_doc_tags.setdefault(e["doc"], []).append((e["start"], e["end"], j))
            m[j][j] += 1
    for ts in by_doc_tags.values():
        ts.sort(key=lambda t: t[0])
        for a in range(len(ts)):
            b = a + 1
            while b < len(ts) and ts[b][0] < ts[a][1]:
                x, y = ts[a][2], ts[b][2]
                if x != y:
                    m[x][y] += 1
                    m[y][x] += 1
                b += 1
    s = Sheet(wb, L["cooccurrence"], L["cut"], [PATH] + [MEDIUM] * len(codes), "B2")
    s.add(*([s.str(st.header, L["code"])] + [s.str(st.header, p.path(c)) for c in codes]))
    for i, cid in enumerate(codes):
        s.add(*([s.str(st.bold, p.path(cid))] + [s.cell(st.diagonal if i == j else st.number, x) for j, x in enumerate(m[i])]))

    if p.findings:
        s = Sheet(wb, L["findings"], L["cut"], [WIDE, WIDE], "A2")
        s.add(s.str(st.header, L["key_finding"]), s.str(st.header, L["proposal"]))
        for f, pr in p.findings:
            s.add(s.str(st.wrap, f), s.str(st.wrap, pr))

    wb.save(out)


def quote(p, e):
    """A thesis quote, its source the interview code (coding/quote.go)."""
    text = " ".join(e["text"].split())
    sp = p.speaker_at(e["doc"], e["start"])
    if sp:
        text = text.removeprefix(sp + ": ")
    return "\u201c" + text + "\u201d (" + p.interview_code[e["doc"]] + ")"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("project")
    ap.add_argument("out")
    ap.add_argument("--by", default=None, help="rows of the theme sheets and counts: an attribute (default: interviews)")
    a = ap.parse_args()
    write(Project(a.project), a.out, a.by)


if __name__ == "__main__":
    sys.exit(main())

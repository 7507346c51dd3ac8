#!/usr/bin/python3
"""Turns the measurements of bench/run.sh into a table on stdout and
bench/RESULTS.md (followed by bench/NOTES.md, the hand-written analysis).

usage: report.py RESULTS_DIR OUT.md
"""
import glob
import json
import os
import statistics
import sys

R, OUT = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))


def kv(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            out[k] = v
    return out


def hyperfine(name, command=None):
    """times (s) and mean CPU (user + system, s) of a hyperfine export."""
    data = json.load(open(os.path.join(R, name + ".json")))
    for r in data["results"]:
        if command is None or r["command"] == command:
            return r["times"], r["user"] + r["system"]
    raise KeyError(command)


def mem(name):
    """wall, user, sys (s) and max RSS (kB) of one run under /usr/bin/time."""
    path = os.path.join(R, name + ".mem")
    if not os.path.exists(path):
        return None
    line = [l for l in open(path) if l.count(",") == 3][-1]
    wall, user, sys_, rss = line.strip().split(",")
    return dict(wall=float(wall), cpu=float(user) + float(sys_), rss_mb=int(rss) / 1024)


def stats(xs):
    xs = sorted(xs)
    return xs[0], statistics.median(xs), xs[-1]


def pct(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def fmt_t(s):
    if s >= 10:
        return "%.1f s" % s
    if s >= 1:
        return "%.2f s" % s
    return "%.0f ms" % (s * 1e3) if s >= 0.01 else "%.1f ms" % (s * 1e3)


machine = kv(os.path.join(R, "machine.txt"))
rows = []  # operation, min, median, max, CPU, peer, ratio, target, met
mems = []  # operation, max RSS MB


def add(op, times, cpu=None, peer=None, ratio=None, target="", met=None, unit=None):
    lo, med, hi = stats(times)
    rows.append(dict(op=op, min=fmt_t(lo), med=fmt_t(med), max=fmt_t(hi), cpu=fmt_t(cpu) if cpu is not None else "",
                     peer=peer or "", ratio=ratio or "", target=target,
                     met="" if met is None else ("yes" if met else "**no**"), unit=unit or ""))
    return med


# Import.
text_mb = int(open(os.path.join(R, "corpus-bytes.txt")).read()) / 1e6
for kind in ("txt", "docx"):
    times, cpu = hyperfine("import-" + kind)
    med = statistics.median(times)
    rate = text_mb / med
    add("Import 100 interviews as .%s (%.1f MB of text)" % (kind, text_mb), times, cpu,
        ratio="%.1f MB/s (CPU: %.1f MB/s)" % (rate, text_mb / cpu), target="≥ 20 MB/s", met=rate >= 20)
    m = mem("import-" + kind)
    if m:
        mems.append(("teema-cli import (.%s)" % kind, m["rss_mb"]))

# GUI: cold starts (one process each) and the session.
cold = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(R, "gui-cold-*.json")))]
sess = json.load(open(os.path.join(R, "gui-session.json")))
long_doc = sess["long_doc"]
ms = lambda xs: [x / 1e3 for x in xs]
if cold:
    med = add("Open the project until the main window is usable (new process)", ms([c["open_ms"][0] for c in cold]),
              target="< 1 s", met=statistics.median([c["open_ms"][0] for c in cold]) < 1000)
add("… reopen in a running app", ms(sess["open_ms"][1:] or sess["open_ms"]), target="< 1 s",
    met=statistics.median(sess["open_ms"][1:] or sess["open_ms"]) < 1000)
title = "%s: %d words, %d codings" % (long_doc["name"], long_doc["words"], long_doc["codings"])
if cold:
    add("Open the longest transcript (%s), new process" % title, ms([c["long_open_ms"][0] for c in cold]),
        target="< 0.5 s", met=statistics.median([c["long_open_ms"][0] for c in cold]) < 500)
    add("Scroll it end to end, %d pages (first pass: every word measured)" % sess["scroll_pages"],
        ms([c["scroll_ms"][0] for c in cold]), target="< 0.5 s",
        met=statistics.median([c["scroll_ms"][0] for c in cold]) < 500)
add("… open it again in a running app", ms(sess["long_open_ms"][1:] or sess["long_open_ms"]), target="< 0.5 s",
    met=statistics.median(sess["long_open_ms"][1:] or sess["long_open_ms"]) < 500)
add("… scroll it again (word widths cached)", ms(sess["scroll_ms"][1:] or sess["scroll_ms"]), target="< 0.5 s",
    met=statistics.median(sess["scroll_ms"][1:] or sess["scroll_ms"]) < 500)
code = sess["code_ms"]
p50, p99 = pct(code, 50), pct(code, 99)
rows.append(dict(op="Apply one coding until highlighted (Session.Do), %d codings" % len(code),
                 min=fmt_t(min(code) / 1e3), med="p50 " + fmt_t(p50 / 1e3), max=fmt_t(max(code) / 1e3), cpu="",
                 peer="", ratio="p90 %s, **p99 %s**" % (fmt_t(pct(code, 90) / 1e3), fmt_t(p99 / 1e3)),
                 target="p99 < 50 ms", met="yes" if p99 < 50 else "**no**", unit=""))
if sess.get("store_code_ms"):
    st = sess["store_code_ms"]
    rows.append(dict(op="… storing a coding alone (Project.AddExcerpt: one durable transaction), %d codings" % len(st),
                     min=fmt_t(min(st) / 1e3), med="p50 " + fmt_t(pct(st, 50) / 1e3), max=fmt_t(max(st) / 1e3), cpu="",
                     peer="", ratio="p90 %s, p99 %s" % (fmt_t(pct(st, 90) / 1e3), fmt_t(pct(st, 99) / 1e3)),
                     target="", met="", unit=""))
if sess.get("matrix_ms"):
    add("Open the matrix window until its first theme is laid out", ms(sess["matrix_ms"]))
wf = sess["wordfreq_ms"]
add("Word-frequency window until counted, its first count (whole project, %s; reads the texts, then keeps their tallies in the background)" % sess.get("wordfreq_forms", "lemma"), ms(wf[:1]))
if len(wf) > 1:
    add("… later counts, from the tallies kept in the project", ms(wf[1:]))

# Word frequency (bench/wordfreq.sh).
py_t, py_cpu = hyperfine("wordfreq", "python")
py_med = statistics.median(py_t)
for name, label, target in (("teema-lemma-warm", "Word frequency with lemmas (tallies and forms kept in the project, Voikko cache warm)", "≥ 10×"),
                            ("teema-lemma-no-tallies", "… the first count of a new project (reads, tokenises, keeps tallies)", ""),
                            ("teema-lemma-first", "… the first count on this machine (no Voikko cache either)", ""),
                            ("teema-plain-pass", "… plain pass of a new project (raw forms, no Voikko): reads and tokenises", "")):
    t, cpu = hyperfine("wordfreq", name)
    r = py_med / statistics.median(t)
    add(label, t, cpu, peer="Python + libvoikko %s (CPU %s)" % (fmt_t(py_med), fmt_t(py_cpu)) if target else "",
        ratio="%.1f× (CPU %.1f×)" % (r, py_cpu / cpu), target=target, met=(r >= 10) if target else None)
for n, label in (("wordfreq-teema-warm", "teema-cli wordfreq --forms lemma (warm)"), ("wordfreq-python", "wordfreq.py")):
    m = mem(n)
    if m:
        mems.append((label, m["rss_mb"]))

# Workbook.
t, cpu = hyperfine("workbook-teema")
pt, pcpu = hyperfine("workbook-python")
med, pmed = statistics.median(t), statistics.median(pt)
r = pmed / med
add("Workbook: all matrices and the excerpt sheet (teema-cli matrix --by ryhmä)", t, cpu,
    peer="openpyxl %s (CPU %s)" % (fmt_t(pmed), fmt_t(pcpu)), ratio="%.1f× (CPU %.1f×)" % (r, pcpu / cpu),
    target="≥ 3× and < 2 s", met=r >= 3 and med < 2)
for n, label in (("workbook-teema", "teema-cli matrix"), ("workbook-python", "workbook.py (openpyxl)")):
    m = mem(n)
    if m:
        mems.append((label, m["rss_mb"]))

# Report.
t, cpu = hyperfine("report-teema")
add("Word report: the whole chapter, theme tables by group, a word cloud (teema-cli report)", t, cpu,
    target="< 2 s", met=statistics.median(t) < 2)
m = mem("report-teema")
if m:
    mems.append(("teema-cli report", m["rss_mb"]))

# QDPX.
for n, label in (("qdpx-export", "QDPX export of the whole project"), ("qdpx-import", "QDPX import into a new project")):
    t, cpu = hyperfine(n)
    add(label, t, cpu)
    m = mem(n)
    if m:
        mems.append(("teema-cli " + n.replace("qdpx-", "") + "-qdpx", m["rss_mb"]))

# Search by base form (bench/searchbench, bench/search.py).
sessions = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(R, "search-session-*.json")))]
if sessions:
    first = [x["first_ms"] / 1e3 for x in sessions]
    later = [t / 1e3 for x in sessions for t in x["later_ms"]]
    add("Search by base form (\"asiakas\", %d hits): the first search of a session (builds the index from the word tallies, "
        "reads the transcripts it needs)" % sessions[0]["first_hits"], first, target="< 1 s", met=statistics.median(first) < 1)
    add("… later searches: nine kinds (phrase, prefix, AND in a turn, OR, -word, compounds, a speaker filter, stems), the index kept",
        later, ratio="p90 %s" % fmt_t(pct(later, 90)), target="< 100 ms", met=max(later) < 0.1)
    t, cpu = hyperfine("search-teema")
    pt, pcpu = hyperfine("search-python")
    r = statistics.median(pt) / statistics.median(t)
    add("teema-cli search asiakas --json (whole command: open, index, search, print)", t, cpu,
        peer="Python + libvoikko %s (CPU %s)" % (fmt_t(statistics.median(pt)), fmt_t(pcpu)), ratio="%.1f× (CPU %.1f×)" % (r, pcpu / cpu))
    for n, label in (("search-teema", "teema-cli search"), ("search-python", "search.py")):
        m = mem(n)
        if m:
            mems.append((label, m["rss_mb"]))

# Recording.
t, cpu = hyperfine("media-attach")
add("Attach an hour's MP3 recording (teema-cli media: decodes it whole once, to refuse a damaged or cut one)", t, cpu)
m = mem("media-attach")
if m:
    mems.append(("teema-cli media (an hour's MP3)", m["rss_mb"]))

# Memory of the GUI.
if cold:
    mems.append(("GUI cold start: open the project, the longest transcript, scroll it (largest of %d)" % len(cold),
                 max(c["peak_rss_kb"].get("long", 0) for c in cold) / 1024))
gui = mem("gui-session")
hwm = sess["peak_rss_kb"]
gui_line = ""
if gui:
    mems.append(("GUI session: open, longest transcript, %d codings, word-frequency window" % len(code), gui["rss_mb"]))
    gui_line = "%.0f MB" % gui["rss_mb"]

# The GUI on a project ten times larger (bench/run.sh LARGE step).
large = None
if os.path.exists(os.path.join(R, "gui-large.json")):
    large = json.load(open(os.path.join(R, "gui-large.json")))
    large["mem"] = mem("gui-large")
    large["desc"] = open(os.path.join(R, "mkproject-large.txt")).read().strip().replace("mkproject: ", "").split(" -> ")[0]

sizes = [("Project file (100 interviews, 20,000 codings)", int(open(os.path.join(R, "project-bytes.txt")).read())),
         ("Corpus as .txt", int(open(os.path.join(R, "corpus-bytes.txt")).read())),
         ("Corpus as .docx", int(open(os.path.join(R, "docx-bytes.txt")).read())),
         ("Workbook (.xlsx)", int(open(os.path.join(R, "xlsx-bytes.txt")).read())),
         ("QDPX export", int(open(os.path.join(R, "qdpx-bytes.txt")).read())),
         ("Word report", int(open(os.path.join(R, "report-bytes.txt")).read()))]

# Output.
lines = []
w = lines.append
w("# Performance results")
w("")
w("Written by `make bench` (bench/run.sh, bench/report.py); the analysis below the tables is bench/NOTES.md.")
w("")
w("- **Machine:** %s cores, %s, %.1f GB RAM; %s; Python %s" % (
    machine.get("nproc"), machine.get("cpu"), int(machine.get("ram_kb", 0)) / 1024 / 1024, machine.get("go"), machine.get("python")))
w("- **Date:** %s, commit %s; the whole run took %s s" % (machine.get("date"), machine.get("commit"), machine.get("seconds")))
w("- **Load average** (1, 5, 15 min) at the start: %s; at the end: %s. The machine is shared with other "
  "sessions' builds and tests, so wall times are noisy; the CPU column (user + system, mean) is steadier." % (
      machine.get("load_start"), machine.get("load_end")))
w("- **Data:** generated (bench/gencorpus, bench/mkproject, seed 1): %s; the longest transcript %s" % (
    open(os.path.join(R, "mkproject.txt")).read().strip().replace("mkproject: ", "").split(" -> ")[0], title))
w("")
w("| Operation | min | median | max | CPU | Peer (median) | Ratio / rate | Target | Met |")
w("|---|---:|---:|---:|---:|---|---|---|---|")
for r in rows:
    w("| %(op)s | %(min)s | %(med)s | %(max)s | %(cpu)s | %(peer)s | %(ratio)s | %(target)s | %(met)s |" % r)
w("")
w("Commands are timed with hyperfine, process start to exit, after one warm-up run (import, Teema's workbook "
  "and QDPX: %s runs; word frequency: %s runs of each command, bench/wordfreq.sh; Python's workbook: %s runs); "
  "CPU is user + system time, the mean of the runs. GUI steps run Fyne's test driver in `TestPerfSession` "
  "(app/perf_bench_test.go): the \"new process\" rows are %d separate processes (a cold start each), the "
  "\"running app\" rows one session that then makes the %d codings and opens the word-frequency window %d times." % (
      machine.get("runs"), machine.get("wf_runs"), machine.get("py_runs"), len(cold), len(code), len(sess["wordfreq_ms"])))
w("")
w("## Peak memory (maximum resident set size)")
w("")
w("| Process | Max RSS | Target |")
w("|---|---:|---|")
for label, mb in mems:
    target = ""
    if label.startswith("GUI session"):
        target = "< 300 MB: " + ("yes" if mb < 300 else "**no**")
    w("| %s | %.0f MB | %s |" % (label, mb, target))
w("")
steps = [("start", "at start"), ("open", "after the first open"), ("long", "after the transcripts and scrolling"),
         ("matrix", "after the matrix windows"), ("code", "after the codings"), ("wordfreq", "after the word-frequency windows")]
w("In the GUI session, the peak so far (VmHWM) %s. Go heap in use: at most %.0f MB during the codings, %.0f MB live "
  "after them (after a collection)." % (
      ", ".join("%s %.0f MB" % (label, hwm[k] / 1024) for k, label in steps if k in hwm),
      sess.get("heap_inuse_max_mb", 0), sess.get("heap_live_after_codings_mb", 0)))
if "heap_live_after_cache_expiry_mb" in sess:
    w("")
    w("After the codings the session waits a minute and paints once, as the real driver does many times in a "
      "session of 1,000 codings, which frees the renderers Fyne's cache holds of widgets no longer shown (the "
      "test driver never does so by itself): the live heap is then %.0f MB, and the process's resident memory "
      "%.0f MB once the Go runtime returns what it freed." % (
          sess["heap_live_after_cache_expiry_mb"], sess.get("rss_after_cache_expiry_mb", 0)))
w("")
if large:
    lw = large["wordfreq_ms"]
    w("## The GUI on a project ten times larger")
    w("")
    w("%s (bench/mkproject). One session through Fyne's test driver, as above:" % large["desc"])
    w("")
    w("| Step | min | median | max |")
    w("|---|---:|---:|---:|")
    for label, xs in (("Open the project until the main window is usable (first open)", large["open_ms"][:1]),
                      ("… reopen in the running app", large["open_ms"][1:]),
                      ("Open the matrix window until its first theme is laid out", large.get("matrix_ms", [])),
                      ("Word-frequency window, first count (reads the texts; keeps the tallies after)", lw[:1]),
                      ("… later counts, from the tallies", lw[1:])):
        if xs:
            lo, med, hi = stats([x / 1e3 for x in xs])
            w("| %s | %s | %s | %s |" % (label, fmt_t(lo), fmt_t(med), fmt_t(hi)))
    if large["mem"]:
        w("")
        w("Peak resident memory of the whole session: %.0f MB (after opening %.0f MB, after the matrix window %.0f MB)." % (
            large["mem"]["rss_mb"], large["peak_rss_kb"].get("open", 0) / 1024, large["peak_rss_kb"].get("matrix", 0) / 1024))
    w("")
w("## Sizes")
w("")
w("| File | Size |")
w("|---|---:|")
for label, b in sizes:
    w("| %s | %.1f MB |" % (label, b / 1e6))
w("")
cmp = open(os.path.join(R, "workbook-compare.txt")).read().strip()
agree = [l for l in open(os.path.join(R, "wordfreq.txt")) if l.startswith("top 30")]
w("Checks: the Python workbook against Teema's: %s. Word frequency: %s." % (cmp, "; ".join(a.strip() for a in agree) if agree else "?"))
if os.path.exists(os.path.join(R, "search-teema-hits.json")):
    w("Search: Teema found %d hits of \"asiakas\", the Python script %d." % tuple(
        json.load(open(os.path.join(R, "search-%s-hits.json" % k)))["hits"] for k in ("teema", "python")))
w("")
notes = os.path.join(HERE, "NOTES.md")
if os.path.exists(notes):
    w(open(notes, encoding="utf-8").read().rstrip())
    w("")
open(OUT, "w", encoding="utf-8").write("\n".join(lines))

# The table on stdout.
print()
print("%-72s %9s %9s %9s  %-22s %-16s %s" % ("operation", "min", "median", "max", "ratio / rate", "target", "met"))
for r in rows:
    print("%-72s %9s %9s %9s  %-22s %-16s %s" % (r["op"][:72], r["min"], r["med"], r["max"], r["ratio"][:40].replace("**", ""),
                                                r["target"], r["met"].replace("**", "")))
print()
for label, mb in mems:
    print("%-72s %7.0f MB" % (label[:72], mb))
for label, b in sizes:
    print("%-72s %7.1f MB" % (label, b / 1e6))
print("\nwrote", OUT)

#!/usr/bin/python3
"""Searching interviews for a word in every form, the way a researcher
would script it: the baseline bench/run.sh times `teema-cli search`
against.

Tokens are runs of letters, joined by a hyphen or an apostrophe between
letters (HR-yksikkö, vaa'an), as Teema reads them; a speaker's label
("H1:") is no word. A token is a hit when it is the word itself or when
the BASEFORM of its first Voikko analysis (Debian's python3-libvoikko) is
the word or the word's own base form; analyses are cached per form. Each
hit is kept with 60 characters either side, as a keyword-in-context line.
Prints {"hits": N, "docs": M} as JSON.

usage: search.py DIR WORD   (reads DIR/*.txt)
"""
import functools
import json
import pathlib
import re
import sys

from libvoikko import Voikko

voikko = Voikko("fi")
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
LABEL = re.compile(r"^[^\W\d_][^:\n.,;!?\"()]{0,29}:(?=\s|$)", re.MULTILINE)


@functools.lru_cache(maxsize=None)
def lemma(word):
    analyses = voikko.analyze(word)
    return analyses[0]["BASEFORM"].lower() if analyses else word


word = sys.argv[2].lower()
targets = {word, lemma(word)}
hits, docs = [], set()
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    labels = {m.start() for m in LABEL.finditer(text)}
    for m in TOKEN.finditer(text):
        token = m.group().lower()
        if m.start() in labels:
            continue
        if token in targets or lemma(token) in targets:
            hits.append((path.name, m.start(), text[max(0, m.start() - 60):m.end() + 60]))
            docs.add(path.name)
print(json.dumps({"hits": len(hits), "docs": len(docs)}))

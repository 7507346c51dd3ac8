#!/usr/bin/python3
"""Word frequency the way a researcher would script it: the baseline that
bench/wordfreq.sh times Teema against.

Tokens are [^\\W\\d_]+ (letters only, re.UNICODE), lower-cased; each form is
counted under the BASEFORM of its first Voikko analysis (Debian's
python3-libvoikko), or under itself when Voikko does not know it; the
analyses are cached per form. With MIN_LEN, base forms shorter than that
many letters are left out (the base form's length, not the word's: "on"
counts under "olla"). Prints the 30 most frequent words as
"word<TAB>count".

usage: wordfreq.py DIR [MIN_LEN]   (reads DIR/*.txt)
"""
import collections
import functools
import pathlib
import re
import sys

from libvoikko import Voikko

voikko = Voikko("fi")
TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


@functools.lru_cache(maxsize=None)
def lemma(word):
    analyses = voikko.analyze(word)
    return analyses[0]["BASEFORM"] if analyses else word


min_len = int(sys.argv[2]) if len(sys.argv) > 2 else 1
counts = collections.Counter()
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    counts.update(l for l in (lemma(w) for w in TOKEN.findall(text.lower())) if len(l) >= min_len)

for word, n in counts.most_common(30):
    print(f"{word}\t{n}")

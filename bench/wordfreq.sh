#!/usr/bin/env bash
# Word-frequency benchmark: Teema against the Python script a researcher
# would write (bench/wordfreq.py), on a generated Finnish corpus of 100
# interviews × 10,000 words, counting Voikko lemmas.
#
#   bench/wordfreq.sh [RUNS]        (default 10 timed runs of each command)
#
# Needs libvoikko1 and voikko-fi; installs python3-libvoikko (and hyperfine,
# if apt can) when missing. Everything it writes goes to bench/out/ (not in
# git): the corpus, the project, the binary, Teema's Voikko cache.
#
# The comparison. Teema normally keeps hyphenated words whole (HR-yksikkö)
# and apostrophes inside words (don't), and leaves speaker labels ("H5:")
# out of the count. The Python script splits at every non-letter and counts
# the labels as words, so for the check the Teema command adds
# --plain-tokens (tokens exactly like [^\W\d_]+, labels counted) and
# --min-len 1 (Python keeps one-letter words). Both then count the same
# tokens, each under its first Voikko analysis' BASEFORM, and the top 30
# words and counts must agree. Teema lower-cases base forms (Helsinki →
# helsinki), so Python's are lower-cased for the comparison.
#
# The timings are of the whole commands, process start to exit, on the
# same text: Teema reads it from the project file, Python from the .txt
# files. Teema keeps two things between counts: the analyses of dictionary
# words in a cache file (coding/lemma/cache.go), and in the project each
# interview's word tally, made by the first count that needs it
# (coding/wordfreq/tally.go). So it is timed four ways:
#   warm        both kept from an earlier count, as a researcher's every
#               count after the first would be;
#   no-tallies  the project as imported (no tallies), the Voikko cache warm:
#               the first count of a new project;
#   first       nothing kept: the first count ever on this machine;
#   plain pass  --forms raw on the project as imported: reads and tokenises
#               every transcript (and keeps the tallies) without Voikko, the
#               floor of a count that reads the texts.
set -euo pipefail

RUNS=${1:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT=$HERE/out
CORPUS=$OUT/corpus
PROJECT=$OUT/bench.teema
BIN=$OUT/teema-cli
PY=/usr/bin/python3 # Debian's python, where python3-libvoikko installs
export XDG_CACHE_HOME=$OUT/cache
CACHE=$XDG_CACHE_HOME/teema/voikko-fi.cache
mkdir -p "$OUT"

need_apt() { # package
	if [ "$(id -u)" != 0 ]; then
		echo "wordfreq.sh: please install $1 (apt-get install $1)" >&2
		return 1
	fi
	apt-get install -y -qq "$1" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$1" >/dev/null; }
}
if ! "$PY" -c 'import libvoikko' 2>/dev/null; then
	echo "installing python3-libvoikko..." >&2
	need_apt python3-libvoikko
fi
if ! command -v hyperfine >/dev/null; then
	need_apt hyperfine 2>/dev/null || echo "hyperfine not available: timing with a loop" >&2
fi

echo "== building teema-cli (CGO_ENABLED=0)"
(cd "$ROOT" && CGO_ENABLED=0 go build -o "$BIN" ./cmd/teema-cli)

echo "== generating the corpus"
if [ ! -f "$CORPUS/haastattelu_100.txt" ]; then
	(cd "$ROOT" && go run ./bench/gencorpus -out "$CORPUS" -docs 100 -words 10000 -seed 1)
fi
echo "$(ls "$CORPUS"/*.txt | wc -l) files, $(cat "$CORPUS"/*.txt | wc -w) words, $(du -sh "$CORPUS" | cut -f1)"

echo "== importing into a Teema project"
rm -f "$PROJECT"
"$BIN" init "$PROJECT" >/dev/null
"$BIN" import "$PROJECT" "$CORPUS"/*.txt | tail -1
IMPORTED=$OUT/imported.teema # as imported: no word tallies yet
FRESH=$OUT/fresh.teema       # a copy of it before every timed run that needs one
cp "$PROJECT" "$IMPORTED"

SETTINGS="--stopwords none --top 30 --format json --plain-tokens --min-len 1"
TEEMA="$BIN wordfreq $PROJECT --forms lemma $SETTINGS"
FIRST="$BIN wordfreq $FRESH --forms lemma $SETTINGS"
PLAIN="$BIN wordfreq $FRESH --forms raw $SETTINGS"
PYTHON="$PY $HERE/wordfreq.py $CORPUS"

# agree MIN_LEN: the top 30 of Teema and of the Python script agree, with
# words shorter than MIN_LEN letters left out (of the lemma, in both).
agree() {
	local settings="--stopwords none --top 30 --format json --plain-tokens --min-len $1"
	"$BIN" wordfreq "$PROJECT" --forms lemma $settings >"$OUT/teema.json"
	"$BIN" wordfreq "$PROJECT" --forms lemma $settings >"$OUT/teema-tallies.json" # from the tallies the first kept
	if ! cmp -s "$OUT/teema.json" "$OUT/teema-tallies.json"; then
		echo "top 30 DIFFER between the count from the texts and the count from the tallies" >&2
		exit 1
	fi
	$PYTHON "$1" >"$OUT/python.tsv"
	"$PY" - "$OUT/teema.json" "$OUT/python.tsv" "$1" <<'PYEOF'
import json, sys
teema = [(w["word"], w["count"]) for w in json.load(open(sys.argv[1]))]
python = []
for line in open(sys.argv[2], encoding="utf-8"):
    word, n = line.rstrip("\n").split("\t")
    python.append((word.lower(), int(n)))
# Equal counts may be listed in either order: compare sorted by count, then word.
key = lambda wc: (-wc[1], wc[0])
if sorted(teema, key=key) != sorted(python, key=key):
    print("top 30 DIFFER (shortest word %s)" % sys.argv[3])
    for a, b in zip(sorted(teema, key=key), sorted(python, key=key)):
        print(("  " if a == b else "≠ ") + f"{a[0]:>20} {a[1]:>7}   {b[0]:>20} {b[1]:>7}")
    sys.exit(1)
print("top 30 agree (shortest word %s): " % sys.argv[3] + ", ".join(f"{w} {n}" for w, n in teema[:8]) + ", ...")
PYEOF
}

echo "== checking that the top 30 agree"
agree 1
agree 3 # "on" counts under "olla" however short it is

median_loop() { # runs command... ; prints the median in seconds
	local runs=$1; shift
	local times=()
	for _ in $(seq "$runs"); do
		[ -n "${PREPARE:-}" ] && eval "$PREPARE"
		local t0=$(date +%s%N)
		"$@" >/dev/null
		local t1=$(date +%s%N)
		times+=($(( t1 - t0 )))
	done
	printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.4f\n", m/1e9}'
}

echo "== timing ($RUNS runs each; medians)"
$TEEMA >/dev/null # the cache for the warm runs
if command -v hyperfine >/dev/null; then
	# One --prepare per command, in the commands' order: given once it
	# would apply to all of them.
	hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$OUT/times.json" \
		--prepare true --prepare "cp $IMPORTED $FRESH" --prepare "cp $IMPORTED $FRESH; rm -f $CACHE" \
		--prepare "cp $IMPORTED $FRESH" --prepare true \
		-n teema-lemma-warm -n teema-lemma-no-tallies -n teema-lemma-first -n teema-plain-pass -n python \
		"$TEEMA" "$FIRST" "$FIRST" "$PLAIN" "$PYTHON" >"$OUT/hyperfine.txt"
	"$PY" - "$OUT/times.json" >"$OUT/medians.txt" <<'PYEOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(r["command"], r["median"])
PYEOF
else
	{
		echo "teema-lemma-warm $(median_loop "$RUNS" $TEEMA)"
		echo "teema-lemma-no-tallies $(PREPARE="cp $IMPORTED $FRESH" median_loop "$RUNS" $FIRST)"
		echo "teema-lemma-first $(PREPARE="cp $IMPORTED $FRESH; rm -f $CACHE" median_loop "$RUNS" $FIRST)"
		echo "teema-plain-pass $(PREPARE="cp $IMPORTED $FRESH" median_loop "$RUNS" $PLAIN)"
		echo "python $(median_loop "$RUNS" $PYTHON)"
	} >"$OUT/medians.txt"
fi
"$PY" - "$OUT/medians.txt" <<'PYEOF'
import sys
m = dict((line.split()[0], float(line.split()[1])) for line in open(sys.argv[1]))
py, warm, notal, first, plain = (m["python"], m["teema-lemma-warm"], m["teema-lemma-no-tallies"],
                                 m["teema-lemma-first"], m["teema-plain-pass"])
print(f"python wordfreq.py                         {py*1000:8.0f} ms")
print(f"teema lemma, warm (tallies, Voikko cache)  {warm*1000:8.0f} ms   {py/warm:5.1f}× faster than Python")
print(f"teema lemma, first count of a project      {notal*1000:8.0f} ms   {py/notal:5.1f}×")
print(f"teema lemma, first count on this machine   {first*1000:8.0f} ms   {py/first:5.1f}×")
print(f"teema plain pass (reads, tokenises)        {plain*1000:8.0f} ms   lemma warm = {warm/plain:.2f}× the plain pass")
verdict = "meets" if py / warm >= 10 else "MISSES"
print(f"goal: Teema ≥ 10× faster on the whole command: {verdict} it warm ({py/warm:.1f}×); "
      f"first count of a project {py/notal:.1f}×, first on this machine {py/first:.1f}×")
PYEOF

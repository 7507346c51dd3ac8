#!/usr/bin/env bash
# The performance suite (`make bench`, issue #8): every operation a
# researcher waits for, on a generated Finnish corpus of 100 interviews ×
# 10,000 words in three groups and a project with 20,000 codings over the
# Calpro code book, side by side with the Python alternative where there is
# one. Prints a table and writes bench/RESULTS.md (bench/report.py).
#
#   bench/run.sh            RUNS=5 CODINGS=1000 WF_RUNS=10 PY_RUNS=3 by default
#   RUNS=2 CODINGS=100 WF_RUNS=3 PY_RUNS=1 bench/run.sh      a quick check
#
# Everything it builds and generates goes to bench/out/ (not in git); the
# corpus is generated once (deterministic from its seed), the project every
# run. LARGE=0 leaves out the GUI on a project ten times larger (1,000
# interviews, 200,000 codings; its corpus is generated once, some minutes).
# Needs Go, hyperfine, /usr/bin/time, libvoikko1 + voikko-fi,
# python3-libvoikko and python3-openpyxl (Debian's /usr/bin/python3).
set -euo pipefail

RUNS=${RUNS:-5}
CODINGS=${CODINGS:-1000}
WF_RUNS=${WF_RUNS:-10}
PY_RUNS=${PY_RUNS:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT=$HERE/out
R=$OUT/results
CORPUS=$OUT/corpus
DOCX=$OUT/docx
PROJECT=$OUT/project.teema
CLI=$OUT/teema-cli
PY=/usr/bin/python3
export GOWORK=off
export XDG_CACHE_HOME=$OUT/cache # Teema's Voikko cache, as in wordfreq.sh
TIME="/usr/bin/time -f %e,%U,%S,%M" # wall s, user s, system s, max RSS kB

rm -rf "$R"
mkdir -p "$R"
started=$(date +%s)
step() { echo "== $(date -u +%H:%M:%S) $*"; }

{
	echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "nproc=$(nproc)"
	echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
	echo "ram_kb=$(awk '/MemTotal/ {print $2}' /proc/meminfo)"
	echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
	echo "go=$(go env GOVERSION)"
	echo "python=$($PY -c 'import sys, openpyxl; print(sys.version.split()[0], "openpyxl", openpyxl.__version__)')"
	echo "commit=$(cd "$ROOT" && git describe --always --dirty 2>/dev/null || echo unknown)"
	echo "runs=$RUNS"
	echo "codings=$CODINGS"
	echo "wf_runs=$WF_RUNS"
	echo "py_runs=$PY_RUNS"
} >"$R/machine.txt"
step "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

step "building teema-cli, the GUI benchmark and the generators"
(cd "$ROOT" && CGO_ENABLED=0 go build -o "$CLI" ./cmd/teema-cli)
(cd "$ROOT" && go test -c -o "$OUT/app.test" ./app)
(cd "$ROOT" && go build -o "$OUT/gencorpus" ./bench/gencorpus && go build -o "$OUT/mkdocx" ./bench/mkdocx &&
	go build -o "$OUT/mkproject" ./bench/mkproject && go build -o "$OUT/searchbench" ./bench/searchbench)

step "generating the corpus, its .docx copies and the project"
if [ ! -f "$CORPUS/haastattelu_100.txt" ]; then
	"$OUT/gencorpus" -out "$CORPUS" -docs 100 -words 10000 -seed 1
fi
if [ ! -f "$DOCX/haastattelu_100.docx" ]; then
	"$OUT/mkdocx" -out "$DOCX" "$CORPUS"/*.txt
fi
"$OUT/mkproject" -corpus "$CORPUS" -out "$PROJECT" -codings 20000 -seed 1 2>&1 | tee "$R/mkproject.txt"
rm -rf "$OUT/project.teema-backups" "$OUT"/*.teema-backups 2>/dev/null || true

# hf NAME RUNS [hyperfine options] COMMAND: times COMMAND, results in $R/NAME.json
hf() {
	local name=$1 runs=$2
	shift 2
	hyperfine --style none --warmup 1 --runs "$runs" --export-json "$R/$name.json" -n "$name" "$@" >/dev/null
	"$PY" -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("   %-22s median %7.0f ms  (min %.0f, max %.0f)" % (sys.argv[2], r["median"]*1e3, r["min"]*1e3, r["max"]*1e3))' "$R/$name.json" "$name"
}
# mem NAME COMMAND...: one run under /usr/bin/time, its peak memory in $R/NAME.mem
mem() {
	local name=$1
	shift
	$TIME -o "$R/$name.mem" "$@" >/dev/null 2>"$R/$name.err" || { cat "$R/$name.err" >&2; return 1; }
}

step "import: 100 interviews as .txt and as .docx ($RUNS runs each)"
IMP=$OUT/import.teema
for kind in txt docx; do
	dir=$CORPUS
	[ $kind = docx ] && dir=$DOCX
	hf "import-$kind" "$RUNS" --prepare "rm -f $IMP; $CLI init $IMP >/dev/null" "$CLI import $IMP $dir/*.$kind"
	rm -f "$IMP"
	"$CLI" init "$IMP" >/dev/null
	mem "import-$kind" "$CLI" import "$IMP" "$dir"/*.$kind
done
"$CLI" docs "$IMP" --json | "$PY" -c 'import json,sys; d=json.load(sys.stdin); assert len(d)==100, len(d)'
rm -f "$IMP"
cat "$CORPUS"/*.txt | wc -c >"$R/corpus-bytes.txt"
du -cb "$DOCX"/*.docx | tail -1 | cut -f1 >"$R/docx-bytes.txt"

step "word frequency with lemmas: Teema against Python + libvoikko (bench/wordfreq.sh $WF_RUNS)"
"$HERE/wordfreq.sh" "$WF_RUNS" | tee "$R/wordfreq.txt" | grep -E 'agree|DIFFER|goal'
cp "$OUT/times.json" "$R/wordfreq.json"
WFP=$OUT/bench.teema # wordfreq.sh's project: the corpus without codings
mem wordfreq-teema-warm "$CLI" wordfreq "$WFP" --forms lemma --stopwords none --top 30 --format json --plain-tokens --min-len 1
mem wordfreq-python "$PY" "$HERE/wordfreq.py" "$CORPUS"

step "workbook: teema-cli matrix against bench/workbook.py (openpyxl)"
XT=$OUT/teema.xlsx
XP=$OUT/python.xlsx
hf workbook-teema "$RUNS" "LANG=fi_FI.UTF-8 $CLI matrix $PROJECT --by ryhmä --out $XT"
hf workbook-python "$PY_RUNS" "$PY $HERE/workbook.py $PROJECT $XP --by ryhmä"
LANG=fi_FI.UTF-8 mem workbook-teema "$CLI" matrix "$PROJECT" --by ryhmä --out "$XT"
mem workbook-python "$PY" "$HERE/workbook.py" "$PROJECT" "$XP" --by ryhmä
"$PY" "$HERE/compare_xlsx.py" "$XT" "$XP" | tee "$R/workbook-compare.txt"
stat -c %s "$XT" >"$R/xlsx-bytes.txt"

step "report: teema-cli report, the whole chapter with a word cloud"
RT=$OUT/report.docx
hf report-teema "$RUNS" "LANG=fi_FI.UTF-8 $CLI report $PROJECT --by ryhmä --figure words --out $RT"
LANG=fi_FI.UTF-8 mem report-teema "$CLI" report "$PROJECT" --by ryhmä --figure words --out "$RT"
stat -c %s "$RT" >"$R/report-bytes.txt"

step "QDPX: export and import of the whole project"
QX=$OUT/project.qdpx
QP=$OUT/from-qdpx.teema
hf qdpx-export "$RUNS" --prepare "rm -f $QX" "$CLI export-qdpx $PROJECT $QX"
hf qdpx-import "$RUNS" --prepare "rm -f $QP; rm -rf $QP-backups" "$CLI import-qdpx $QX $QP"
rm -f "$QX" "$QP"
mem qdpx-export "$CLI" export-qdpx "$PROJECT" "$QX"
mem qdpx-import "$CLI" import-qdpx "$QX" "$QP"
"$CLI" excerpts "$QP" --json | "$PY" -c 'import json,sys; n=len(json.load(sys.stdin)); print("   round trip: %d codings" % n); assert n==20000'
stat -c %s "$QX" >"$R/qdpx-bytes.txt"
rm -f "$QP"

step "search by base form: a session's searches (bench/searchbench) and teema-cli search against bench/search.py"
# A count first keeps the tallies and forms a search starts from, as a
# researcher's word-frequency window would have.
SP=$OUT/search.teema
cp "$PROJECT" "$SP"
"$CLI" wordfreq "$SP" --top 1 >/dev/null
for i in $(seq "$RUNS"); do
	"$OUT/searchbench" -project "$SP" -runs 3 >"$R/search-session-$i.json"
done
hf search-teema "$RUNS" "$CLI search $SP asiakas --json"
hf search-python "$PY_RUNS" "$PY $HERE/search.py $CORPUS asiakas"
mem search-teema "$CLI" search "$SP" asiakas --json
mem search-python "$PY" "$HERE/search.py" "$CORPUS" asiakas
"$CLI" search "$SP" asiakas --json | "$PY" -c 'import json,sys; print(json.dumps({"hits": len(json.load(sys.stdin))}))' >"$R/search-teema-hits.json"
"$PY" "$HERE/search.py" "$CORPUS" asiakas >"$R/search-python-hits.json"
"$PY" -c 'import json,sys; a,b=(json.load(open(p))["hits"] for p in sys.argv[1:]); print("   hits: Teema %d, Python %d" % (a, b)); assert a==b' \
	"$R/search-teema-hits.json" "$R/search-python-hits.json"
rm -f "$SP"

step "recording: teema-cli media attaches an hour of MP3 (decodes it whole once to check it)"
# An hour of 44.1 kHz mono at 96 kbit/s, as a phone's voice recorder
# makes; a tone, since decoding does not care what is said.
MP=$OUT/hour.mp3
[ -s "$MP" ] || ffmpeg -loglevel error -f lavfi -i "sine=frequency=220:duration=3600" -ac 1 -ar 44100 -b:a 96k "$MP"
RP=$OUT/recording.teema
cp "$PROJECT" "$RP"
DOC=$("$CLI" docs "$RP" --json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)[0]["name"])')
hf media-attach "$(( RUNS < 3 ? RUNS : 3 ))" "$CLI media $RP '$DOC' $MP"
mem media-attach "$CLI" media "$RP" "$DOC" "$MP"
rm -f "$RP"

step "GUI: cold starts, one process each ($RUNS)"
export TEEMA_PERF_PROJECT=$PROJECT
for i in $(seq "$RUNS"); do
	TEEMA_PERF_OPEN_ONLY=1 TEEMA_PERF_RUNS=1 TEEMA_PERF_OUT=$R/gui-cold-$i.json \
		"$OUT/app.test" -test.run '^TestPerfSession$' -test.count=1 >"$R/gui-cold-$i.log" 2>&1 ||
		{ cat "$R/gui-cold-$i.log" >&2; exit 1; }
done

step "GUI: one session ($RUNS opens, $CODINGS codings, a pause of a minute, $RUNS word-frequency windows)"
TEEMA_PERF_RUNS=$RUNS TEEMA_PERF_CODINGS=$CODINGS TEEMA_PERF_OUT=$R/gui-session.json TEEMA_PERF_EXPIRE=1 \
	$TIME -o "$R/gui-session.mem" "$OUT/app.test" -test.run '^TestPerfSession$' -test.count=1 -test.v -test.timeout 30m \
	>"$R/gui-session.log" 2>&1 || { tail -20 "$R/gui-session.log" >&2; exit 1; }
unset TEEMA_PERF_PROJECT

if [ "${LARGE:-1}" != 0 ]; then
	step "GUI on a project ten times larger: 1,000 interviews, 200,000 codings (LARGE=0 skips)"
	if [ ! -f "$OUT/corpus-large/haastattelu_1000.txt" ]; then
		"$OUT/gencorpus" -out "$OUT/corpus-large" -docs 1000 -words 10000 -seed 2
	fi
	"$OUT/mkproject" -corpus "$OUT/corpus-large" -out "$OUT/large.teema" -codings 200000 -seed 2 2>&1 | tee "$R/mkproject-large.txt"
	rm -rf "$OUT/large.teema-backups"
	TEEMA_PERF_PROJECT=$OUT/large.teema TEEMA_PERF_RUNS=3 TEEMA_PERF_CODINGS=1 TEEMA_PERF_OUT=$R/gui-large.json \
		$TIME -o "$R/gui-large.mem" "$OUT/app.test" -test.run '^TestPerfSession$' -test.count=1 -test.v -test.timeout 60m \
		>"$R/gui-large.log" 2>&1 || { tail -20 "$R/gui-large.log" >&2; exit 1; }
fi

stat -c %s "$PROJECT" >"$R/project-bytes.txt"
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$R/machine.txt"
echo "seconds=$(($(date +%s) - started))" >>"$R/machine.txt"
step "done in $(($(date +%s) - started)) s; writing bench/RESULTS.md"
"$PY" "$HERE/report.py" "$R" "$HERE/RESULTS.md"

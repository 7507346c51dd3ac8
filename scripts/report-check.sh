#!/bin/sh
# Opens Teema's Word reports in LibreOffice, as a researcher would, and
# fails when LibreOffice cannot read one. The demo's report (Finnish, with
# chosen quotes and a summary that looks like a formula, markup and a
# field), the same in English with the code book as an appendix and a word
# cloud, and an empty project's report are converted to PDF headless; their
# text is checked, and the demo's first pages are left as pictures.
#
# usage: scripts/report-check.sh TEEMA-CLI OUT-DIR
set -eu
CLI=$1
OUT=$2
rm -rf "$OUT"
mkdir -p "$OUT"

P=$OUT/demo.teema
"$CLI" demo "$P" >/dev/null
for id in $("$CLI" excerpts "$P" --code "Yhteistyö/Tapaamiset" --json | grep -o '"id": *[0-9]*' | grep -o '[0-9]*' | head -2); do
	"$CLI" quote "$P" "$id" >/dev/null
done
"$CLI" summary "$P" --code "Yhteistyö/Tapaamiset" --by ryhmä --row Kunnat \
	--text "- Tavataan kerran kuussa
- =SUM(A1) <w:p> { MERGEFIELD nimi }" >/dev/null
LANG=fi_FI.UTF-8 "$CLI" report "$P" --by ryhmä --out "$OUT/raportti.docx" >/dev/null
LANG=en_US.UTF-8 "$CLI" report "$P" --by ryhmä --codebook appendix --figure words --out "$OUT/report.docx" >/dev/null
"$CLI" init "$OUT/empty.teema" >/dev/null
LANG=en_US.UTF-8 "$CLI" report "$OUT/empty.teema" --out "$OUT/empty.docx" >/dev/null

# A profile of its own: a LibreOffice the user has open is left alone.
for f in raportti report empty; do
	soffice -env:UserInstallation="file://$(cd "$OUT" && pwd)/profile" --headless \
		--convert-to pdf --outdir "$OUT" "$OUT/$f.docx" >"$OUT/$f.log" 2>&1 || true
	if [ ! -s "$OUT/$f.pdf" ]; then
		echo "report-check: LibreOffice could not read $f.docx:" >&2
		cat "$OUT/$f.log" >&2
		exit 1
	fi
	pdftotext -layout "$OUT/$f.pdf" "$OUT/$f.txt"
done

expect() { # FILE TEXT...
	f=$1
	shift
	for want in "$@"; do
		grep -qF -- "$want" "$OUT/$f.txt" || { echo "report-check: $f.pdf lacks \"$want\"" >&2; exit 1; }
	done
}
expect raportti "Aineisto ja menetelmä" "Taulukko 1. Haastattelut" "Taulukko 2. Koodikirja" \
	"Yhteistyö" "Tapaamiset" "=SUM(A1) <w:p> { MERGEFIELD nimi }" "Kuvio 1." "7 haastattelua"
expect report "Material and method" "Table 1. The interviews" "Appendix 1. Code book" "Figure 1."
expect empty "Nothing is coded yet"

pdftoppm -r 60 -png -f 1 -l 4 "$OUT/raportti.pdf" "$OUT/raportti"
echo "report-check: LibreOffice reads the reports ($(pdfinfo "$OUT/raportti.pdf" | awk '/^Pages/ {print $2}') pages); pictures in $OUT"

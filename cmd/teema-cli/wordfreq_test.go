package main

import (
	"bytes"
	"encoding/csv"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"teema/coding/wordfreq"
	"teema/store"
)

type wordJSON struct {
	Word  string   `json:"word"`
	Count int      `json:"count"`
	Docs  int      `json:"docs"`
	Share float64  `json:"share"`
	Forms []string `json:"forms"`
}

// wordfreqProject is two interviews of two groups; one passage is coded.
func wordfreqProject(t *testing.T) (string, string) {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // keep the Voikko cache out of the user's
	t.Setenv("LC_ALL", "en_US.UTF-8")
	dir := t.TempDir()
	proj := filepath.Join(dir, "wf.teema")
	a := transcript(t, dir, "kunta.txt", "Haastattelija: Millainen asiakaskokemus teillä on?\n\n"+
		"H1: Asiakaskokemus on hyvä. Niinku asiakaskokemuksen kehittäminen on tärkeää, öö, ja asiakaskokemukset vaihtelevat.\n"+
		"=SUM(A1) +358 -ja @user\n")
	b := transcript(t, dir, "yhteiso.txt", "Haastattelija: Entä palvelut?\n\nH2: Palvelut toimivat. Palvelu on nopeaa ja palvelut pelaavat.\n")
	mustRun(t, "init", proj)
	mustRun(t, "import", proj, "--attr", "ryhmä=Kunnat", a)
	mustRun(t, "import", proj, "--attr", "ryhmä=Yhteisöt", b)
	mustRun(t, "code-add", proj, "Palvelut/Laatu")
	mustRun(t, "code", proj, "--doc", "yhteiso", "--code", "Palvelut/Laatu", "--match", "Palvelu on nopeaa")
	mustRun(t, "code", proj, "--doc", "yhteiso", "--code", "Palvelut", "--match", "on nopeaa ja palvelut")
	return dir, proj
}

func wordsOf(t *testing.T, args ...string) map[string]wordJSON {
	t.Helper()
	var ws []wordJSON
	decode(t, mustRun(t, append(args, "--format", "json")...), &ws)
	m := map[string]wordJSON{}
	for _, w := range ws {
		m[w.Word] = w
	}
	return m
}

func TestWordfreqCLI(t *testing.T) {
	dir, proj := wordfreqProject(t)

	w := wordsOf(t, "wordfreq", proj, "--forms", "stem")
	if k := w["asiakaskokemus"]; k.Count != 4 || k.Docs != 1 || len(k.Forms) != 3 || k.Forms[0] != "asiakaskokemus" {
		t.Fatalf("asiakaskokemus by stem: %+v\n%v", k, w)
	}
	for _, gone := range []string{"haastattelija", "h", "niinku", "öö", "ja", "on"} {
		if _, ok := w[gone]; ok {
			t.Errorf("%q counted (labels and stop words are not)", gone)
		}
	}
	if w["palvelu"].Count != 4 || w["palvelu"].Docs != 1 {
		t.Fatalf("palvelu: %+v", w["palvelu"])
	}
	// Scope.
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--no-interviewer"); w["millainen"].Count != 0 || w["entä"].Count != 0 || w["hyvä"].Count != 1 {
		t.Fatalf("--no-interviewer: %v", w)
	}
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw"); w["millainen"].Count != 1 {
		t.Fatalf("interviewer's words: %v", w)
	}
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--where", "ryhmä=Yhteisöt"); len(w) != 6 || w["palvelut"].Count != 3 {
		t.Fatalf("--where: %v", w)
	}
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--where", "ryhmä=Yhteisöt", "--where", "ryhmä=Kunnat"); w["hyvä"].Count != 1 || w["palvelut"].Count != 3 {
		t.Fatalf("--where OR: %v", w)
	}
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--doc", "kunta", "--speaker", "H1"); len(w) != 9 || w["millainen"].Count != 0 {
		t.Fatalf("--doc --speaker: %v", w)
	}
	// Coded text only; the theme includes its sub-theme; overlaps count once.
	w = wordsOf(t, "wordfreq", proj, "--forms", "raw", "--code", "Palvelut", "--stopwords", "none")
	if len(w) != 5 || w["palvelu"].Count != 1 || w["on"].Count != 1 || w["nopeaa"].Count != 1 || w["ja"].Count != 1 || w["palvelut"].Count != 1 {
		t.Fatalf("--code: %v", w)
	}
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--code", "Palvelut/Laatu"); len(w) != 2 {
		t.Fatalf("--code sub-theme: %v", w)
	}
	// Stop words, minimum length, top.
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--stopwords", "none", "--min-len", "1"); w["ja"].Count != 3 || w["a"].Count != 1 || w["niinku"].Count != 1 {
		t.Fatalf("no stop words: %v", w)
	}
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--top", "2"); len(w) != 2 {
		t.Fatalf("--top 2: %v", w)
	}
	if out := mustRun(t, "wordfreq", proj, "--forms", "stem"); !strings.Contains(out, "WORD") || !strings.Contains(out, "asiakaskokemus") ||
		!strings.Contains(out, "interviews; forms: stem") {
		t.Fatalf("table:\n%s", out)
	}

	// CSV on stdout and in a file: a BOM, the numbers, no formulas.
	for _, out := range []string{mustRun(t, "wordfreq", proj, "--forms", "stem", "--format", "csv"), readOut(t, proj, filepath.Join(dir, "w.csv"))} {
		if !strings.HasPrefix(out, "\uFEFF") {
			t.Fatal("CSV without BOM")
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(rows[0], ",") != "word,count,docs,share,forms" || rows[1][0] != "asiakaskokemus" || rows[1][1] != "4" || rows[1][2] != "1" {
			t.Fatalf("CSV rows: %q", rows[:2])
		}
		for _, r := range rows[1:] {
			for _, cell := range r {
				if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
					t.Fatalf("formula-looking cell %q", cell)
				}
			}
		}
	}

	// XLSX: text cells for words, number cells for numbers.
	xlsx := filepath.Join(dir, "w.xlsx")
	mustRun(t, "wordfreq", proj, "--forms", "stem", "--out", xlsx)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Words")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "Word,Count,Interviews,Share,Merged forms" || rows[1][0] != "asiakaskokemus" || rows[1][1] != "4" || rows[1][2] != "1" {
		t.Fatalf("xlsx rows: %q", rows[:2])
	}
	// A number cell has no type attribute, or "n"; text would be a string type.
	if typ, _ := f.GetCellType("Words", "B2"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Fatalf("count cell type %v", typ)
	}
	if typ, _ := f.GetCellType("Words", "A2"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Fatalf("word cell type %v", typ)
	}
	if share, _ := f.GetCellValue("Words", "D2", excelize.Options{RawCellValue: true}); !strings.HasPrefix(share, "0.") {
		t.Fatalf("share %q", share)
	}
	for _, r := range rows[1:] {
		if len(r) > 0 && r[0] != "" && strings.ContainsRune("=+-@", rune(r[0][0])) {
			t.Fatalf("formula-looking word %q", r[0])
		}
	}

	// PNG bar chart.
	pngPath := filepath.Join(dir, "w.png")
	if out := mustRun(t, "wordfreq", proj, "--forms", "stem", "--out", pngPath, "--top", "10"); !strings.Contains(out, "wrote") {
		t.Fatal(out)
	}
	checkPNG(t, pngPath)

	// Usage mistakes.
	for _, bad := range [][]string{
		{"wordfreq", proj, "--forms", "lemmas"},
		{"wordfreq", proj, "--format", "xml"},
		{"wordfreq", proj, "--out", filepath.Join(dir, "w.txt")},
		{"wordfreq", proj, "--stopwords", "sv"},
		{"wordfreq", proj, "--top", "-1"},
		{"codefreq", proj, "--out", filepath.Join(dir, "c.svg")},
	} {
		if code, _, errOut := cliRun(t, bad...); code != 2 {
			t.Errorf("%v: exit %d %s", bad, code, errOut)
		}
	}
	if code, _, errOut := cliRun(t, "wordfreq", proj, "--where", "kieli=fi"); code != 1 || !strings.Contains(errOut, "No interview has the attribute kieli.") {
		t.Errorf("unknown attribute: %d %s", code, errOut)
	}
	if code, _, errOut := cliRun(t, "wordfreq", proj, "--code", "Ei/Ole"); code != 1 || !strings.Contains(errOut, "There is no code Ei/Ole.") {
		t.Errorf("unknown code: %d %s", code, errOut)
	}
}

func readOut(t *testing.T, proj, path string) string {
	t.Helper()
	mustRun(t, "wordfreq", proj, "--forms", "stem", "--out", path)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func checkPNG(t *testing.T, path string) {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	img, err := png.Decode(fh)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if b := img.Bounds(); b.Dx() < 300 || b.Dy() < 150 {
		t.Fatalf("%s is %v", path, b)
	}
}

func TestWordfreqLemmaOrFallback(t *testing.T) {
	_, proj := wordfreqProject(t)
	code, out, errOut := cliRun(t, "wordfreq", proj, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	var ws []wordJSON
	decode(t, out, &ws)
	if err := voikkoMissing(); err != nil {
		// Without Voikko the count falls back to stems and says so.
		if !strings.Contains(errOut, "Voikko") || !strings.Contains(errOut, "stems") || ws[0].Word != "asiakaskokemus" {
			t.Fatalf("fallback: %s\n%s", errOut, out)
		}
		return
	}
	if errOut != "" {
		t.Fatalf("notes with Voikko installed: %s", errOut)
	}
	byWord := map[string]wordJSON{}
	for _, w := range ws {
		byWord[w.Word] = w
	}
	if byWord["asiakaskokemus"].Count != 4 || byWord["palvelu"].Count != 4 || byWord["tärkeä"].Count != 1 {
		t.Fatalf("lemmas: %s", out)
	}
	// Explicit --forms lemma gives the same.
	if out2 := mustRun(t, "wordfreq", proj, "--format", "json", "--forms", "lemma"); out2 != out {
		t.Fatalf("--forms lemma differs from the default:\n%s\n%s", out, out2)
	}
}

func TestCodefreqCLI(t *testing.T) {
	t.Setenv("LC_ALL", "en_US.UTF-8")
	dir := t.TempDir()
	proj := filepath.Join(dir, "demo.teema")
	mustRun(t, "demo", proj)
	var byPath, byName []wordfreq.CodeCount
	decode(t, mustRun(t, "codefreq", proj, "--format", "json"), &byPath)
	decode(t, mustRun(t, "codefreq", proj, "--by-name", "--format", "json"), &byName)
	sum := 0
	for _, c := range byPath {
		if strings.HasSuffix(c.Code, "/Asiakkuus") {
			sum += c.Excerpts
		}
	}
	var asiakkuus wordfreq.CodeCount
	for _, c := range byName {
		if c.Code == "Asiakkuus" {
			asiakkuus = c
		}
		if !strings.Contains(c.Code, "/") && c.Code == "Asiakaskokemukset" {
			t.Fatalf("themes with sub-themes are not in the by-name cloud: %+v", c)
		}
	}
	if sum == 0 || asiakkuus.Excerpts != sum || asiakkuus.Docs < 1 || byName[0].Excerpts < byName[len(byName)-1].Excerpts {
		t.Fatalf("by name %+v, sum by path %d", byName, sum)
	}
	if out := mustRun(t, "codefreq", proj); !strings.Contains(out, "Asiakaskokemukset/Asiakkuus") {
		t.Fatalf("table:\n%s", out)
	}
	cloud := filepath.Join(dir, "cloud.png")
	mustRun(t, "codefreq", proj, "--by-name", "--out", cloud)
	checkPNG(t, cloud)

	// The demo's word count, one group, by stem.
	var ws []wordJSON
	decode(t, mustRun(t, "wordfreq", proj, "--where", "ryhmä=Kunnat", "--forms", "stem", "--format", "json", "--top", "5"), &ws)
	if len(ws) != 5 || ws[0].Count < ws[4].Count || ws[0].Docs > 3 {
		t.Fatalf("demo wordfreq: %+v", ws)
	}
}

// TestWordfreqWithoutCgo runs a lemma count with the binary built with
// CGO_ENABLED=0: Voikko is loaded at run time without cgo.
func TestWordfreqWithoutCgo(t *testing.T) {
	bin := noCgoBinary(t)
	_, proj := wordfreqProject(t)
	cmd := exec.Command(bin, "wordfreq", proj, "--forms", "lemma", "--format", "csv", "--top", "1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v %s", err, stderr.String())
	}
	fields := strings.Split(strings.Split(string(out), "\n")[1], ",")
	if fields[0] != "asiakaskokemus" || fields[1] != strconv.Itoa(4) {
		t.Fatalf("top word %q", fields)
	}
	if voikko := voikkoMissing() == nil; voikko == strings.Contains(stderr.String(), "stems instead") {
		t.Fatalf("Voikko installed: %v; stderr: %s", voikko, stderr.String())
	}
}

func TestWordfreqCompareGroups(t *testing.T) {
	dir, proj := wordfreqProject(t)
	var keys []struct {
		Word string  `json:"word"`
		A    int     `json:"a"`
		B    int     `json:"b"`
		G2   float64 `json:"g2"`
	}
	decode(t, mustRun(t, "wordfreq", proj, "--forms", "stem", "--compare", "ryhmä=Kunnat,Yhteisöt", "--format", "json"), &keys)
	got := map[string]int{}
	for i, k := range keys {
		got[k.Word] = i
		if i > 0 && math.Abs(k.G2) > math.Abs(keys[i-1].G2) {
			t.Errorf("%q (G² %.2f) after %q (G² %.2f): not ordered by keyness", k.Word, k.G2, keys[i-1].Word, keys[i-1].G2)
		}
	}
	ak, pa := keys[got["asiakaskokemus"]], keys[got["palvelu"]]
	if ak.A != 4 || ak.B != 0 || ak.G2 <= 0 || pa.A != 0 || pa.B != 4 || pa.G2 >= 0 {
		t.Fatalf("asiakaskokemus %+v, palvelu %+v: each should characterise its own group", ak, pa)
	}
	if out := mustRun(t, "wordfreq", proj, "--forms", "stem", "--compare", "ryhmä=Kunnat,Yhteisöt"); !strings.Contains(out, "CHARACTERISTIC OF") || !strings.Contains(out, "3.84") {
		t.Errorf("table:\n%s", out)
	}
	xlsx := filepath.Join(dir, "k.xlsx")
	mustRun(t, "wordfreq", proj, "--forms", "stem", "--compare", "ryhmä=Kunnat,Yhteisöt", "--out", xlsx)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Comparison", "B1"); v != "Kunnat" {
		t.Errorf("comparison B1 = %q", v)
	}
	for _, bad := range [][]string{
		{"--compare", "ryhmä=Kunnat"}, {"--compare", "ryhmä=Kunnat,Kunnat"}, {"--compare", "ryhmä=Kunnat,Yhteisöt", "--out", filepath.Join(dir, "k.png")},
	} {
		if code, _, errOut := cliRun(t, append([]string{"wordfreq", proj}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d %s", bad, code, errOut)
		}
	}
	if code, _, errOut := cliRun(t, "wordfreq", proj, "--compare", "ryhmä=Kunnat,Muut"); code != 1 || !strings.Contains(errOut, "Muut") {
		t.Errorf("an empty group: exit %d %s", code, errOut)
	}
}

func TestProjectStopWords(t *testing.T) {
	dir, proj := wordfreqProject(t)
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw"); w["palvelut"].Count == 0 || w["on"].Count != 0 {
		t.Fatalf("before: %v", w)
	}
	out := mustRun(t, "stopwords", proj, "--add", "Palvelut", "--keep", "on")
	if !strings.Contains(out, "left out too (1): palvelut") || !strings.Contains(out, "counted anyway (1): on") {
		t.Fatalf("stopwords:\n%s", out)
	}
	w := wordsOf(t, "wordfreq", proj, "--forms", "raw")
	if w["palvelut"].Count != 0 || w["on"].Count != 4 {
		t.Errorf("after: palvelut %d (want 0), on %d (want 4)", w["palvelut"].Count, w["on"].Count)
	}
	if out := mustRun(t, "wordfreq", proj, "--forms", "raw"); !strings.Contains(out, "1 added, 1 counted anyway") {
		t.Errorf("the table does not say the project's stop words are on:\n%s", out)
	}
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--stopwords", "none"); w["palvelut"].Count == 0 {
		t.Error("--stopwords none still drops the project's own")
	}
	mustRun(t, "stopwords", proj, "--reset", "palvelut", "--reset", "on")
	if out := mustRun(t, "stopwords", proj); !strings.Contains(out, "left out too (0)") {
		t.Errorf("after reset:\n%s", out)
	}
	cloud := filepath.Join(dir, "c.png")
	mustRun(t, "wordfreq", proj, "--forms", "raw", "--out", cloud, "--picture", "cloud")
	checkPNG(t, cloud)
}

func TestWordfreqNumbers(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "n.teema")
	mustRun(t, "init", proj)
	mustRun(t, "import", proj, transcript(t, dir, "a.txt", "H1: Vuonna 2016 kaikki muuttui, ja 2016 oli vaikea."))
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw"); w["2016"].Count != 0 {
		t.Fatalf("numbers counted by default: %v", w)
	}
	if w := wordsOf(t, "wordfreq", proj, "--forms", "raw", "--numbers"); w["2016"].Count != 2 {
		t.Errorf("--numbers: %v", w)
	}
}

// TestWordfreqSameFromTallies: the first count reads the texts and keeps
// tallies, the second counts packed tallies and keeps their forms, the
// third uses both; all three print the same, for every kind of scope.
func TestWordfreqSameFromTallies(t *testing.T) {
	proj := filepath.Join(t.TempDir(), "demo.teema")
	mustRun(t, "demo", proj)
	settings := [][]string{
		{},
		{"--no-interviewer", "--forms", "stem"},
		{"--speaker", "H1", "--forms", "raw", "--numbers"},
		{"--where", "ryhmä=Kunnat", "--plain-tokens", "--min-len", "1", "--top", "5"},
		{"--code", "Yhteistyö", "--stopwords", "none"},
	}
	for _, s := range settings {
		args := append([]string{"wordfreq", proj, "--format", "json"}, s...)
		first := mustRun(t, args...)
		for i := 2; i <= 3; i++ {
			if again := mustRun(t, args...); again != first {
				t.Fatalf("%v, count %d differs from the first:\n%s\n%s", s, i, first, again)
			}
		}
	}
	p, err := store.OpenReadOnly(proj)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	docs, err := p.Documents()
	if err != nil {
		t.Fatal(err)
	}
	tallies, words, err := p.WordTallies(0)
	if err != nil || len(tallies) != len(docs) || words.Len() < 500 {
		t.Fatalf("%d tallies of %d interviews, %d words (%v)", len(tallies), len(docs), words.Len(), err)
	}
}

// TestWordfreqLang counts an interview as the language --lang says, over
// detecting it, and names the interviews counted as English.
func TestWordfreqLang(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.teema")
	mustRun(t, "init", proj)
	mustRun(t, "import", proj, transcript(t, dir, "haastattelu.txt", "H1: Asiakkaat ja asiakkaiden palaute ohjaavat työtä."))
	code, _, errOut := cliRun(t, "wordfreq", proj, "--forms", "stem", "--lang", "haastattelu=en")
	if code != 0 || !strings.Contains(errOut, "Counted as English (1): haastattelu") {
		t.Fatalf("exit %d; notes %q", code, errOut)
	}
	if code, _, errOut := cliRun(t, "wordfreq", proj, "--lang", "haastattelu=ruotsi"); code != 2 || !strings.Contains(errOut, "fi or en") {
		t.Errorf("an unknown language: exit %d, %q", code, errOut)
	}
}

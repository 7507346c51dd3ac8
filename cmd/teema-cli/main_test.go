package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"teema/store"
	"teema/voikko"
)

// cliRun runs teema-cli in-process and returns exit code, stdout, stderr.
func cliRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := cliRun(t, args...)
	if code != 0 {
		t.Fatalf("teema-cli %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func transcript(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const haastattelu = "Haastattelija: Miten yhteistyö sujuu?\r\n\r\nH5: Yhteistyö sujuu hyvin. Asiakaskokemus on hyvä, asiakaskokemus paranee.\r\n"

func TestCLIWorkflow(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "tutkimus.teema")
	a := transcript(t, dir, "haastattelu 5.txt", haastattelu)
	b := transcript(t, dir, "interview.md", "Interviewer: Hello?\n\nKati: Hi.")
	bad := transcript(t, dir, "kuva.png", "\x89PNG\r\n\x1a\nxxxx")

	mustRun(t, "init", proj)
	code, out, errOut := cliRun(t, "import", proj, "--attr", "ryhmä=Kunnat", a, bad, "--attr", "haastateltavia=1", b)
	if code != 1 || !strings.Contains(errOut, "kuva.png") || !strings.Contains(errOut, ".docx") {
		t.Fatalf("import with one bad file: exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, `as "haastattelu 5"`) || !strings.Contains(out, `as "interview"`) ||
		!strings.Contains(out, "Added 2 of 3 files; 0 were already in the project and 1 could not be imported.") {
		t.Fatalf("good files not imported: %s", out)
	}
	if code, out, _ := cliRun(t, "import", proj, a); code != 0 || !strings.Contains(out, "skipped: haastattelu 5.txt has the same text as haastattelu 5") {
		t.Fatalf("re-import: exit %d %s", code, out)
	}

	var docs []docJSON
	decode(t, mustRun(t, "docs", proj, "--json"), &docs)
	if len(docs) != 2 || docs[0].Name != "haastattelu 5" || docs[0].Attributes["ryhmä"] != "Kunnat" ||
		docs[0].Attributes["haastateltavia"] != "1" || docs[0].Format != "txt" || docs[1].Format != "md" || docs[0].Words != 13 {
		t.Fatalf("docs: %+v", docs)
	}
	text := mustRun(t, "text", proj, "haastattelu 5")
	if text != "Haastattelija: Miten yhteistyö sujuu?\n\nH5: Yhteistyö sujuu hyvin. Asiakaskokemus on hyvä, asiakaskokemus paranee." {
		t.Fatalf("text: %q", text)
	}
	mustRun(t, "attr", proj, "1", "ryhmä=Yhteisöt", "rooli=esimies")
	decode(t, mustRun(t, "docs", proj, "--json"), &docs)
	if docs[0].Attributes["ryhmä"] != "Yhteisöt" || docs[0].Attributes["rooli"] != "esimies" {
		t.Fatalf("attr: %+v", docs[0])
	}

	mustRun(t, "template", proj, "calpro")
	mustRun(t, "code-add", proj, "Oma teema/Oma alateema", "--color", "#00AA00", "--description", "Määritelmä")
	var codes []codeJSON
	decode(t, mustRun(t, "codes", proj, "--json"), &codes)
	if len(codes) != 8+24+2 {
		t.Fatalf("%d codes", len(codes))
	}
	byPath := map[string]codeJSON{}
	for _, c := range codes {
		byPath[c.Path] = c
	}
	if c := byPath["Oma teema/Oma alateema"]; c.Color != "#00aa00" || c.Description != "Määritelmä" || c.Name != "Oma alateema" {
		t.Fatalf("code-add: %+v", c)
	}
	if _, ok := byPath["Yhteistyö/Aikaisemmin–nykyhetki"]; !ok {
		t.Fatal("calpro sub-theme missing")
	}

	mustRun(t, "code", proj, "--doc", "haastattelu 5", "--code", "Asiakaskokemukset/Asiakkuus", "--match", "asiakaskokemus", "--nth", "1", "--memo", "toistoa", "--coder", "Liisa")
	mustRun(t, "code", proj, "--doc", "1", "--code", "Yhteistyö/Päivittäinen yhteistyö", "--start", "43", "--end", "65", "--coder", "Liisa")
	mustRun(t, "code", proj, "--doc", "interview", "--code", "Lisäarvo/Asiakkuus", "--match", "Hi.")

	var ex []excerptJSON
	decode(t, mustRun(t, "excerpts", proj, "--json", "--doc", "haastattelu 5"), &ex)
	if len(ex) != 2 || ex[0].Text != "Yhteistyö sujuu hyvin." || ex[1].Text != "asiakaskokemus" || ex[1].Memo != "toistoa" ||
		ex[1].Code != "Asiakaskokemukset/Asiakkuus" || ex[1].Coder != "Liisa" || ex[1].Start != 90 {
		t.Fatalf("excerpts: %+v", ex)
	}
	if []rune(text)[ex[1].Start] != 'a' {
		t.Fatal("offsets do not index the printed text in code points")
	}
	decode(t, mustRun(t, "excerpts", proj, "--json", "--code", "Lisäarvo"), &ex)
	if len(ex) != 1 || ex[0].Doc != "interview" {
		t.Fatalf("excerpts of a theme include its sub-themes: %+v", ex)
	}
	if out := mustRun(t, "excerpts", proj); !strings.Contains(out, "Yhteistyö sujuu hyvin.") {
		t.Fatalf("table: %s", out)
	}
	if out := mustRun(t, "codes", proj); !strings.Contains(out, "  Asiakkuus") {
		t.Fatalf("codes table: %s", out)
	}
}

func decode(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("%v in %s", err, s)
	}
}

func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.teema")
	mustRun(t, "init", proj)
	a := transcript(t, dir, "a.txt", haastattelu)
	mustRun(t, "import", proj, a)
	notProject := transcript(t, dir, "notes.teema", "just text")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no command", nil, 2, "usage"},
		{"unknown command", []string{"frobnicate"}, 2, "There is no command frobnicate."},
		{"init existing", []string{"init", proj}, 1, "already exists"},
		{"not a project", []string{"docs", notProject}, 1, "not a Teema project"},
		{"missing project", []string{"docs", filepath.Join(dir, "nope.teema")}, 1, "does not exist"},
		{"import nothing", []string{"import", proj}, 2, ".docx"},
		{"unknown flag", []string{"docs", proj, "--xml"}, 2, "-xml"},
		{"bad attr", []string{"attr", proj, "a", "ryhmä"}, 2, "KEY=VALUE"},
		{"unknown doc", []string{"text", proj, "b"}, 1, "no document called b"},
		{"unknown code", []string{"code", proj, "--doc", "a", "--code", "X/Y", "--match", "hyvä"}, 1, "There is no code X/Y."},
		{"match and range", []string{"code", proj, "--doc", "a", "--code", "X", "--match", "a", "--start", "1", "--end", "2"}, 2, "not both"},
		{"no range", []string{"code", proj, "--doc", "a", "--code", "X"}, 2, "--match"},
		{"bad template", []string{"template", proj, "nvivo"}, 2, "calpro"},
		{"bad colour", []string{"code-add", proj, "T", "--color", "red"}, 2, "#RRGGBB"},
		{"slash-only path", []string{"code-add", proj, "/"}, 1, "needs a name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := cliRun(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Fatalf("exit %d, want %d; stderr %q should contain %q", code, tt.code, errOut, tt.want)
			}
			if code == 1 && !strings.HasPrefix(errOut, "teema-cli: ") {
				t.Fatalf("error message must start with teema-cli: %q", errOut)
			}
		})
	}
	mustRun(t, "code-add", proj, "T/U")
	mustRun(t, "code", proj, "--doc", "a", "--code", "T/U", "--match", "hyvin")
	if code, _, errOut := cliRun(t, "code", proj, "--doc", "a", "--code", "T/U", "--match", "hyvin"); code != 1 || !strings.Contains(errOut, "already coded") {
		t.Fatalf("double coding: %d %s", code, errOut)
	}
	if code, _, errOut := cliRun(t, "code", proj, "--doc", "a", "--code", "T/U", "--match", "hyvin", "--nth", "2"); code != 1 || !strings.Contains(errOut, "a has no occurrence 2 of hyvin.") {
		t.Fatalf("missing occurrence: %d %s", code, errOut)
	}
}

func TestCLIDemo(t *testing.T) {
	proj := filepath.Join(t.TempDir(), "demo.teema")
	mustRun(t, "demo", proj)
	var docs []docJSON
	decode(t, mustRun(t, "docs", proj, "--json"), &docs)
	groups := map[string]int{}
	for _, d := range docs {
		groups[d.Attributes["ryhmä"]]++
	}
	if len(docs) != 7 || len(groups) != 3 {
		t.Fatalf("demo docs %d groups %v", len(docs), groups)
	}
	var ex []excerptJSON
	decode(t, mustRun(t, "excerpts", proj, "--json"), &ex)
	if len(ex) < 70 {
		t.Fatalf("demo has %d excerpts", len(ex))
	}
	if code, _, _ := cliRun(t, "demo", proj); code != 1 {
		t.Fatal("demo overwrote an existing project")
	}
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

// TestMain runs the tests in English whatever the machine's locale, as
// most of them read what the commands say; a test of another language
// sets its own.
func TestMain(m *testing.M) {
	restore := setLocale("en_US.UTF-8")
	code := m.Run()
	restore()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// inFinnish makes the commands a test runs speak Finnish.
func inFinnish(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "fi_FI.UTF-8")
}

// setLocale sets the locale the commands read, and returns a function
// that sets it back.
func setLocale(locale string) (restore func()) {
	vars := []string{"LC_ALL", "LC_MESSAGES", "LANG"}
	old := map[string]*string{}
	for _, v := range vars {
		if was, ok := os.LookupEnv(v); ok {
			old[v] = &was
		}
		os.Setenv(v, locale)
	}
	return func() {
		for _, v := range vars {
			if was := old[v]; was != nil {
				os.Setenv(v, *was)
			} else {
				os.Unsetenv(v)
			}
		}
	}
}

// noCgoBinary builds the real binary once with CGO_ENABLED=0, which proves
// the core needs neither the GUI nor cgo.
func noCgoBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a binary")
	}
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "teema-cli-test"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "teema-cli")
		build := exec.Command("go", "build", "-o", binPath, ".")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			binErr = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// TestBinaryWithoutCgo runs the cgo-free binary.
func TestBinaryWithoutCgo(t *testing.T) {
	bin := noCgoBinary(t)
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.teema")
	if out, err := exec.Command(bin, "init", proj).CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	cmd := exec.Command(bin, "docs", proj)
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "NAME") {
		t.Fatalf("%v %s", err, out)
	}
	err := exec.Command(bin, "frobnicate").Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Fatalf("bad usage exit: %v", err)
	}
}

// TestCLIReadsWhileTeemaHasTheProjectOpen: reading commands open the
// project read-only, so they work beside the GUI; writing ones are refused.
func TestCLIReadsWhileTeemaHasTheProjectOpen(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "demo.teema")
	mustRun(t, "demo", proj)
	gui, err := store.Open(proj)
	if err != nil {
		t.Fatal(err)
	}
	defer gui.Close()
	for _, args := range [][]string{
		{"docs", proj},
		{"text", proj, "Asiakas 1"},
		{"codes", proj},
		{"excerpts", proj, "--code", "Yhteistyö"},
		{"matrix", proj, "--by", "ryhmä", "--out", filepath.Join(dir, "m.xlsx")},
		{"codefreq", proj},
	} {
		mustRun(t, args...)
	}
	code, _, errOut := cliRun(t, "attr", proj, "Asiakas 1", "rooli=esimies")
	if code != 1 || !strings.Contains(errOut, "open it read-only") {
		t.Fatalf("writing beside the GUI: exit %d %s", code, errOut)
	}
	// A word count beside the GUI counts the texts, quietly, and keeps no
	// tallies: keeping them would be writing.
	code, out, errOut := cliRun(t, "wordfreq", proj, "--forms", "stem", "--format", "json")
	if code != 0 || errOut != "" || !strings.Contains(out, `"word"`) {
		t.Fatalf("wordfreq beside the GUI: exit %d %s", code, errOut)
	}
	if ts, _, err := gui.WordTallies(0); err != nil || len(ts) != 0 {
		t.Fatalf("%d tallies kept beside the GUI (%v)", len(ts), err)
	}
}

// voikkoMissing says why Voikko cannot be opened here, or nil when it can.
func voikkoMissing() error {
	v, err := voikko.Open()
	if err != nil {
		return err
	}
	return v.Close()
}

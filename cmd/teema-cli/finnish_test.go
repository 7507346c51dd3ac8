package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFinnishLocaleSaysWhyInFinnish imports an empty file, a binary file
// and a picture with a Finnish locale: each refusal is said in Finnish.
func TestFinnishLocaleSaysWhyInFinnish(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "fi_FI.UTF-8")
	dir := t.TempDir()
	proj := filepath.Join(dir, "tutkimus.teema")
	mustRun(t, "init", proj)
	empty := transcript(t, dir, "puhe.txt", "")
	binary := transcript(t, dir, "data.txt", "abc\x00\x00\x01def")
	png := transcript(t, dir, "kuva.png", "\x89PNG\r\n\x1a\nxxxx")
	for _, f := range []struct{ path, want string }{
		{empty, "tyhjä"},
		{binary, "binääri"},
		{png, "ei tueta"},
	} {
		code, _, errOut := cliRun(t, "import", proj, f.path)
		if code != 1 || !strings.Contains(errOut, filepath.Base(f.path)) || !strings.Contains(strings.ToLower(errOut), f.want) {
			t.Errorf("import %s: exit %d, said %q; want Finnish with %q", filepath.Base(f.path), code, errOut, f.want)
		}
	}
}

// TestFinnishLocaleSaysEverythingInFinnish: what the command line says of
// its own, a mistake in its use and what it did, is Finnish too.
func TestFinnishLocaleSaysEverythingInFinnish(t *testing.T) {
	inFinnish(t)
	proj := filepath.Join(t.TempDir(), "tutkimus.teema")
	if out := mustRun(t, "init", proj); out != "luotiin "+proj+"\n" {
		t.Errorf("init said %q", out)
	}
	code, _, errOut := cliRun(t, "wordfreq", proj, "--forms", "juuri")
	if code != 2 || !strings.Contains(errOut, "Valitsimen --forms arvo on jokin näistä: raw, stem, lemma; ei juuri.") ||
		!strings.Contains(errOut, "käyttö: teema-cli wordfreq PROJECT") {
		t.Errorf("a usage error: exit %d, said %q", code, errOut)
	}
}

// TestImportSaysHowATextWasRead: a transcript valid UTF-8 but for one
// stray byte is read as UTF-8, and the import says where the byte was.
func TestImportSaysHowATextWasRead(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.teema")
	mustRun(t, "init", proj)
	f := transcript(t, dir, "h1.txt", "H1: Hyvä päivä.\nH1: Toinen rivi \xff tässä.\n")
	out := mustRun(t, "import", proj, f)
	if !strings.Contains(out, "line 2") {
		t.Errorf("the import does not say where the stray byte was:\n%s", out)
	}
	if text := mustRun(t, "text", proj, "h1"); !strings.Contains(text, "Hyvä päivä") {
		t.Errorf("read as another encoding: %q", text)
	}
}

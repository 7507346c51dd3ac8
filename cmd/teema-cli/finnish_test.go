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

package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func TestCleanName(t *testing.T) {
	for raw, want := range map[string]string{
		"\x1b[31mpunainen\x1b[0m":     "punainen",
		"\x1b]0;otsikko\ahaastattelu": "haastattelu",
		"\x1b]0;otsikko\x1b\\H2":      "H2",
		"kuva\u202egpj.exe":           "kuvagpj.exe",
		"a\u2066b\u2069c\u200f":       "abc",
		"rivi\nrivi\ttab":             "rivi rivi tab",
		"\u009b1mlihava":              "lihava",
		"loppu\x1b":                   "loppu",
		"Hyvä päivä (2)":              "Hyvä päivä (2)",
	} {
		if got := CleanName(raw); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", raw, got, want)
		}
	}
}

// A file name with terminal escapes or a right-to-left override gives a
// document name without them: `teema-cli docs` once printed them raw.
func TestImportedNamesCleaned(t *testing.T) {
	p := newProject(t)
	dir := t.TempDir()
	for name, want := range map[string]string{
		"\x1b[2J\x1b[31mpunainen.txt": "punainen",
		"haastattelu\u202eatad.txt":   "haastatteluatad",
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("H1: "+want), 0o644); err != nil {
			t.Skipf("this file system takes no such name: %v", err)
		}
		d, err := p.ImportFile(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d.Name != want {
			t.Errorf("%q imported as %q, want %q", name, d.Name, want)
		}
	}
}

// FuzzCleanName: a cleaned name shows as it reads: no control character,
// nothing that reorders text, and cleaning it again changes nothing.
func FuzzCleanName(f *testing.F) {
	f.Add("\x1b[31mpunainen\x1b[0m")
	f.Add("kuva\u202egpj.exe")
	f.Add("\x1b]0;otsikko\x1b\\H2")
	f.Fuzz(func(t *testing.T, name string) {
		got := CleanName(name)
		if strings.IndexFunc(got, func(r rune) bool { return unicode.IsControl(r) || bidiControl(r) }) >= 0 || CleanName(got) != got {
			t.Fatalf("CleanName(%q) = %q", name, got)
		}
	})
}

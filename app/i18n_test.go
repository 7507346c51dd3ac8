package app

import (
	"encoding/json"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"teema/assets"
	"teema/coding"
)

// TestFinnishCoversEveryString fails when a UI string has no Finnish
// translation, so a new label cannot slip into the Finnish UI in English.
func TestFinnishCoversEveryString(t *testing.T) {
	files, dir := assets.Translations()
	raw, err := files.ReadFile(dir + "/fi.json")
	if err != nil {
		t.Fatal(err)
	}
	fi := map[string]any{}
	if err := json.Unmarshal(raw, &fi); err != nil {
		t.Fatal(err)
	}
	// go-i18n refuses a whole file over one reserved key ("description", "other"...).
	if err := lang.AddTranslationsForLocale(raw, fyne.Locale("fi")); err != nil {
		t.Fatalf("Fyne cannot load fi.json: %v", err)
	}
	keys := map[string]bool{welcomeText: true}
	for _, s := range docSorts {
		keys[s] = true
	}
	for _, c := range []coding.Change{coding.CodeText{}, coding.Uncode{}, coding.SetExcerptMemo{}, coding.AddCode{},
		coding.DeleteCode{}, coding.UpdateCode{}, coding.MoveCode{}, coding.MergeCode{}, coding.SetAttribute{},
		coding.SetMemo{}, coding.EditText{}, coding.ApplyTemplate{}, coding.CodeAsNew{}} {
		keys[c.Label()] = true
	}
	call := regexp.MustCompile(`\b(?:T|TF|item)\("((?:[^"\\]|\\.)*)"`)
	sources, _ := filepath.Glob("*.go")
	for _, f := range sources {
		b, _ := os.ReadFile(f)
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			keys[m[1]] = true
		}
	}
	if len(keys) < 100 {
		t.Fatalf("found only %d strings; is the pattern right?", len(keys))
	}
	for k := range keys {
		if _, ok := fi[k]; !ok {
			t.Errorf("no Finnish for %q", k)
		}
	}
}

package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	keys := map[string]bool{welcomeText: true, welcomeDemo: true, welcomeOwn: true}
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

func TestWelcomeSaysWhatIsOpen(t *testing.T) {
	u, _ := newTestUI(t, nil)
	u.showWelcome()
	text := dialogText(u)
	if !strings.Contains(text, "Import transcripts") || strings.Contains(text, "demo study") {
		t.Errorf("welcome on the user's own project:\n%s", text)
	}
}

// dialogText is the text shown in the window's top dialog.
func dialogText(u *UI) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.RichText:
			b.WriteString(w.String())
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case fyne.Widget:
			r := test.WidgetRenderer(w)
			for _, c := range r.Objects() {
				walk(c)
			}
		}
	}
	overlays := u.win.Canvas().Overlays().List()
	if len(overlays) > 0 {
		walk(overlays[len(overlays)-1])
	}
	return b.String()
}

package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/assets"
)

// TestFyneLoadsItsFinnish loads the Finnish of Fyne's own words as Fyne
// does: go-i18n refuses a whole file over one reserved key ("description",
// "other"...).
func TestFyneLoadsItsFinnish(t *testing.T) {
	files, dir := assets.FyneTranslations()
	raw, err := files.ReadFile(dir + "/fi.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := lang.AddTranslationsForLocale(raw, fyne.Locale("fi")); err != nil {
		t.Fatalf("Fyne cannot load its Finnish: %v", err)
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

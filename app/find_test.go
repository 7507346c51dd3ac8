package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
)

// TestFindShowsTheHitInTheMiddle: each hit of Find is a row that says
// where it is (document · speaker) over the hit centred in its context, so
// the hit is never the part cut off at the panel's edge (issue 16).
func TestFindShowsTheHitInTheMiddle(t *testing.T) {
	long := "H5: " + strings.Repeat("Kerron ensin pitkästi taustasta ja organisaation historiasta. ", 4) +
		"Sitten tulee tärkein asia eli sähköpostilla tiedottaminen, ja " + strings.Repeat("sen jälkeen vielä paljon muuta puhetta. ", 4)
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": "Haastattelija: Kerro.\n\n" + long})
	u.win.Resize(fyne.NewSize(1280, 800))
	u.showFind()
	typeKeys(u.win.Canvas(), "sähköpostilla")
	pressKey(u.win.Canvas(), fyne.KeyReturn)
	if len(u.find.hits) != 1 {
		t.Fatalf("%d hits", len(u.find.hits))
	}
	var row *fyne.Container
	for _, o := range test.LaidOutObjects(u.find.list) {
		if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 2 && strings.Contains(labelText(c.Objects[0]), "Asiakas 5") {
			row = c
		}
	}
	if row == nil {
		t.Fatal("no row names the hit's document")
	}
	if got := labelText(row.Objects[0]); got != "Asiakas 5 · H5" {
		t.Errorf("the hit's row says %q, want the document · speaker", got)
	}
	var hit *canvas.Text
	for _, o := range test.LaidOutObjects(row) {
		if txt, ok := o.(*canvas.Text); ok && txt.Text == "sähköpostilla" && txt.Visible() {
			hit = txt
		}
	}
	if hit == nil {
		t.Fatal("the hit is not drawn in its row")
	}
	mid := hit.Position().X + hit.Size().Width/2
	if w := row.Size().Width; mid < w/2-5 || mid > w/2+5 {
		t.Errorf("the hit is centred at %g in a row %g wide", mid, w)
	}
	if h := row.Size().Height; h < 2*hit.Size().Height {
		t.Errorf("the row is %g px high: one line", h)
	}
}

// TestExcerptRowsShowTwoLines: an excerpt's row shows its source and two
// lines of its text, not one line cut at the panel's edge (issue 16).
func TestExcerptRowsShowTwoLines(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"a.txt": haastattelu})
	const words = "Yhteistyö sujuu hyvin. Asiakaskokemus on parantunut, kun järjestelmät uudistettiin."
	start, end, _ := coding.FindNth(u.s.Doc().Text, words, 1)
	u.reader.view.SetSelection(start, end)
	test.Tap(codeItemFor(t, u, "Yhteistyö/Päivittäinen yhteistyö"))
	test.Tap(codeItemFor(t, u, "Yhteistyö/Päivittäinen yhteistyö"))
	u.win.Resize(fyne.NewSize(1280, 800))
	u.side.SelectIndex(0)
	label := find(t, u.win, func(l *widget.Label) bool { return l.Text == words && l.Visible() })
	lines := 0
	for _, o := range test.LaidOutObjects(label) {
		if txt, ok := o.(*canvas.Text); ok && txt.Text != "" && txt.Visible() {
			lines++
		}
	}
	if lines < 2 {
		t.Errorf("the excerpt shows in %d line(s) in a panel %g px wide", lines, label.Size().Width)
	}
}

func labelText(o fyne.CanvasObject) string {
	if l, ok := o.(*widget.Label); ok {
		return l.Text
	}
	return ""
}

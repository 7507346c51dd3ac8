package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teema/coding"
	"teema/i18n"
)

// TestAdjustACodingByWords: a coding that starts and ends mid-word is
// mended from its highlight's popup, a word at a time, each step undoable
// (issue 16: excerpts began "öllistämisessä…" and ended "…minimi! E").
func TestAdjustACodingByWords(t *testing.T) {
	u, db := newTestUI(t, map[string]string{"a.txt": haastattelu})
	text := u.s.Doc().Text
	start, _, _ := coding.FindNth(text, "hteistyö sujuu hyvin", 1) // "Yhteistyö" cut
	_, end, _ := coding.FindNth(text, "Asiakaskokemus on p", 1)
	kanavat, _ := u.s.Book().Lookup("Tiedottaminen/Kanavat")
	u.s.CodeSelection(kanavat.ID, start, end)

	u.reader.view.OnSpansTapped(start+3, u.reader.view.SpansAt(start+3), fyne.NewPos(300, 300))
	test.Tap(button(t, u.win, i18n.T("Adjust")))
	test.Tap(button(t, u.win, i18n.T("← Start")))
	test.Tap(button(t, u.win, i18n.T("← End")))
	if es := excerpts(t, db); len(es) != 1 || es[0].Text != "Yhteistyö sujuu hyvin. Asiakaskokemus on" {
		t.Fatalf("after ← Start, ← End: %q", es[0].Text)
	}
	test.Tap(button(t, u.win, i18n.T("End →")))
	test.Tap(button(t, u.win, i18n.T("Start →")))
	if es := excerpts(t, db); es[0].Text != "sujuu hyvin. Asiakaskokemus on parantunut" {
		t.Fatalf("after End →, Start →: %q", es[0].Text)
	}
	if spans := u.reader.view.SpansAt(start); len(spans) != 0 {
		t.Error("the highlight did not follow the coding")
	}
	test.Tap(button(t, u.win, i18n.T("Done")))

	for range 4 {
		menuItem(t, u, i18n.T("Undo")).Action()
	}
	if es := excerpts(t, db); es[0].Start != start || es[0].End != end {
		t.Fatalf("four undos left %q", es[0].Text)
	}
}

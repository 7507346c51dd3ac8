package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"teema/i18n"
)

// TestWindowKeepsItsLayout: the window's size and its dividers' places
// are kept for the next run (issue 16).
func TestWindowKeepsItsLayout(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"a.txt": haastattelu})
	u.win.Resize(fyne.NewSize(1100, 700))
	u.leftSplit.SetOffset(0.6)
	u.mainSplit.SetOffset(0.3)
	u.quit()

	next := New(u.s.App(), "test")
	if got := next.win.Canvas().Size(); got != fyne.NewSize(1100, 700) {
		t.Errorf("the window opens at %v", got)
	}
	if next.leftSplit.Offset != 0.6 || next.mainSplit.Offset != 0.3 || next.rightSplit.Offset != u.rightSplit.Offset {
		t.Errorf("the dividers are at %g, %g, %g", next.leftSplit.Offset, next.mainSplit.Offset, next.rightSplit.Offset)
	}
}

// TestListsHaveRoom: at 1280×800 more than three documents and seven
// codes are in view (issue 16).
func TestListsHaveRoom(t *testing.T) {
	docs := map[string]string{}
	for i := 1; i <= 9; i++ {
		docs[fmt.Sprintf("Asiakas %d.txt", i)] = haastattelu + fmt.Sprintf(" Haastattelu %d.", i)
	}
	u, _ := newTestUI(t, docs)
	u.win.Resize(fyne.NewSize(1280, 800))
	// inView is how many rows fit in a list: its height over the height of
	// a row and the space between rows.
	inView := func(list fyne.CanvasObject, match func(fyne.CanvasObject) bool) int {
		for _, o := range test.LaidOutObjects(list) {
			if match(o) {
				return int(list.Size().Height / (o.Size().Height + theme.Padding()))
			}
		}
		return 0
	}
	if n := inView(u.docs.list, func(o fyne.CanvasObject) bool { _, ok := o.(*docRow); return ok }); n < 4 {
		t.Errorf("%d documents in view", n)
	}
	if n := inView(u.codes.tree, func(o fyne.CanvasObject) bool { _, ok := o.(*codeItem); return ok }); n < 8 {
		t.Errorf("%d codes in view", n)
	}
}

// TestNarrowWindowNamesTheShownTab: in an 800×500 window the side
// panel's header shows every tab, so it names the one shown; it used to
// read "Excerpts" over Find, the other tabs hidden behind "⋯" (issue 16).
func TestNarrowWindowNamesTheShownTab(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"a.txt": haastattelu})
	u.win.Resize(fyne.NewSize(800, 500))
	u.showFind()
	for _, title := range []string{i18n.T("Excerpts"), i18n.T("Memos"), i18n.T("Find")} {
		shown := false
		for _, o := range test.LaidOutObjects(u.side) {
			if txt, ok := o.(*canvas.Text); ok && txt.Text == title && txt.Visible() {
				shown = true
			}
		}
		if !shown {
			t.Errorf("the tab header does not show %q", title)
		}
	}
}

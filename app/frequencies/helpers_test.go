package frequencies

import (
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/study"
)

const asiakas = "Haastattelija: Miten asiakaskokemus näkyy? Asiakaskokemus asiakaskokemus.\n\n" +
	"H1: Asiakaskokemus on meille tärkeä. Asiakaskokemuksen parantaminen vie aikaa, " +
	"ja asiakaskokemukset vaihtelevat. Palaute kertoo asiakaskokemuksesta."

const toka = "H2: Palvelut toimivat. Palvelu on nopeaa ja palvelut pelaavat."

// open opens the window as the main window's menu does.
func open(t *testing.T, h *kittest.Host) *Window {
	t.Helper()
	var slot kit.Slot[*Window]
	w := slot.Open(h, New)
	t.Cleanup(w.win.Close)
	return w
}

// openStems opens the window on the docs, counting stems, so the test
// does not depend on Voikko.
func openStems(t *testing.T, docs map[string]string) (*kittest.Host, *Window) {
	t.Helper()
	h, _ := kittest.New(t, docs)
	w := open(t, h)
	w.wordForms.SetSelected(kit.FormsLabel(study.FormsStem))
	if len(w.words.words) == 0 {
		t.Fatalf("no words counted: %q", w.note.Text)
	}
	return h, w
}

// cellText is the text a table draws in a cell.
func cellText(tb *widget.Table, row, col int) string {
	l := tb.CreateCell().(*widget.Label)
	tb.UpdateCell(widget.TableCellID{Row: row, Col: col}, l)
	return l.Text
}

// rowOf is the table row of a word, or -1.
func rowOf(w *Window, word string) int {
	for i, wd := range w.words.rows {
		if wd.Word == word {
			return i
		}
	}
	return -1
}

package intercoder

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/kit/kittest"
	"teema/i18n"
)

const teamText = "abcdefghijklmnopqrst"

// labelCell is the text the table draws in a cell of labels.
func labelCell(tb *widget.Table, row, col int) string {
	l := tb.CreateCell().(*widget.Label)
	tb.UpdateCell(widget.TableCellID{Row: row, Col: col}, l)
	return l.Text
}

// Two coders' codings of X overlap by half: 50 %, kappa 0 and alpha
// 0.025, worked by hand in coding/agreement. Tapping a disagreement asks
// the main window to select its text in the transcript.
func TestAgreementWindow(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"h1.txt": "Toinen haastattelu.", "h2.txt": teamText})
	h.CodeAs(t, "h2", "X", 0, 10, "liisa")
	h.CodeAs(t, "h2", "X", 5, 15, "matti")
	h.S.Reload()

	var slot kit.Slot[*Window]
	w := slot.Open(h, New)
	t.Cleanup(w.win.Close)
	if w.coderA.Selected != "liisa" || w.coderB.Selected != "matti" {
		t.Fatalf("coders chosen: %q and %q", w.coderA.Selected, w.coderB.Selected)
	}
	// The cells as the table draws them: code, agreement, kappa, alpha.
	for row, want := range [][]string{{"X", "50.0 %", "0.000", "0.025"}, {"All codes", "50.0 %", "0.000", "0.025"}} {
		for col, text := range want {
			if got := labelCell(w.table, row, col); got != text {
				t.Errorf("row %d column %d shows %q, want %q", row, col, got, text)
			}
		}
	}
	if rows, _ := w.figures.Length(); rows != 2 {
		t.Fatalf("%d rows, want X and all codes", rows)
	}
	if len(w.report.Disagreements) != 2 || !strings.Contains(w.note.Text, "2 disagreements") {
		t.Fatalf("disagreements %+v; note %q", w.report.Disagreements, w.note.Text)
	}

	w.list.Select(1) // matti's "klmno"
	want := kittest.Passage{DocID: h.DocID(t, "h2"), Start: 10, End: 15, Selected: true}
	if len(h.Passages) != 1 || h.Passages[0] != want {
		t.Fatalf("asked to show %+v, want %+v", h.Passages, want)
	}

	w.coderB.SetSelected("liisa")
	if rows, _ := w.figures.Length(); w.report != nil || rows != 0 || w.disagreements.Length() != 0 {
		t.Fatal("figures shown for one coder compared with herself")
	}
}

// TestAgreementFollowsTheCodings compares again when a coding changes, and
// only then; a chosen code narrows the comparison.
func TestAgreementFollowsTheCodings(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"h2.txt": teamText})
	h.CodeAs(t, "h2", "X", 0, 10, "liisa")
	h.CodeAs(t, "h2", "X", 5, 15, "matti")
	h.CodeAs(t, "h2", "Y", 0, 20, "matti")
	h.S.Reload()
	var slot kit.Slot[*Window]
	w := slot.Open(h, New)
	t.Cleanup(w.win.Close)
	if len(w.report.Codes) != 2 {
		t.Fatalf("compared %d codes, want X and Y", len(w.report.Codes))
	}
	shown := w.report
	h.S.Reload() // nothing changed
	if w.report != shown {
		t.Error("compared again though no coding changed")
	}
	x, _ := h.S.Book().Lookup("X")
	w.setCodes([]int64{x.ID})
	if len(w.report.Codes) != 1 || w.codesButton.Text != i18n.TF("Codes: {{.N}}", map[string]any{"N": 1}) {
		t.Fatalf("compared %d codes, want X only", len(w.report.Codes))
	}
	h.CodeAs(t, "h2", "X", 15, 20, "liisa")
	h.S.Reload()
	if w.report == nil || w.report.Overall == shown.Overall {
		t.Error("a new coding was not compared")
	}
}

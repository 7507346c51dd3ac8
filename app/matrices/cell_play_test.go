package matrices

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit/kittest"
	"teema/coding"
	"teema/i18n"
)

// TestCellPlaysAnExcerpt: an excerpt whose interview has a recording
// offers Play, which asks the main window to play it; one without a
// recording does not.
func TestCellPlaysAnExcerpt(t *testing.T) {
	h, _ := kittest.New(t, map[string]string{"Asiakas 5.txt": haastattelu, "Asiakas 6.txt": toinen})
	m := openMatrices(t, h, "Tiedottaminen")
	h.CodeText(t, "Asiakas 5", "Tiedotteet tulevat sähköpostilla.", "Tiedottaminen/Kanavat")
	m.matrix.table.Select(widget.TableCellID{Row: 0, Col: columnOf(t, m, "Kanavat")})
	if playButtons(m) != 0 {
		t.Fatal("Play is offered for an interview without a recording")
	}
	rec := &coding.Recording{Path: "/nowhere/asiakas5.wav", Print: "1:00", Seconds: 60}
	h.S.Do(coding.SetRecording{DocID: h.DocID(t, "Asiakas 5"), Recording: rec})
	if playButtons(m) != 1 {
		t.Fatal("no Play for an excerpt of a recorded interview")
	}
	test.Tap(kittest.Button(t, m.win, i18n.T("Play")))
	e := m.matrix.cells.data.Cells[0][columnOf(t, m, "Kanavat")].Excerpts[0]
	want := kittest.Passage{DocID: h.DocID(t, "Asiakas 5"), Start: e.Start, End: e.End}
	if len(h.Played) != 1 || h.Played[0] != want {
		t.Fatalf("Play asked for %+v, want %+v", h.Played, want)
	}
}

func playButtons(m *Window) int {
	n := 0
	for _, o := range kittest.Objects(m.win) {
		if b, ok := o.(*widget.Button); ok && b.Text == i18n.T("Play") && b.Visible() {
			n++
		}
	}
	return n
}

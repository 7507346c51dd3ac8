package frequencies

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit/kittest"
	"teema/coding/wordfreq"
)

func TestWordfreqConcordance(t *testing.T) {
	h, w := openStems(t, map[string]string{"eka.txt": asiakas})
	w.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if len(w.lines.lines) != 4 {
		t.Fatalf("%d concordance lines, want 4: %+v", len(w.lines.lines), w.lines.lines)
	}
	l := w.lines.lines[1]
	if l.Token != "Asiakaskokemuksen" || !strings.HasSuffix(l.Left, "tärkeä. ") || !strings.HasPrefix(l.Right, " parantaminen") {
		t.Errorf("line %+v", l)
	}
	w.context.Select(1)
	want := kittest.Passage{DocID: h.DocID(t, "eka"), Start: l.Start, End: l.End}
	if len(h.Passages) != 1 || h.Passages[0] != want {
		t.Fatalf("asked to show %+v, want %+v", h.Passages, want)
	}
	d, err := h.S.Project().Document(want.DocID)
	if err != nil {
		t.Fatal(err)
	}
	if got := string([]rune(d.Text)[l.Start:l.End]); got != "Asiakaskokemuksen" {
		t.Errorf("the line points at %q", got)
	}
}

func TestTappingACloudWordShowsItInContext(t *testing.T) {
	_, w := openStems(t, map[string]string{"eka.txt": asiakas})
	w.tabs.Select(w.tabCloud)
	w.win.Resize(fyne.NewSize(900, 700))
	placed, _ := w.cloud.Placed()
	if len(placed) != min(len(w.words.words), cloudWords) {
		t.Fatalf("%d words in the cloud, %d counted", len(placed), len(w.words.words))
	}
	p := placed[0]
	test.TapAt(w.cloud, fyne.NewPos(p.X+p.W/2, p.Y+p.H/2))
	if w.tabs.Selected() != w.tabTable || len(w.lines.lines) != w.words.words[0].Count {
		t.Errorf("tab %q, %d lines for %q", w.tabs.Selected().Text, len(w.lines.lines), p.Text)
	}
}

func TestTappingABarShowsTheWordInContext(t *testing.T) {
	_, w := openStems(t, map[string]string{"eka.txt": asiakas})
	w.tabs.Select(w.tabChart)
	if len(w.chart.Objects) != min(len(w.words.words), chartWords) {
		t.Errorf("%d bars for %d words", len(w.chart.Objects), len(w.words.words))
	}
	row := w.chart.Objects[0].(*fyne.Container)
	test.Tap(row.Objects[0].(*widget.Button))
	if w.tabs.Selected() != w.tabTable || len(w.lines.lines) == 0 {
		t.Errorf("tab %q, %d lines", w.tabs.Selected().Text, len(w.lines.lines))
	}
}

func TestWordTableSortsByTheTappedColumn(t *testing.T) {
	_, w := openStems(t, map[string]string{"eka.txt": asiakas})
	head := w.table.CreateHeader().(*widget.Button)
	w.table.UpdateHeader(widget.TableCellID{Row: -1, Col: colWord}, head)
	test.Tap(head)
	if !slices.IsSortedFunc(w.words.rows, func(a, b wordfreq.Word) int { return strings.Compare(a.Word, b.Word) }) {
		t.Fatalf("not A to Z after tapping Word: %v", w.words.rows)
	}
	w.table.UpdateHeader(widget.TableCellID{Row: -1, Col: colWord}, head)
	if !strings.HasSuffix(head.Text, "▲") {
		t.Errorf("head %q does not show the order", head.Text)
	}
	test.Tap(head)
	if w.words.rows[0].Word < w.words.rows[len(w.words.rows)-1].Word {
		t.Error("a second tap did not reverse the order")
	}
	// The table's order is the table's: the cloud and chart keep the counts'.
	if w.words.words[0].Count < w.words.words[len(w.words.words)-1].Count {
		t.Error("sorting the table reordered the counted words")
	}
	w.table.Select(widget.TableCellID{Row: 0})
	if !strings.Contains(w.concTitle.Text, w.words.rows[0].Word) {
		t.Errorf("row 0 is %q, the concordance shows %q", w.words.rows[0].Word, w.concTitle.Text)
	}
}

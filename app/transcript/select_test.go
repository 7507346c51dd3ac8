package transcript

import (
	"testing"

	"fyne.io/fyne/v2"

	"teema/coding"
)

func TestSelectionOrdered(t *testing.T) {
	tests := []struct {
		sel        selection
		start, end int
	}{
		{selection{anchor: 3, caret: 9}, 3, 9},
		{selection{anchor: 9, caret: 3}, 3, 9},
		{selection{anchor: 4, caret: 4}, 4, 4},
	}
	for _, tt := range tests {
		if s, e := tt.sel.ordered(); s != tt.start || e != tt.end {
			t.Errorf("%+v.ordered() = %d, %d; want %d, %d", tt.sel, s, e, tt.start, tt.end)
		}
	}
}

func TestWordAt(t *testing.T) {
	const text = "H3: Työ-elämä on ”ihan” kova – ei’kä 2024 loppu-"
	tests := []struct {
		name string
		at   int
		want string
	}{
		{"label", 0, "H3"},
		{"hyphenated compound", 6, "Työ-elämä"},
		{"inside quotes", 20, "ihan"},
		{"apostrophe inside", 34, "ei’kä"},
		{"number", 38, "2024"},
		{"trailing hyphen is not part", 45, "loppu"},
		{"space", 3, ""},
		{"dash", 29, ""},
		{"past the end", 99, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := wordAt(text, tt.at)
			if got := coding.Slice(text, s, e); got != tt.want {
				t.Errorf("wordAt(%d) = %q, want %q", tt.at, got, tt.want)
			}
		})
	}
}

func TestMoveCaretSkipsParagraphBreak(t *testing.T) {
	v, _ := newTestView(t, fyne.NewSize(500, 400))
	end0 := v.paras[0].n
	v.SetSelection(end0, end0)
	if got := v.moveCaret(fyne.KeyRight); got != v.paras[1].start {
		t.Errorf("right from the end of a paragraph goes to %d, want %d", got, v.paras[1].start)
	}
	v.SetSelection(v.paras[1].start, v.paras[1].start)
	if got := v.moveCaret(fyne.KeyLeft); got != end0 {
		t.Errorf("left from the start of a paragraph goes to %d, want %d", got, end0)
	}
	v.SetSelection(0, 0)
	if got := v.moveCaret(fyne.KeyUp); got != 0 {
		t.Errorf("up from the first line goes to %d", got)
	}
}

package coding

import (
	"testing"
	"time"
)

var timeZero = time.Time{}

func TestShiftExcerpts(t *testing.T) {
	text := "H1: Asiakaskokmus on hyvä. Järjestelmä toimii."
	doc := NewDocument("d", text, "txt", "d.txt", timeZero)
	mk := func(word string) Excerpt {
		s, e, _ := FindNth(text, word, 1)
		return cut(t, doc, s, e)
	}
	tests := []struct {
		name     string
		excerpt  string
		edit     Edit
		wantText string // "" means lost
	}{
		{"typo inside", "Asiakaskokmus on hyvä", Edit{Start: 14, End: 14, Insert: "e"}, "Asiakaskokemus on hyvä"},
		{"edit before shifts", "Järjestelmä", Edit{Start: 12, End: 12, Insert: "e"}, "Järjestelmä"},
		{"edit after stays", "Asiakaskokmus", Edit{Start: 27, End: 38, Insert: "Systeemi"}, "Asiakaskokmus"},
		{"insert at start stays outside", "Järjestelmä", Edit{Start: 27, End: 27, Insert: "Uusi "}, "Järjestelmä"},
		{"insert at end stays outside", "Järjestelmä", Edit{Start: 38, End: 38, Insert: "t"}, "Järjestelmä"},
		{"deleted entirely is lost", "hyvä", Edit{Start: 20, End: 26, Insert: ""}, ""},
		{"replaced entirely is lost", "hyvä", Edit{Start: 20, End: 26, Insert: "kiva!"}, ""},
		{"overlap at end trims", "on hyvä", Edit{Start: 23, End: 26, Insert: ""}, "on hy"},
		{"overlap at start trims", "on hyvä", Edit{Start: 17, End: 19, Insert: "X"}, "n hyvä"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mk(tt.excerpt)
			if ex.Text != tt.excerpt {
				t.Fatalf("fixture: %q", ex.Text)
			}
			newText, err := tt.edit.Apply(text)
			if err != nil {
				t.Fatal(err)
			}
			kept, lost := ShiftExcerpts([]Excerpt{ex}, tt.edit, newText)
			if tt.wantText == "" {
				if len(lost) != 1 || len(kept) != 0 {
					t.Fatalf("kept %+v lost %+v", kept, lost)
				}
				return
			}
			if len(kept) != 1 || kept[0].Text != tt.wantText || kept[0].Drifted(newText) {
				t.Fatalf("kept %+v lost %+v", kept, lost)
			}
		})
	}
}

func TestEditApplyRefusesLayoutChanges(t *testing.T) {
	text := "H1: yksi.\n\nH2: kaksi."
	for _, ed := range []Edit{
		{Start: 9, End: 9, Insert: "\n\n"},
		{Start: 9, End: 9, Insert: " "},
		{Start: 0, End: 21, Insert: ""},
		{Start: 5, End: 99, Insert: "x"},
		{Start: 5, End: 4, Insert: "x"},
	} {
		if _, err := ed.Apply(text); err == nil {
			t.Errorf("edit %+v accepted", ed)
		}
	}
	if got, err := (Edit{Start: 4, End: 8, Insert: "kolme"}).Apply(text); err != nil || got != "H1: kolme.\n\nH2: kaksi." {
		t.Errorf("%q %v", got, err)
	}
}

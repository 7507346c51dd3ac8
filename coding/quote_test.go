package coding

import (
	"testing"
	"time"
)

func TestQuote(t *testing.T) {
	doc := NewDocument("Asiakas 3", "Johdanto ilman puhujaa.\n\nH5: Yhteistyö   sujuu\nhyvin.", "txt", "", time.Time{})
	doc.ID = 1
	whole := cut(t, doc, 25, 53)
	intro := cut(t, doc, 0, 8)
	tests := []struct {
		e    Excerpt
		max  int
		want string
	}{
		{whole, 0, "“Yhteistyö sujuu hyvin.” (H5)"},
		{whole, 10, "“Yhteistyö…” (H5)"},
		{intro, 0, "“Johdanto” (Asiakas 3)"},
	}
	for _, tt := range tests {
		if got := Quote(doc, tt.e, tt.max); got != tt.want {
			t.Errorf("Quote = %q, want %q", got, tt.want)
		}
	}
}

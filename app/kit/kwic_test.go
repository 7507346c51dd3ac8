package kit

import "testing"

// width measures every character as 1.
func width(s string) float32 { return float32(len([]rune(s))) }

func TestFitCutsContextAwayFromTheHit(t *testing.T) {
	for _, c := range []struct {
		s          string
		w          float32
		head, tail string
	}{
		{"että työ oli", 20, "että työ oli", "että työ oli"},
		{"että työ oli", 6, "että …", "…ö oli"},
		{"äö", 1, "", ""},
	} {
		if got := FitHead(c.s, c.w, width); got != c.head {
			t.Errorf("FitHead(%q, %g) = %q, want %q", c.s, c.w, got, c.head)
		}
		if got := FitTail(c.s, c.w, width); got != c.tail {
			t.Errorf("FitTail(%q, %g) = %q, want %q", c.s, c.w, got, c.tail)
		}
	}
}

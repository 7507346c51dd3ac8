package importer

import "testing"

func TestMarkerAt(t *testing.T) {
	line := "[01:02:03] H1: hyvin (12:30) meni #00:00:04-5#"
	for _, tc := range []struct {
		col  int
		want float64
		ok   bool
	}{
		{0, 3723, true}, {5, 3723, true}, {10, 3723, true}, {11, 0, false},
		{22, 750, true}, {31, 0, false}, {40, 4.5, true}, {99, 4.5, true},
	} {
		if got, ok := MarkerAt(line, tc.col); got != tc.want || ok != tc.ok {
			t.Errorf("MarkerAt(col %d) = %v %v, want %v %v", tc.col, got, ok, tc.want, tc.ok)
		}
	}
}

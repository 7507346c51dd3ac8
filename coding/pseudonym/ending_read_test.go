package pseudonym

import "testing"

// TestEndingInflection reads the endings a name keeps unchanged, after a
// colon or right after it.
func TestEndingInflection(t *testing.T) {
	for _, tc := range []struct{ stem, ending, cas, number string }{
		{"Kati", "", "nimento", "singular"},
		{"Kati", "n", "omanto", "singular"},
		{"Kati", "a", "osanto", "singular"},
		{"Kati", "ssa", "sisaolento", "singular"},
		{"Kati", "stä", "sisaeronto", "singular"},
		{"Kati", "in", "sisatulento", "singular"},
		{"Calpro", "on", "sisatulento", "singular"},
		{"EU", "hun", "sisatulento", "singular"},
		{"H2", "een", "sisatulento", "singular"},
		{"Kati", "llä", "ulkoolento", "singular"},
		{"Kati", "ltä", "ulkoeronto", "singular"},
		{"Kati", "lle", "ulkotulento", "singular"},
		{"Kati", "nä", "olento", "singular"},
		{"Kati", "ksi", "tulento", "singular"},
		{"Kati", "ttä", "vajanto", "singular"},
		{"Kati", "t", "nimento", "plural"},
		{"Verhoef", "in", "omanto", "singular"},
		{"Verhoef", "ia", "osanto", "singular"},
		{"Verhoef", "ille", "ulkotulento", "singular"},
		{"Verhoef", "iin", "sisatulento", "singular"},
	} {
		in, ok := endingInflection(tc.stem, tc.ending)
		if !ok || in.cas != tc.cas || in.number != tc.number {
			t.Errorf("%s + %s: %+v %v, want %s %s", tc.stem, tc.ending, in, ok, tc.cas, tc.number)
		}
	}
	for _, tc := range [][2]string{{"Kati", "kka"}, {"Kati", "ille"}, {"Kati", "xyz"}, {"Calpro", "in"}} {
		if in, ok := endingInflection(tc[0], tc[1]); ok {
			t.Errorf("%s + %s read as %+v", tc[0], tc[1], in)
		}
	}
}

// TestSplitEnding finds the base an unknown form is of.
func TestSplitEnding(t *testing.T) {
	bases := map[string]bool{"Calpro": true, "Cal": true}
	isBase := func(s string) bool { return bases[s] }
	if base, in, ok := splitEnding("Calprolla", isBase); !ok || base != "Calpro" || in.cas != "ulkoolento" {
		t.Errorf("Calprolla: %s %+v %v", base, in, ok)
	}
	if _, _, ok := splitEnding("Calprotta", isBase); !ok {
		t.Error("Calprotta not read")
	}
	if base, _, ok := splitEnding("Calendar", isBase); ok {
		t.Errorf("Calendar read as a form of %s", base)
	}
}

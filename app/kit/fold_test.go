package kit

import "testing"

func TestMatchesIgnoresAccentsAndCase(t *testing.T) {
	for _, c := range []struct {
		text, query string
		want        bool
	}{
		{"Tekoäly ja analytiikka", "tekoaly", true},
		{"Tekoäly", "TEKOÄLY", true},
		{"Yhteistyö/Tapaamiset", "yhteistyo/tap", true},
		{"Lisäarvo", "arvot", false},
		{"anything", "  ", true},
	} {
		if got := Matches(c.text, c.query); got != c.want {
			t.Errorf("Matches(%q, %q) = %v", c.text, c.query, got)
		}
	}
}

package voikko

import (
	"slices"
	"testing"
)

func TestParseWordBases(t *testing.T) {
	for in, want := range map[string][]string{
		"+asiakas(asiakas)+kokemus(kokemus)":       {"asiakas", "kokemus"},
		"+kanta(kanta)+-+asiakas(asiakas)":         {"kanta", "asiakas"},
		"+asiakas(asiakas)+palvel(palvella)+u(+u)": {"asiakas", "palvelu"},
		"+palvel(palvella)+u(+u)+keskus(keskus)":   {"palvelu", "keskus"},
		"+yhteis+työ(työ)":                         {"yhteis", "työ"},
		"+teksti(teksti)+analytiikka(analytiikka)": {"teksti", "analytiikka"},
		"+Kela(Kela)+-+korvaus(korvaus)":           {"kela", "korvaus"},
		"+asiakas(asiakas)":                        nil, // no compound
		"+asiakku(asiakas)+us(+us)":                nil, // a derivation, one part
		"":                                         nil,
		"+a(b":                                     nil,
		"+(":                                       nil,
	} {
		if got := ParseWordBases(in); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

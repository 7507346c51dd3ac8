//go:build darwin || freebsd || linux || netbsd

package voikko

import (
	"slices"
	"testing"
)

func TestVoikkoParts(t *testing.T) {
	v := openVoikko(t)
	for word, want := range map[string][]string{
		"asiakaskokemuksen": {"asiakas", "kokemus"},
		"kanta-asiakkaalle": {"kanta", "asiakas"},
		"tekstianalytiikka": {"teksti", "analytiikka"},
		"asiakkaiden":       nil,
		"niinku":            nil,
	} {
		if got := v.Parts(word); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", word, got, want)
		}
	}
}

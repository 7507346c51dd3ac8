package pseudonym

import (
	"fmt"
	"testing"
)

// The cases in Voikko's names, in the order of the table below.
var cases = []string{"nimento", "omanto", "osanto", "sisaolento", "sisaeronto", "sisatulento",
	"ulkoolento", "ulkoeronto", "ulkotulento", "olento", "tulento", "vajanto", "seuranto", "keinonto"}

// TestInflectEveryCase is the table of endings: each replacement in every
// case, singular and plural, as it is read aloud.
func TestInflectEveryCase(t *testing.T) {
	for _, tc := range []struct {
		replacement      string
		singular, plural []string // in the order of cases
	}{
		{"H2", // "hoo kaksi": kahta, kahteen, back vowels
			[]string{"H2", "H2:n", "H2:ta", "H2:ssa", "H2:sta", "H2:een", "H2:lla", "H2:lta", "H2:lle", "H2:na", "H2:ksi", "H2:tta", "H2:ineen", "H2:n"},
			[]string{"H2:t", "H2:iden", "H2:ita", "H2:issa", "H2:ista", "H2:ihin", "H2:illa", "H2:ilta", "H2:ille", "H2:ina", "H2:iksi", "H2:itta", "H2:ineen", "H2:in"}},
		{"H1", // "yksi": yhtä, yhteen, front vowels
			[]string{"H1", "H1:n", "H1:tä", "H1:ssä", "H1:stä", "H1:een", "H1:llä", "H1:ltä", "H1:lle", "H1:nä", "H1:ksi", "H1:ttä", "H1:ineen", "H1:n"},
			[]string{"H1:t", "H1:iden", "H1:itä", "H1:issä", "H1:istä", "H1:ihin", "H1:illä", "H1:iltä", "H1:ille", "H1:inä", "H1:iksi", "H1:ittä", "H1:ineen", "H1:in"}},
		{"[kaupunki]", // a placeholder takes its endings with no colon
			[]string{"[kaupunki]", "[kaupunki]n", "[kaupunki]a", "[kaupunki]ssa", "[kaupunki]sta", "[kaupunki]in", "[kaupunki]lla", "[kaupunki]lta", "[kaupunki]lle", "[kaupunki]na", "[kaupunki]ksi", "[kaupunki]tta", "[kaupunki]ineen", "[kaupunki]n"},
			[]string{"[kaupunki]t", "[kaupunki]iden", "[kaupunki]ita", "[kaupunki]issa", "[kaupunki]ista", "[kaupunki]ihin", "[kaupunki]illa", "[kaupunki]ilta", "[kaupunki]ille", "[kaupunki]ina", "[kaupunki]iksi", "[kaupunki]itta", "[kaupunki]ineen", "[kaupunki]in"}},
		{"[henkilö]",
			[]string{"[henkilö]", "[henkilö]n", "[henkilö]ä", "[henkilö]ssä", "[henkilö]stä", "[henkilö]ön", "[henkilö]llä", "[henkilö]ltä", "[henkilö]lle", "[henkilö]nä", "[henkilö]ksi", "[henkilö]ttä", "[henkilö]ineen", "[henkilö]n"},
			[]string{"[henkilö]t", "[henkilö]iden", "[henkilö]itä", "[henkilö]issä", "[henkilö]istä", "[henkilö]ihin", "[henkilö]illä", "[henkilö]iltä", "[henkilö]ille", "[henkilö]inä", "[henkilö]iksi", "[henkilö]ittä", "[henkilö]ineen", "[henkilö]in"}},
	} {
		for i, cas := range cases {
			for n, want := range map[string]string{"singular": tc.singular[i], "plural": tc.plural[i]} {
				if got := inflect(tc.replacement, inflection{cas: cas, number: n}); got != want {
					t.Errorf("%s, %s %s: %q, want %q", tc.replacement, cas, n, got, want)
				}
			}
		}
	}
}

// TestInflectByVoice: the genitive, partitive and illative singular
// follow how the replacement ends when read aloud, and so does the
// harmony of every other ending.
func TestInflectByVoice(t *testing.T) {
	for _, tc := range []struct {
		replacement                             string
		genitive, partitive, illative, inessive string
	}{
		{"H3", "H3:n", "H3:a", "H3:een", "H3:ssa"},                 // kolmea, kolmeen
		{"H4", "H4:n", "H4:ää", "H4:ään", "H4:ssä"},                // neljää, neljään
		{"H5", "H5:n", "H5:tä", "H5:een", "H5:ssä"},                // viittä, viiteen
		{"H6", "H6:n", "H6:ta", "H6:een", "H6:ssa"},                // kuutta, kuuteen
		{"H7", "H7:n", "H7:ää", "H7:ään", "H7:ssä"},                // seitsemää, seitsemään
		{"H8", "H8:n", "H8:aa", "H8:aan", "H8:ssa"},                // kahdeksaa, kahdeksaan
		{"H9", "H9:n", "H9:ää", "H9:ään", "H9:ssä"},                // yhdeksää, yhdeksään
		{"H10", "H10:n", "H10:tä", "H10:een", "H10:ssä"},           // kymmentä, kymmeneen
		{"H12", "H12:n", "H12:ta", "H12:een", "H12:ssa"},           // kaksitoista
		{"H20", "H20:n", "H20:tä", "H20:een", "H20:ssä"},           // kaksikymmentä
		{"H100", "H100:n", "H100:aa", "H100:aan", "H100:ssa"},      // sata
		{"H300", "H300:n", "H300:aa", "H300:aan", "H300:ssa"},      // kolmesataa
		{"H1000", "H1000:n", "H1000:ta", "H1000:een", "H1000:ssa"}, // tuhat
		{"H0", "H0:n", "H0:aa", "H0:aan", "H0:ssa"},                // nolla
		{"H07", "H07:n", "H07:ää", "H07:ään", "H07:ssä"},           // nolla seitsemän
		{"H", "H:n", "H:ta", "H:hon", "H:ssa"},                     // hoo
		{"EU", "EU:n", "EU:ta", "EU:hun", "EU:ssa"},                // ee-uu
		{"X", "X:n", "X:ää", "X:ään", "X:ssä"},                     // äks
		{"Z", "Z:n", "Z:tiä", "Z:tiin", "Z:ssä"},                   // tset
		{"HY", "HY:n", "HY:tä", "HY:hyn", "HY:ssä"},                // hoo-yy
		{"[paikka]", "[paikka]n", "[paikka]a", "[paikka]an", "[paikka]ssa"},
		{"[organisaatio]", "[organisaatio]n", "[organisaatio]ta", "[organisaatio]on", "[organisaatio]ssa"},
		{"[yritys]", "[yritys]en", "[yritys]tä", "[yritys]een", "[yritys]ssä"},
		{"[maa]", "[maa]n", "[maa]ta", "[maa]han", "[maa]ssa"},
		{"[työ]", "[työ]n", "[työ]tä", "[työ]hön", "[työ]ssä"},
		{"[Nokia]", "[Nokia]n", "[Nokia]a", "[Nokia]an", "[Nokia]ssa"},
		{"[nimi]", "[nimi]n", "[nimi]ä", "[nimi]in", "[nimi]ssä"},
		{"(kunta)", "(kunta)n", "(kunta)a", "(kunta)an", "(kunta)ssa"},
		{"[iso kaupunki]", "[iso kaupunki]n", "[iso kaupunki]a", "[iso kaupunki]in", "[iso kaupunki]ssa"},
		{"Matti", "Matti:n", "Matti:a", "Matti:in", "Matti:ssa"},
		{"Henkilö B", "Henkilö B:n", "Henkilö B:tä", "Henkilö B:hen", "Henkilö B:ssä"},
	} {
		got := []string{}
		for _, cas := range []string{"omanto", "osanto", "sisatulento", "sisaolento"} {
			got = append(got, inflect(tc.replacement, inflection{cas: cas, number: "singular"}))
		}
		want := []string{tc.genitive, tc.partitive, tc.illative, tc.inessive}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: %q, want %q", tc.replacement, got, want)
		}
	}
}

// TestInflectSuffixes keeps what follows the case ending: a possessive
// suffix, -ko/-kö and -kin/-kaan, in the replacement's harmony.
func TestInflectSuffixes(t *testing.T) {
	for _, tc := range []struct {
		replacement string
		in          inflection
		want        string
	}{
		{"H2", inflection{cas: "ulkotulento", number: "singular", focus: "kin"}, "H2:llekin"},                // Katillekin
		{"H1", inflection{cas: "nimento", number: "singular", focus: "kaan"}, "H1:kään"},                     // Katikaan
		{"H2", inflection{cas: "nimento", number: "singular", focus: "kaan"}, "H2:kaan"},                     // Onnikaan
		{"[kaupunki]", inflection{cas: "sisaolento", number: "singular", question: true}, "[kaupunki]ssako"}, // Espoossako
		{"H1", inflection{cas: "ulkoolento", number: "singular", question: true}, "H1:lläkö"},
		{"[kaupunki]", inflection{cas: "sisaolento", number: "singular", possessive: "1s"}, "[kaupunki]ssani"}, // Espoossani
		{"H2", inflection{cas: "nimento", number: "singular", possessive: "3"}, "H2:nsa"},
		{"H1", inflection{cas: "nimento", number: "singular", possessive: "3"}, "H1:nsä"},
		{"H2", inflection{cas: "osanto", number: "singular", possessive: "1p", focus: "kin"}, "H2:tammekin"},
		{"H2", inflection{}, "H2"}, // a case Voikko did not say
	} {
		if got := inflect(tc.replacement, tc.in); got != tc.want {
			t.Errorf("%s %+v: %q, want %q", tc.replacement, tc.in, got, tc.want)
		}
	}
}

// TestLastNumberWord reads numbers as Finnish does, for their endings.
func TestLastNumberWord(t *testing.T) {
	for digits, want := range map[string]string{"0": "nolla", "1": "yksi", "9": "yhdeksän", "10": "kymmenen",
		"11": "toista", "19": "toista", "21": "yksi", "40": "kymmentä", "100": "sata", "110": "kymmenen",
		"115": "toista", "200": "sataa", "1000": "tuhat", "2000": "tuhatta", "1100": "sata", "05": "viisi",
		"99999999999999999999999": "yhdeksän"} {
		if got := lastNumberWord(digits); got != want {
			t.Errorf("%s: %q, want %q", digits, got, want)
		}
	}
}

// TestHarmoniseAffix gives a derivational ending the replacement's harmony.
func TestHarmoniseAffix(t *testing.T) {
	if got := harmonise("läisille", false); got != "laisille" {
		t.Errorf("back: %q", got)
	}
	if got := harmonise("laiset", true); got != "läiset" {
		t.Errorf("front: %q", got)
	}
}

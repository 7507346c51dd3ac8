package wordfreq

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLeftOutByTheCountedWord: the shortest-word setting and the stop
// words apply to the word the table shows, so a word's count is the sum
// of its forms, whichever forms it has.
func TestLeftOutByTheCountedWord(t *testing.T) {
	text := "Se on hyvä. Hän oli siellä, ja on yhä. Olen samaa mieltä kuin hän."
	fake := mapReducer{"on": "olla", "oli": "olla", "olen": "olla", "kuin": "kuu", "hän": "hän", "se": "se"}
	for _, c := range []struct {
		forms Forms
		word  string
		count int
		in    []string // the forms listed with it
	}{
		{Raw(), "on", 0, nil},   // two letters as written
		{Stems(), "on", 0, nil}, // and as its stem
		{Lemmas(fake), "olla", 4, []string{"on", "oli", "olen"}}, // a form of a longer word
	} {
		w := words(Count([]Text{{Text: text}}, Options{Forms: c.forms, MinLen: 3}))
		if got := w[c.word]; got.Count != c.count || !sameSet(got.Forms, c.in) {
			t.Errorf("%s, shortest word 3: %q counted %d times as %v; want %d as %v", c.forms.Name(), c.word, got.Count, got.Forms, c.count, c.in)
		}
		for _, wd := range w {
			if len([]rune(wd.Word)) < 3 {
				t.Errorf("%s: %q is shorter than the shortest word", c.forms.Name(), wd.Word)
			}
		}
	}
	// A stop word drops every form counted under it; a listed form drops
	// itself and is counted under no other word ("kuin" is not a moon).
	r := Count([]Text{{Text: text + " Kuu paistoi."}}, Options{Forms: Lemmas(fake), Stop: []string{"olla", "kuin"}})
	w := words(r)
	if _, ok := w["olla"]; ok {
		t.Errorf("olla is a stop word but counted: %+v", w["olla"])
	}
	if got := w["kuu"]; got.Count != 1 || slices.Contains(got.Forms, "kuin") {
		t.Errorf("kuu counted %d times as %v; want once, without kuin", got.Count, got.Forms)
	}
	total := 0
	for _, wd := range r.Words {
		total += wd.Count
	}
	if total != r.Counted {
		t.Errorf("the words add up to %d, the count says %d", total, r.Counted)
	}
}

func sameSet(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(s string) bool { return !slices.Contains(b, s) })
}

// TestLongFinnishTextWithAnEnglishStart is a thesis: an English abstract
// and some HTML left over from a web page, then pages of Finnish.
func TestLongFinnishTextWithAnEnglishStart(t *testing.T) {
	var b strings.Builder
	for b.Len() < 5000 { // the abstract and keywords, longer than a sample
		b.WriteString("Abstract. This thesis is about the customer experience of a service centre and what we know of it. " +
			"It was written in Finnish, and the interviews were in Finnish. <div class=\"page\"><p>&nbsp;</p></div>\n\n")
	}
	for i := 0; b.Len() < 100_000; i++ {
		fmt.Fprintf(&b, "Haastateltava %d kertoi, että asiakaskokemus on tärkeä ja että yhteistyö sujuu, kun tieto kulkee. "+
			"Mutta jos palvelu ei toimi, niin se näkyy myös asiakkaalle. ", i)
	}
	if got := DetectLang(b.String()); got != Finnish {
		t.Fatalf("a long Finnish text opening in English is %v", got)
	}
	if got := DetectLang("This is what we think about the service, and it is good."); got != English {
		t.Fatalf("English is %v", got)
	}
}

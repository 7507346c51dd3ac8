package voikko

import (
	"testing"

	"teema/assets"
	"teema/coding/wordfreq"
)

// TestLemmasWithVoikko counts with Voikko's base forms: inflections meet
// under one word, and the stop words' forms (olla) are left out.
func TestLemmasWithVoikko(t *testing.T) {
	v, err := Open()
	if err != nil {
		t.Skipf("Voikko is not installed here (%v); the lemma tests need libvoikko1 and voikko-fi", err)
	}
	defer v.Close()
	stop, err := assets.StopWords("fi")
	if err != nil {
		t.Fatal(err)
	}
	c := wordfreq.NewCounter(wordfreq.Options{Forms: wordfreq.Lemmas(v), Stop: stop})
	c.Add(wordfreq.Text{Text: "Asiakaskokemus. Asiakaskokemuksen! Asiakaskokemukset? Niinku öö oli olen HR-yksikköön"})
	r := c.Result()
	w := map[string]wordfreq.Word{}
	for _, wd := range r.Words {
		w[wd.Word] = wd
	}
	if w["asiakaskokemus"].Count != 3 || len(w["asiakaskokemus"].Forms) != 3 {
		t.Fatalf("asiakaskokemus by lemma: %+v", r.Words)
	}
	if _, ok := w["olla"]; ok {
		t.Fatalf("forms of olla are stop words: %+v", r.Words)
	}
	if w["hr-yksikkö"].Count != 1 {
		t.Fatalf("hyphenated word by lemma: %+v", r.Words)
	}
	if len(r.Words) != 2 {
		t.Fatalf("fillers counted: %+v", r.Words)
	}
}

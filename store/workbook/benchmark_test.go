package workbook

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"teema/assets"
	"teema/coding"
)

// bigCorpus is a large study: 100 interviews of about 10,000 words in
// three groups, 20,000 excerpts spread over the Calpro code book.
func bigCorpus(tb testing.TB) coding.Corpus {
	tb.Helper()
	raw, err := assets.Template("calpro")
	if err != nil {
		tb.Fatal(err)
	}
	tmpl, err := coding.ParseTemplate(raw)
	if err != nil {
		tb.Fatal(err)
	}
	var codes []coding.Code
	var leaves []int64
	var add func(parent int64, tcs []coding.TemplateCode)
	add = func(parent int64, tcs []coding.TemplateCode) {
		for i, tc := range tcs {
			id := int64(len(codes) + 1)
			codes = append(codes, coding.Code{ID: id, ParentID: parent, Name: tc.Name, Color: tc.Color, Description: tc.Description, Order: i})
			if len(tc.Children) == 0 {
				leaves = append(leaves, id)
			}
			add(id, tc.Children)
		}
	}
	add(0, tmpl.Codes)

	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("palvelukeskus asiakaskokemus yhteistyö palkanlaskenta kirjanpito järjestelmä muutos " +
		"tiedote yhteyshenkilö sopimus ja että se on kyllä mutta ehkä nyt meillä niinku tosi hyvin aika paljon")
	sentence := func(n int) string {
		var sb strings.Builder
		for i := range n {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[rng.IntN(len(words))])
		}
		return sb.String()
	}
	groups := []string{"Kunnat", "Kuntayhtymät", "Yhteisöt"}
	c := coding.Corpus{Book: coding.NewCodeBook(codes), Turns: map[int64][]coding.Turn{}}
	const turnChars, turnsPerDoc = 700, 100 // about 100 words a turn
	for i := range 100 {
		id := int64(i + 1)
		c.Docs = append(c.Docs, coding.DocumentInfo{
			ID: id, Name: fmt.Sprintf("Asiakas %d", i+1), Chars: turnChars * turnsPerDoc, Words: 10000,
			Attributes: map[string]string{"ryhmä": groups[i%3], "haastateltavia": fmt.Sprint(1 + i%2), "rooli": "esimies"},
		})
		turns := make([]coding.Turn, turnsPerDoc)
		for t := range turns {
			speaker := fmt.Sprintf("H%d", i+1)
			if t%2 == 0 {
				speaker = "Haastattelija"
			}
			turns[t] = coding.Turn{Speaker: speaker, Start: t * turnChars, End: (t+1)*turnChars - 1}
		}
		c.Turns[id] = turns
	}
	for n := range 20000 {
		doc := int64(n%100 + 1)
		turn := 2*rng.IntN(turnsPerDoc/2) + 1
		text := sentence(30 + rng.IntN(50))
		start := turn*turnChars + rng.IntN(100)
		c.Excerpts = append(c.Excerpts, coding.Excerpt{
			ID: int64(n + 1), DocID: doc, CodeID: leaves[rng.IntN(len(leaves))],
			Start: start, End: start + len([]rune(text)), Text: text, Coder: "liisa",
		})
	}
	return c
}

func BenchmarkWriteWorkbook(b *testing.B) {
	c := bigCorpus(b)
	o := Options{RowsBy: coding.RowsBy{Kind: coding.ByAttribute, Attr: "ryhmä"}, Lang: "fi", Title: "Iso tutkimus"}
	for b.Loop() {
		if err := Write(io.Discard, c, o); err != nil {
			b.Fatal(err)
		}
	}
}

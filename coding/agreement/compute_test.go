package agreement

import (
	"math"
	"reflect"
	"testing"

	"teema/coding"
)

const (
	codeX int64 = iota + 1
	codeY
	codeZ
)

func ex(doc, code int64, start, end int, coder string) coding.Excerpt {
	return coding.Excerpt{DocID: doc, CodeID: code, Start: start, End: end, Coder: coder}
}

// input: document 1 has 20 characters; liisa and matti both coded it.
// Document 2 only liisa coded (with code Z), document 3 nobody; a third
// coder's codings in document 1 must not count.
func input() Input {
	book := coding.NewCodeBook([]coding.Code{
		{ID: codeX, Name: "X"}, {ID: codeY, Name: "Y", Order: 1}, {ID: codeZ, Name: "Z", Order: 2},
	})
	return Input{
		Docs: []coding.Document{
			{ID: 1, Name: "H1", Text: "abcdefghijklmnopqrst"},
			{ID: 2, Name: "H2", Text: "uvwxyz"},
			{ID: 3, Name: "H3", Text: "nothing"},
		},
		Book: book,
		Excerpts: []coding.Excerpt{
			ex(1, codeX, 0, 10, "liisa"), ex(1, codeX, 5, 15, "matti"),
			ex(1, codeY, 2, 8, "liisa"), ex(1, codeY, 2, 8, "matti"), ex(1, codeY, 6, 10, "matti"),
			ex(1, codeZ, 0, 20, "outi"), ex(2, codeZ, 0, 6, "liisa"),
		},
	}
}

// Worked by hand over the 20 characters of document 1:
//
//	X: liisa 0–10, matti 5–15. Both 5 (5–9), only liisa 5 (0–4), only
//	   matti 5 (10–14), neither 5. po = 10/20 = 0.5; each coded half, so
//	   pe = 0.5·0.5 + 0.5·0.5 = 0.5 and kappa = 0. Alpha: o₀₁ = 10,
//	   n₁ = n₀ = 2·5 + 10 = 20, N = 40: 1 − 39·10/400 = 0.025.
//	Y: liisa 2–8, matti 2–8 and 6–10 (overlapping: 2–10). Both 6, only
//	   matti 2, neither 12. po = 18/20 = 0.9; pa = 0.3, pb = 0.4,
//	   pe = 0.12 + 0.42 = 0.54, kappa = 0.36/0.46 = 18/23. Alpha: o₀₁ = 2,
//	   n₁ = 14, n₀ = 26, N = 40: 1 − 39·2/(26·14) = 1 − 3/14 = 11/14.
//	Overall pools both: both 11, only liisa 5, only matti 7, neither 17
//	   of 40. po = 0.7, pa = 0.4, pb = 0.45, pe = 0.18 + 0.33 = 0.51,
//	   kappa = 0.19/0.49 = 19/49. Alpha: o₀₁ = 12, n₁ = 34, n₀ = 46,
//	   N = 80: 1 − 79·12/(46·34) = 1 − 948/1564 = 154/391.
func TestComputeWorkedExample(t *testing.T) {
	r, err := Compute(input(), Options{CoderA: "liisa", CoderB: "matti"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r.Docs, []int64{1}) || !reflect.DeepEqual(r.Left, []int64{2}) {
		t.Fatalf("compared %v, left out %v", r.Docs, r.Left)
	}
	if len(r.Codes) != 2 || r.Codes[0].Path != "X" || r.Codes[1].Path != "Y" {
		t.Fatalf("codes %+v", r.Codes)
	}
	x, y := r.Codes[0], r.Codes[1]
	if x.Tally != (Tally{Both: 5, OnlyA: 5, OnlyB: 5, Neither: 5}) || !near(x.Kappa(), 0) || !near(x.Alpha(), 0.025) || x.Percent() != 50 {
		t.Fatalf("X: %+v kappa %v alpha %v", x.Tally, x.Kappa(), x.Alpha())
	}
	if y.Tally != (Tally{Both: 6, OnlyB: 2, Neither: 12}) || !near(y.Kappa(), 18.0/23) || !near(y.Alpha(), 11.0/14) || y.Percent() != 90 {
		t.Fatalf("Y: %+v kappa %v alpha %v", y.Tally, y.Kappa(), y.Alpha())
	}
	o := r.Overall
	if o.Chars() != 40 || !near(o.Kappa(), 19.0/49) || !near(o.Alpha(), 154.0/391) || o.Percent() != 70 {
		t.Fatalf("overall: %+v kappa %v alpha %v", o, o.Kappa(), o.Alpha())
	}
	want := []Disagreement{
		{DocID: 1, Doc: "H1", CodeID: codeX, Code: "X", Start: 0, End: 5, Coder: "liisa", Text: "abcde"},
		{DocID: 1, Doc: "H1", CodeID: codeY, Code: "Y", Start: 8, End: 10, Coder: "matti", Text: "ij"},
		{DocID: 1, Doc: "H1", CodeID: codeX, Code: "X", Start: 10, End: 15, Coder: "matti", Text: "klmno"},
	}
	if !reflect.DeepEqual(r.Disagreements, want) {
		t.Fatalf("disagreements:\n%+v\nwant\n%+v", r.Disagreements, want)
	}
}

func TestIdenticalCodingAgreesPerfectly(t *testing.T) {
	in := input()
	in.Excerpts = []coding.Excerpt{ex(1, codeX, 3, 9, "a"), ex(1, codeX, 3, 9, "b"), ex(1, codeY, 12, 20, "a"), ex(1, codeY, 12, 20, "b")}
	r, err := Compute(in, Options{CoderA: "a", CoderB: "b"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tl := range []Tally{r.Codes[0].Tally, r.Codes[1].Tally, r.Overall} {
		if tl.Kappa() != 1 || tl.Alpha() != 1 || tl.Percent() != 100 {
			t.Fatalf("%+v: kappa %v alpha %v", tl, tl.Kappa(), tl.Alpha())
		}
	}
	if len(r.Disagreements) != 0 {
		t.Fatalf("disagreements %+v", r.Disagreements)
	}
}

// A chosen code neither coder applied has no defined kappa; a project
// without the coders gives empty, undefined figures, never a panic.
func TestEdgeCases(t *testing.T) {
	r, err := Compute(input(), Options{CoderA: "liisa", CoderB: "matti", Codes: []int64{codeZ}})
	if err != nil {
		t.Fatal(err)
	}
	z := r.Codes[0]
	if z.Tally != (Tally{Neither: 20}) || !math.IsNaN(z.Kappa()) || !math.IsNaN(z.Alpha()) || z.Percent() != 100 {
		t.Fatalf("Z: %+v", z.Tally)
	}
	r, err = Compute(Input{}, Options{CoderA: "a", CoderB: "b"})
	if err != nil || len(r.Codes) != 0 || !math.IsNaN(r.Overall.Kappa()) || !math.IsNaN(r.Overall.Percent()) {
		t.Fatalf("empty: %+v %v", r, err)
	}
	if _, err := Compute(input(), Options{CoderA: "a", CoderB: "a"}); err == nil {
		t.Fatal("the same coder twice should be refused")
	}
	if _, err := Compute(input(), Options{CoderA: "a", CoderB: "b", Codes: []int64{99}}); err == nil {
		t.Fatal("an unknown code should be refused")
	}
}

package coding

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// spoken is a timed line: a mark on each word's first character and one
// on the text's end, where the cue ends.
const spoken = "Kati: Katille soitin Espoossa eilen."

var spokenIndex = TimeIndex{{0, 1}, {6, 2}, {14, 3}, {21, 4}, {30, 5}, {36, 6}}

// A fixed typo moves each mark as a coding's start moves: marks after the
// edit by its change in length, marks inside a replaced stretch to its
// start, keeping one there.
func TestTimeIndexEdit(t *testing.T) {
	for _, tc := range []struct {
		name string
		ed   Edit
		want TimeIndex
	}{
		{"insert before a word", Edit{30, 30, "vasta "}, TimeIndex{{0, 1}, {6, 2}, {14, 3}, {21, 4}, {36, 5}, {42, 6}}},
		{"insert inside a word", Edit{8, 8, "a"}, TimeIndex{{0, 1}, {6, 2}, {15, 3}, {22, 4}, {31, 5}, {37, 6}}},
		{"insert at the end", Edit{35, 35, " illalla"}, TimeIndex{{0, 1}, {6, 2}, {14, 3}, {21, 4}, {30, 5}, {44, 6}}},
		// The word after a deleted one lands on its place and keeps it.
		{"delete a word", Edit{14, 21, ""}, TimeIndex{{0, 1}, {6, 2}, {14, 4}, {23, 5}, {29, 6}}},
		// A deletion leaves what followed it: the last mark inside tells its time.
		{"delete across words", Edit{8, 25, ""}, TimeIndex{{0, 1}, {6, 2}, {8, 4}, {13, 5}, {19, 6}}},
		{"replace a word", Edit{21, 29, "[kaupunki]ssa"}, TimeIndex{{0, 1}, {6, 2}, {14, 3}, {21, 4}, {35, 5}, {41, 6}}},
		// A replacement stands for all it replaced: the first mark inside tells when.
		{"replace two words", Edit{14, 29, "soitti"}, TimeIndex{{0, 1}, {6, 2}, {14, 3}, {21, 5}, {27, 6}}},
		{"delete the end", Edit{29, 36, ""}, TimeIndex{{0, 1}, {6, 2}, {14, 3}, {21, 4}, {29, 6}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := spokenIndex.Edit(tc.ed)
			if !slices.Equal(got, tc.want) {
				t.Errorf("%v, want %v", got, tc.want)
			}
		})
	}
}

// A pseudonymisation moves the marks as it moves codings (Rewrite.Shift):
// a mark inside a replaced name goes to the pseudonym's start.
func TestTimeIndexRewrite(t *testing.T) {
	rw := Rewrite{{Start: 21, End: 29, Insert: "[kaupunki]ssa"}, {Start: 0, End: 4, Insert: "H2"}, {Start: 6, End: 13, Insert: "H2:lle"}}
	newText, err := rw.Apply(spoken)
	if err != nil {
		t.Fatal(err)
	}
	ix := append(slices.Clone(spokenIndex[:2]), append(TimeIndex{{8, 2.5}}, spokenIndex[2:]...)...)
	got := ix.Rewrite(rw)
	want := TimeIndex{{0, 1}, {4, 2}, {11, 3}, {18, 4}, {32, 5}, {38, 6}}
	if !slices.Equal(got, want) {
		t.Errorf("%v, want %v", got, want)
	}
	for _, m := range got[:5] {
		if r := []rune(newText)[m.Offset]; r == ' ' {
			t.Errorf("mark %v is on a space in %q", m, newText)
		}
	}
}

// wordsText is a random text of words with a mark on some words' first
// characters and on some spaces between them, as cue ends are.
func wordsText(r *rand.Rand) (text string, ix TimeIndex, words map[int]string) {
	vocabulary := []string{"no", "siis", "äiti", "kävi", "torilla", "Kati", "öisin", "ja", "we", "went", "to", "market"}
	var b strings.Builder
	words = map[int]string{}
	at, seconds := 0, 0.0
	for i := range 5 + r.IntN(40) {
		if i > 0 {
			sep := []string{" ", " ", "\n", "\n\n"}[r.IntN(4)]
			if r.IntN(5) == 0 {
				ix = append(ix, TimeMark{at, seconds})
				seconds += float64(r.IntN(3000)) / 1000
			}
			b.WriteString(sep)
			at += RuneLen(sep)
		}
		w := vocabulary[r.IntN(len(vocabulary))]
		if r.IntN(2) == 0 {
			ix = append(ix, TimeMark{at, seconds})
			words[at] = w
			seconds += float64(r.IntN(3000)) / 1000
		}
		b.WriteString(w)
		at += RuneLen(w)
	}
	return b.String(), ix, words
}

// randomEdits makes up to n edits of a text of chars characters that do
// not overlap, in text order; a rewrite's edits replace something, a
// single edit may insert.
func randomEdits(r *rand.Rand, chars, n int, inserts bool) []Edit {
	var eds []Edit
	at := 0
	for range n {
		start := at + r.IntN(max(chars-at, 0)/2+1)
		end := min(start+r.IntN(12), chars)
		if !inserts && end == start || start > chars {
			break
		}
		eds = append(eds, Edit{start, end, []string{"", "x", "Äänekoski", "uusi sana "}[r.IntN(4)]})
		at = end + 1
	}
	return eds
}

// splice makes edits in text order without the checks of Apply: the
// index moves whatever the text's layout.
func splice(text string, eds []Edit) string {
	rs := []rune(text)
	var out []rune
	at := 0
	for _, ed := range eds {
		out = append(append(out, rs[at:ed.Start]...), []rune(ed.Insert)...)
		at = ed.End
	}
	return string(append(out, rs[at:]...))
}

// After random edits every mark whose word the edits did not touch is on
// the same word at the same time, and the index keeps its rules.
func TestTimeIndexEditKeepsWords(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 3000 {
		text, ix, words := wordsText(r)
		single := round%2 == 0
		eds := randomEdits(r, RuneLen(text), 1+r.IntN(6), single)
		if single {
			eds = eds[:min(len(eds), 1)]
		}
		if len(eds) == 0 {
			continue
		}
		var got TimeIndex
		if single {
			got = ix.Edit(eds[0])
		} else {
			got = ix.Rewrite(Rewrite(eds))
		}
		newText := splice(text, eds)
		if err := got.Check(RuneLen(newText)); err != nil {
			t.Fatalf("round %d: %v: %v", round, err, got)
		}
		for _, m := range ix {
			w, isWord := words[m.Offset]
			if !isWord || touched(eds, m.Offset, m.Offset+RuneLen(w)) {
				continue
			}
			at := shifted(eds, m.Offset)
			if !slices.Contains(got, TimeMark{at, m.Seconds}) || Slice(newText, at, at+RuneLen(w)) != w {
				t.Fatalf("round %d: %q at %d (%v s) lost after %v:\n%q\n%v", round, w, m.Offset, m.Seconds, eds, newText, got)
			}
		}
	}
}

// touched reports whether an edit changes the word [s, e): replaces a
// character of it, or inserts inside it.
func touched(eds []Edit, s, e int) bool {
	for _, ed := range eds {
		if ed.Start == ed.End && ed.Start > s && ed.Start < e || ed.Start < ed.End && ed.Start < e && ed.End > s {
			return true
		}
	}
	return false
}

// shifted is where an untouched word at offset lies after the edits.
func shifted(eds []Edit, offset int) int {
	at := offset
	for _, ed := range eds {
		if ed.End < offset || ed.End == offset && (ed.Start < ed.End || ed.Start == offset) {
			at += RuneLen(ed.Insert) - (ed.End - ed.Start)
		}
	}
	return at
}

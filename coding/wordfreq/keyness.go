package wordfreq

import (
	"math"
	"sort"
)

// Key is a word's keyness between two groups of interviews.
type Key struct {
	Word string  `json:"word"`
	A    int     `json:"a"` // occurrences in group A
	B    int     `json:"b"` // occurrences in group B
	G2   float64 `json:"g2"`
}

// LogLikelihood is Dunning's log-likelihood G² of a word that occurs a
// times among sizeA words of group A and b times among sizeB words of
// group B, computed as Rayson & Garside (2000) do:
//
//	E1 = sizeA·(a+b)/(sizeA+sizeB),  E2 = sizeB·(a+b)/(sizeA+sizeB)
//	G² = 2·(a·ln(a/E1) + b·ln(b/E2))   (a term with a zero count is 0)
//
// The sign tells which group the word characterises: positive when its
// relative frequency is higher in A, negative when in B. |G²| above 3.84
// is significant at p < 0.05 (one degree of freedom), above 6.63 at p < 0.01.
func LogLikelihood(a, b, sizeA, sizeB int) float64 {
	if sizeA <= 0 || sizeB <= 0 || a+b == 0 {
		return 0
	}
	total := float64(sizeA + sizeB)
	e1 := float64(sizeA) * float64(a+b) / total
	e2 := float64(sizeB) * float64(a+b) / total
	g := 0.0
	if a > 0 {
		g += float64(a) * math.Log(float64(a)/e1)
	}
	if b > 0 {
		g += float64(b) * math.Log(float64(b)/e2)
	}
	g *= 2
	if float64(a)/float64(sizeA) < float64(b)/float64(sizeB) {
		g = -g
	}
	return g
}

// Keyness compares two counts (made with the same Options) word by word:
// the words most characteristic of either group first (largest |G²|),
// ties by word. The group sizes are the counted tokens of each result.
func Keyness(a, b Result) []Key {
	idx := map[string]int{}
	var keys []Key
	for _, w := range a.Words {
		idx[w.Word] = len(keys)
		keys = append(keys, Key{Word: w.Word, A: w.Count})
	}
	for _, w := range b.Words {
		if i, ok := idx[w.Word]; ok {
			keys[i].B = w.Count
			continue
		}
		keys = append(keys, Key{Word: w.Word, B: w.Count})
	}
	for i := range keys {
		keys[i].G2 = LogLikelihood(keys[i].A, keys[i].B, a.Counted, b.Counted)
	}
	sort.Slice(keys, func(i, j int) bool {
		gi, gj := math.Abs(keys[i].G2), math.Abs(keys[j].G2)
		if gi != gj {
			return gi > gj
		}
		return keys[i].Word < keys[j].Word
	})
	return keys
}

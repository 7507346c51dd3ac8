package wordfreq

import (
	"container/heap"
	"maps"
	"slices"
	"strings"
)

// rawCount is a token as written and how often it was counted: the forms
// merged into a word, listed most frequent first.
type rawCount struct {
	text string
	n    int
}

// agg is a word's totals across the workers.
type agg struct {
	word    string
	n, docs int
}

// merge joins the workers' counts into the result, with the forms merged
// into each word only for the top words kept.
func merge(workers []*worker, top int) Result {
	res := Result{Langs: map[Lang]int{}, DocLangs: map[int64]Lang{}}
	size := 0
	for _, w := range workers {
		size += len(w.forms)
	}
	all := make([]agg, 0, size)
	var index map[string]int          // word → all; needed once two workers have words
	at := make([][]int, len(workers)) // a worker's forms → all
	for wi, w := range workers {
		res.Tokens += w.tokens
		res.Counted += w.counted
		res.Docs += w.docs
		for l, n := range w.langs {
			if n > 0 {
				res.Langs[Lang(l)] += n
			}
		}
		maps.Copy(res.DocLangs, w.docLangs)
		if len(w.forms) == 0 {
			continue
		}
		if index == nil && len(all) > 0 {
			index = make(map[string]int, len(all)+len(w.forms))
			for i, a := range all {
				index[a.word] = i
			}
		}
		at[wi] = make([]int, len(w.forms))
		for i, f := range w.forms {
			word := w.formIdx.texts[i]
			k, ok := len(all), false
			if index != nil {
				if k, ok = index[word]; !ok {
					k = len(all)
					index[word] = k
				}
			}
			if !ok {
				all = append(all, agg{word: word})
			}
			all[k].docs += f.docs
			at[wi][i] = k
		}
		for _, t := range w.toks {
			if t.form >= 0 {
				all[at[wi][t.form]].n += int(t.n)
			}
		}
	}
	chosen := topWords(all, top)
	for _, a := range all {
		if a.n > 0 {
			res.Distinct++
		}
	}
	// The forms merged into each chosen word, from every worker's tokens.
	pos := make([]int32, len(all))
	for i := range pos {
		pos[i] = -1
	}
	for i, k := range chosen {
		pos[k] = int32(i)
	}
	raws := make([][]rawCount, len(chosen))
	for wi, w := range workers {
		for id, t := range w.toks {
			if t.form < 0 || t.n == 0 {
				continue
			}
			if i := pos[at[wi][t.form]]; i >= 0 {
				raws[i] = append(raws[i], rawCount{w.table.texts[id], int(t.n)})
			}
		}
	}
	res.Words = make([]Word, len(chosen))
	for i, k := range chosen {
		a := all[k]
		res.Words[i] = Word{Word: a.word, Count: a.n, Docs: a.docs, Share: float64(a.n) / float64(res.Counted), Forms: byFrequency(raws[i])}
	}
	return res
}

// topWords picks the n most frequent of the counted words (all for n <= 0),
// most frequent first, ties by word. A short list is picked in one pass
// with a heap of the best n so far, not by sorting tens of thousands.
func topWords(all []agg, n int) []int {
	before := func(i, j int) bool { // i ranks before j
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].word < all[j].word
	}
	var idx []int
	if n > 0 && n < len(all)/4 {
		h := &worstFirst{before: before}
		for i, a := range all {
			switch {
			case a.n == 0:
			case len(h.idx) < n:
				heap.Push(h, i)
			case before(i, h.idx[0]):
				h.idx[0] = i
				heap.Fix(h, 0)
			}
		}
		idx = h.idx
	} else {
		for i, a := range all {
			if a.n > 0 {
				idx = append(idx, i)
			}
		}
	}
	slices.SortFunc(idx, func(i, j int) int {
		switch {
		case before(i, j):
			return -1
		case before(j, i):
			return 1
		}
		return 0
	})
	if n > 0 && n < len(idx) {
		idx = idx[:n]
	}
	return idx
}

// worstFirst is a heap of word indices whose root ranks last.
type worstFirst struct {
	idx    []int
	before func(i, j int) bool
}

func (h *worstFirst) Len() int           { return len(h.idx) }
func (h *worstFirst) Less(a, b int) bool { return h.before(h.idx[b], h.idx[a]) }
func (h *worstFirst) Swap(a, b int)      { h.idx[a], h.idx[b] = h.idx[b], h.idx[a] }
func (h *worstFirst) Push(x any)         { h.idx = append(h.idx, x.(int)) }
func (h *worstFirst) Pop() any {
	x := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return x
}

// byFrequency sums the counts of a word's tokens across workers and lists
// them most frequent first.
func byFrequency(rs []rawCount) []string {
	if len(rs) == 1 {
		return []string{rs[0].text}
	}
	slices.SortFunc(rs, func(a, b rawCount) int { return strings.Compare(a.text, b.text) })
	out := rs[:0]
	for _, r := range rs {
		if n := len(out); n > 0 && out[n-1].text == r.text {
			out[n-1].n += r.n
			continue
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b rawCount) int { return b.n - a.n })
	forms := make([]string, len(out))
	for i, r := range out {
		forms[i] = r.text
	}
	return forms
}

package wordfreq

import (
	"bytes"
	"encoding/binary"
	"slices"
)

// TallyWords is a project's list of the words its kept tallies number.
// It only grows, so a number once given always means the same word.
type TallyWords struct {
	read  lines       // the words as read
	added []string    // words Pack added after them
	index *tokenTable // the words, numbered alike; made by Pack

	forms map[string]*keptForms // by signature (Signed)
}

// ReadTallyWords decodes a list written by Bytes (nil or empty: no words).
func ReadTallyWords(b []byte) (*TallyWords, error) {
	w := &TallyWords{}
	if len(b) == 0 {
		return w, nil
	}
	read, ok := readLines(b)
	if !ok || read.hasEmpty() { // no token is empty
		return nil, errBadTally
	}
	w.read = read
	return w, nil
}

// Len is the number of words.
func (w *TallyWords) Len() int {
	if w == nil {
		return 0
	}
	return w.read.len() + len(w.added)
}

// word is the word numbered i.
func (w *TallyWords) word(i int) string {
	if n := w.read.len(); i >= n {
		return w.added[i-n]
	}
	return w.read.at(i)
}

// Clone is a copy of the list to Pack more tallies into, while counts
// read this one.
func (w *TallyWords) Clone() *TallyWords {
	return &TallyWords{read: w.read, added: slices.Clone(w.added)}
}

// Bytes encodes the list (nil is the empty list).
func (w *TallyWords) Bytes() []byte {
	if w == nil {
		return []byte{tallyVersion}
	}
	b := append([]byte{tallyVersion}, w.read.text...)
	for _, s := range w.added {
		b = append(append(b, s...), '\n')
	}
	return b
}

// Pack turns a tally made by MakeTally into a packed one, numbering its
// tokens in the list and adding the new ones.
func (w *TallyWords) Pack(t Tally) (Tally, error) {
	if len(t) < 2 {
		return nil, errBadTally
	}
	h, parts, err := decodeTally(t, int(t[1]), nil)
	if err != nil || h.format != loose {
		return nil, errBadTally
	}
	if w.index == nil {
		index := newTokenTable()
		index.reserve(w.Len())
		for i := range w.Len() {
			s := w.word(i)
			if _, isNew := find(&index, s, fnv(s)); !isNew {
				return nil, errBadTally // a word twice: the numbers are not to be trusted
			}
		}
		w.index = &index
	}
	out := append(Tally{}, t[:5]...)
	out[4] = packed
	out = binary.AppendUvarint(out, uint64(len(parts)))
	type entry struct {
		id int
		n  int32
	}
	for _, p := range parts {
		entries := make([]entry, 0, p.n)
		b := p.tokens
		for k := 0; k < p.n; k++ {
			var tok []byte
			var n int32
			b, tok, _, n = p.next(b, 0)
			if len(tok) == 0 || bytes.IndexByte(tok, '\n') >= 0 {
				return nil, errBadTally
			}
			id, isNew := find(w.index, tok, fnv(tok))
			if isNew {
				w.added = append(w.added, w.index.texts[id])
			}
			entries = append(entries, entry{int(id), n})
		}
		slices.SortFunc(entries, func(a, b entry) int { return a.id - b.id })
		out = append(out, p.kind)
		out = appendString(out, p.speaker)
		out = binary.AppendUvarint(out, uint64(len(entries)))
		prev := 0
		for _, e := range entries {
			out = binary.AppendUvarint(out, uint64(e.id-prev))
			out = binary.AppendUvarint(out, uint64(e.n))
			prev = e.id
		}
	}
	return out, nil
}

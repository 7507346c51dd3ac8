package wordfreq

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
)

// TallyWords is a project's list of the words its kept tallies number.
// It only grows, so a number once given always means the same word. It is
// stored as its words each ended by a newline, which no token holds:
// reading it is finding the newlines, and a word is a slice of one string.
type TallyWords struct {
	text  string      // the words read, each ended by a newline
	ends  []uint32    // where in text each word ends
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
	if b[0] != tallyVersion || len(b) > 1 && b[len(b)-1] != '\n' || len(b) > 1<<31 {
		return nil, errBadTally
	}
	w.text = string(b[1:])
	w.ends = make([]uint32, 0, len(w.text)/8)
	for start := 0; start < len(w.text); {
		n := strings.IndexByte(w.text[start:], '\n')
		if n <= 0 {
			return nil, errBadTally // an empty word
		}
		start += n
		w.ends = append(w.ends, uint32(start))
		start++
	}
	return w, nil
}

// Len is the number of words.
func (w *TallyWords) Len() int {
	if w == nil {
		return 0
	}
	return len(w.ends) + len(w.added)
}

// word is the word numbered i.
func (w *TallyWords) word(i int) string {
	if i >= len(w.ends) {
		return w.added[i-len(w.ends)]
	}
	start := 0
	if i > 0 {
		start = int(w.ends[i-1]) + 1
	}
	return w.text[start:w.ends[i]]
}

// Clone is a copy of the list to Pack more tallies into, while counts
// read this one.
func (w *TallyWords) Clone() *TallyWords {
	return &TallyWords{text: w.text, ends: w.ends, added: slices.Clone(w.added)}
}

// Bytes encodes the list (nil is the empty list).
func (w *TallyWords) Bytes() []byte {
	if w == nil {
		return []byte{tallyVersion}
	}
	b := append([]byte{tallyVersion}, w.text...)
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

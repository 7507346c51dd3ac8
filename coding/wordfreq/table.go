package wordfreq

import "slices"

// tokenTable numbers distinct tokens. It is an open-addressing hash table
// keyed by the tokenizer's FNV-1a hash (linear probing): for the million
// lookups of a large project it costs about half of what a Go map does,
// and it allocates only for new tokens.
type tokenTable struct {
	slots  []uint64 // hash>>32<<32 | id+1; 0 is empty
	texts  []string // by id
	hashes []uint64 // by id
}

func newTokenTable() tokenTable { return tokenTable{slots: make([]uint64, 1<<12)} }

// find returns tok's id, adding it (isNew) when it is new.
func find[T string | []byte](t *tokenTable, tok T, hash uint64) (id int32, isNew bool) {
	mask := uint64(len(t.slots) - 1)
	tag := hash >> 32
	for i := hash & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			id = int32(len(t.texts))
			t.texts = append(t.texts, string(tok))
			t.hashes = append(t.hashes, hash)
			t.slots[i] = tag<<32 | uint64(id+1)
			if 2*len(t.texts) > len(t.slots) {
				t.resize(2 * len(t.slots))
			}
			return id, true
		}
		if s>>32 == tag && t.texts[int32(s)-1] == string(tok) {
			return int32(s) - 1, false
		}
	}
}

// reserve makes room for n more tokens at once.
func (t *tokenTable) reserve(n int) {
	n += len(t.texts)
	t.texts, t.hashes = slices.Grow(t.texts, n), slices.Grow(t.hashes, n)
	size := len(t.slots)
	for 2*n > size {
		size *= 2
	}
	if size > len(t.slots) {
		t.resize(size)
	}
}

func (t *tokenTable) resize(size int) {
	slots := make([]uint64, size)
	mask := uint64(size - 1)
	for id, h := range t.hashes {
		i := h & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = h>>32<<32 | uint64(id+1)
	}
	t.slots = slots
}

// reset empties the table, keeping its memory. A table grown for a long
// text and reused for short ones is emptied entry by entry, not cleared
// whole.
func (t *tokenTable) reset() {
	if 8*len(t.texts) >= len(t.slots) {
		clear(t.slots)
	} else {
		mask := uint64(len(t.slots) - 1)
		for id, h := range t.hashes {
			want := h>>32<<32 | uint64(id+1)
			i := h & mask
			for t.slots[i] != want {
				i = (i + 1) & mask
			}
			t.slots[i] = 0
		}
	}
	t.texts, t.hashes = t.texts[:0], t.hashes[:0]
}

package wordfreq

// What a search needs of a count's tokens: each token's place in its text,
// and which words a kept tally holds. A search finds the same tokens a
// count counts, so the two never disagree on what a word is.

// ScanTokens calls emit for every token of text, tokenised as a count
// with Options.Numbers set to numbers tokenises it (hyphens and
// apostrophes inside words), case-folded, with its place in text in bytes
// [start, end). The slice passed to emit is reused.
func ScanTokens(text string, numbers bool, emit func(tok []byte, start, end int)) {
	t := tokenizer{numbers: numbers}
	t.scanAt(text, 0, len(text), emit)
}

// WordIDs lists the numbers, in words, of the tokens a packed tally of
// mode holds, in every part of the document, and the document's language.
// A loose tally or one of another mode is an error: the document must be
// read from its text.
func (t Tally) WordIDs(mode int, words *TallyWords) ([]int32, Lang, error) {
	h, parts, err := decodeTally(t, mode, words)
	if err != nil || h.format != packed {
		return nil, Auto, errBadTally
	}
	var ids []int32
	for _, p := range parts {
		b, id := p.tokens, 0
		for range p.n {
			b, _, id, _ = p.next(b, id)
			ids = append(ids, int32(id))
		}
	}
	return ids, h.lang, nil
}

// Word is the word numbered i, which must be below Len.
func (w *TallyWords) Word(i int) string { return w.word(i) }

// KeptForm is the form of word i kept under a signature (Signed), "" if
// none is kept.
func (w *TallyWords) KeptForm(signature string, i int) string {
	k := w.forms[signature]
	if k == nil || i >= w.Len() {
		return ""
	}
	return k.get(i)
}

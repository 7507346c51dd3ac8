package pseudonym

// Own finds a word the researcher adds to the list, in all the forms a
// key with it would replace.
func Own(texts []Text, a Analyser, word string) Candidate {
	c := newCollector(a)
	r := NewReplacer(Key{{Original: word, Replacement: word}}, a)
	kind := c.f.kindOf(word)
	for _, t := range texts {
		c.runes[t.DocID] = []rune(t.Text)
		for _, m := range r.Find(t.Text) {
			c.add(word, kind, false, occurrence{doc: t.DocID, start: m.Start, end: m.End, form: m.Form})
		}
	}
	if c.groups[word] == nil {
		return Candidate{Word: word, Kind: kind}
	}
	return c.candidates()[0]
}

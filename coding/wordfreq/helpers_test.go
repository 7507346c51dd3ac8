package wordfreq

// Count counts the words of the texts at once.
func Count(texts []Text, o Options) Result {
	c := NewCounter(o)
	for _, t := range texts {
		c.Add(t)
	}
	return c.Result()
}

// Tokenize returns the case-folded tokens of a text, as Count would count
// them with the given options (ignoring stop words and MinLen).
func Tokenize(text string, o Options) []string {
	var out []string
	t := tokenizer{numbers: o.Numbers, plain: o.PlainTokens}
	t.scan(text, 0, len(text), func(tok []byte, _ int, _ uint64) { out = append(out, string(tok)) })
	return out
}

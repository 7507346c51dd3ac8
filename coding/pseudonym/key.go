package pseudonym

import (
	"strings"

	"teema/message"
)

// Entry is a row of a key: an original word (its base form, or a phrase
// such as a speaker label "Kati Virtanen") and what replaces it.
type Entry struct {
	Row                   int // the row of the key file, for messages; 0 when made here
	Original, Replacement string
}

// Key is the replacements of one pseudonymisation. It is kept apart from
// the project: whoever has it can undo the pseudonyms.
type Key []Entry

// Check applies the rules of a key and returns it trimmed, each original
// once. A row that gives a word itself is left out: it changes nothing.
// Refused: a row without an original or a replacement, an original given
// two replacements, a replacement that is itself an original (whose
// replacing would depend on the order of the rows), and a word of more
// than one line.
func (k Key) Check() (Key, error) {
	var out Key
	first := map[string]Entry{}
	for _, e := range k {
		e.Original, e.Replacement = strings.TrimSpace(e.Original), strings.TrimSpace(e.Replacement)
		if err := e.check(); err != nil {
			return nil, err
		}
		if f, ok := first[e.Original]; ok {
			if f.Replacement != e.Replacement {
				return nil, errKeyTwice.New(message.Args{"Row": e.Row, "Original": e.Original,
					"Replacement": e.Replacement, "First": f.Row, "Other": f.Replacement})
			}
			continue
		}
		first[e.Original] = e
		if e.Original != e.Replacement {
			out = append(out, e)
		}
	}
	for _, e := range out {
		if o, ok := first[e.Replacement]; ok && o.Original != o.Replacement {
			return nil, errKeyCircular.New(message.Args{"Row": e.Row, "Replacement": e.Replacement, "Other": o.Row})
		}
	}
	if len(out) == 0 {
		return nil, errKeyEmpty.New(nil)
	}
	return out, nil
}

func (e Entry) check() error {
	args := message.Args{"Row": e.Row, "Original": e.Original, "Replacement": e.Replacement}
	switch {
	case e.Original == "":
		return errKeyNoOriginal.New(args)
	case e.Replacement == "":
		return errKeyNoReplacement.New(args)
	}
	for _, s := range []string{e.Original, e.Replacement} {
		if strings.ContainsAny(s, "\n\r\t") {
			return errKeyLine.New(message.Args{"Row": e.Row, "Text": s})
		}
	}
	return nil
}

// Originals are the words the key replaces.
func (k Key) Originals() []string {
	out := make([]string, len(k))
	for i, e := range k {
		out[i] = e.Original
	}
	return out
}

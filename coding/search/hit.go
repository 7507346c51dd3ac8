package search

import (
	"strings"
	"unicode"

	"teema/coding"
)

// Hit is one place a query was found: a line of keyword in context.
type Hit struct {
	DocID      int64
	Start, End int    // the words found, in code points of the text
	Text       string // the words as written
	Form       string // the words' forms, as the search matched them (base forms, stems or as written, case-folded)
	Term       string // the term of the query they are, as typed
	Speaker    string // whose turn they are in, "" outside turns

	// The text around, cut out when asked: a common word has thousands
	// of hits, and a list shows a screenful of them.
	doc      string
	from, to int // the words in doc, in bytes
	context  int // code points either side
}

// Left is the text before the words found, on one line.
func (h Hit) Left() string { return flat(h.doc[coding.RunesBack(h.doc, h.from, h.context):h.from]) }

// Right is the text after the words found, on one line.
func (h Hit) Right() string { return flat(h.doc[h.to:coding.RunesAhead(h.doc, h.to, h.context)]) }

// hit makes the hit of an occurrence.
func (m *matchers) hit(d *Doc, o occurrence) Hit {
	first, last := d.tokens[o.first], d.tokens[o.last]
	form := m.form(first.id, d)
	if o.last > o.first {
		forms := make([]string, 0, o.last-o.first+1)
		for _, tok := range d.tokens[o.first : o.last+1] {
			forms = append(forms, m.form(tok.id, d))
		}
		form = strings.Join(forms, " ")
	}
	from, to := int(first.startByte), int(last.endByte)
	return Hit{DocID: d.ID, Start: int(first.start), End: int(last.end), Text: d.Text[from:to],
		Form: form, Term: m.terms[o.term].Text, Speaker: coding.SpeakerAt(d.Turns, int(first.start)),
		doc: d.Text, from: from, to: to, context: m.o.Context}
}

// form is a word's form in the document's language.
func (m *matchers) form(id int32, d *Doc) string {
	if known := m.v.forms[formsKey{m.o.Forms.Name(), d.Lang}]; int(id) < len(known) && known[id] != "" {
		return known[id]
	}
	return m.v.formsOf(m.o.Forms, d.Lang, []int32{id})[id]
}

// flat puts a stretch of text on one line, each run of white space (a
// paragraph break) one space.
func flat(s string) string {
	if !strings.ContainsAny(s, "\n\t\r") && !strings.Contains(s, "  ") {
		return s // the usual context, kept without a copy
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

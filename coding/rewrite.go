package coding

import (
	"slices"

	"teema/message"
)

// Rewrite is many edits of one text made at once, such as every name of a
// transcript replaced by its pseudonym: one pass over the text and its
// codings, where as many EditTexts would rewrite both once per edit.
// Its edits replace stretches that do not overlap.
type Rewrite []Edit

var (
	errRewriteOverlap = message.New("Two replacements overlap at {{.Start}}–{{.End}}: each stretch of text is replaced once.")
	labelRewrite      = message.New("text replacement")
)

// Apply returns the rewritten text, which must still be in normal form.
func (rw Rewrite) Apply(text string) (string, error) {
	eds := rw.sorted()
	s := NewSlicer(text)
	out := make([]byte, 0, len(text))
	at := 0
	for _, ed := range eds {
		if ed.Start < at || ed.End <= ed.Start || ed.End > s.Len() {
			return "", rw.outside(ed, at, s.Len())
		}
		out = append(out, s.Slice(at, ed.Start)...)
		out = append(out, ed.Insert...)
		at = ed.End
	}
	out = append(out, s.Slice(at, s.Len())...)
	// Checked as a single edit is: layout and emptiness.
	return Edit{Start: 0, End: s.Len(), Insert: string(out)}.Apply(text)
}

func (rw Rewrite) outside(ed Edit, at, n int) error {
	if ed.Start < at {
		return errRewriteOverlap.New(message.Args{"Start": ed.Start, "End": ed.End})
	}
	return errEditOutside.New(message.Args{"Start": ed.Start, "End": ed.End, "Chars": n})
}

func (rw Rewrite) sorted() Rewrite {
	eds := slices.Clone(rw)
	slices.SortFunc(eds, func(a, b Edit) int { return a.Start - b.Start })
	return eds
}

// Shift moves codings with their words. A replaced stretch is a word
// given another form, not text taken away: a coding that begins or ends
// inside one grows to hold the whole replacement, and a coding of the
// replaced words alone codes the replacement, so no coding is lost.
// newText is the rewritten text, to copy each coding's words from.
func (rw Rewrite) Shift(es []Excerpt, newText string) []Excerpt {
	eds := rw.sorted()
	text := NewSlicer(newText)
	out := make([]Excerpt, len(es))
	for i, e := range es {
		// From the last edit back, so each edit's offsets still hold.
		for j := len(eds) - 1; j >= 0; j-- {
			e.Start, e.End = replaceRange(e.Start, e.End, eds[j])
		}
		e.Text = text.Slice(e.Start, e.End)
		out[i] = e
	}
	return out
}

// replaceRange is where [s, t) lies after ed replaced a stretch.
func replaceRange(s, t int, ed Edit) (int, int) {
	delta := RuneLen(ed.Insert) - (ed.End - ed.Start)
	insEnd := ed.Start + RuneLen(ed.Insert)
	switch {
	case ed.Start >= t: // after the coding
		return s, t
	case ed.End <= s: // before it
		return s + delta, t + delta
	}
	if s > ed.Start {
		s = ed.Start
	}
	if t < ed.End {
		t = insEnd
	} else {
		t += delta
	}
	return s, t
}

// RewriteText makes many edits of a transcript in one step; codings keep
// to their words (Rewrite.Shift).
type RewriteText struct {
	DocID   int64
	Rewrite Rewrite
	// Named is what undo calls the step: "text replacement" when nil.
	Named *message.Kind
}

// Apply implements Change.
func (c RewriteText) Apply(r Repo) (Change, error) {
	before, err := r.RewriteText(c.DocID, c.Rewrite)
	if err != nil {
		return nil, err
	}
	return restoreRewrite{before: before, redo: c}, nil
}

// Label implements Change.
func (c RewriteText) Label() *message.Kind {
	if c.Named != nil {
		return c.Named
	}
	return labelRewrite
}

type restoreRewrite struct {
	before DocText
	redo   RewriteText
}

func (c restoreRewrite) Apply(r Repo) (Change, error) {
	if err := r.RestoreText(c.before); err != nil {
		return nil, err
	}
	return c.redo, nil
}

func (c restoreRewrite) Label() *message.Kind { return c.redo.Label() }

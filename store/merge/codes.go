package merge

import (
	"fmt"
	"strconv"
	"strings"

	"teema/coding"
	"teema/message"
)

// mergeCodes maps their codes to ours by path, creating the missing ones.
// Their book is walked parents first, so a parent exists before its
// children are created.
func (m *merger) mergeCodes() error {
	cb := m.ours.Book
	var err error
	ours := map[string]coding.Code{}
	cb.Walk(func(c coding.Code, _ int) { ours[strings.ToLower(cb.Path(c.ID))] = c })
	m.src.Book.Walk(func(c coding.Code, _ int) {
		if err == nil {
			err = m.mergeCode(c, m.src.Book.Path(c.ID), ours)
		}
	})
	return err
}

func (m *merger) mergeCode(c coding.Code, path string, ours map[string]coding.Code) error {
	key := strings.ToLower(path)
	if o, ok := ours[key]; ok {
		m.codes[c.ID] = o.ID
		if diffs := codeDiff(path, o, c); len(diffs) > 0 {
			m.rep.tally(Codes, Conflict, diffs...)
		} else {
			m.rep.tally(Codes, Matched)
		}
		return nil
	}
	color := c.Color
	if coding.ValidateColor(color) != nil {
		color = "" // Teema picks one
	}
	made, created, err := m.b.EnsureCodePath(path, color, c.Description)
	if err != nil {
		return fmt.Errorf("add code %q: %w", path, err)
	}
	m.codes[c.ID], ours[key] = made.ID, made
	if !created {
		m.rep.tally(Codes, Matched)
		return nil
	}
	m.rep.tally(Codes, Added, noteCodeAdded.Say(message.Args{"Code": strconv.Quote(path)}))
	return nil
}

// codeDiff notes how their code at path differs from ours; a colour or
// description they left empty is no difference.
func codeDiff(path string, ours, theirs coding.Code) []message.Note {
	var diffs []message.Note
	if theirs.Color != "" && !strings.EqualFold(ours.Color, theirs.Color) {
		diffs = append(diffs, noteCodeColour.Say(message.Args{"Code": strconv.Quote(path), "Theirs": theirs.Color, "Ours": ours.Color}))
	}
	if d := strings.TrimSpace(theirs.Description); d != "" && d != strings.TrimSpace(ours.Description) {
		diffs = append(diffs, noteCodeDescription.Say(message.Args{"Code": strconv.Quote(path), "Theirs": strconv.Quote(d), "Ours": strconv.Quote(ours.Description)}))
	}
	return diffs
}

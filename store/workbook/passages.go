package workbook

import "io"

// Passage is a line of a search's or a coding query's result as
// exported: where it is and what it says.
type Passage struct {
	Doc, Speaker, Group string
	Start, End          int    // code points, as excerpts' offsets
	Left, Text, Right   string // a search hit in its context; a passage is all Text
	Form                string // the form a search hit matched by
}

// Passages is a result as exported, with a line that says what was asked.
type Passages struct {
	Rows  []Passage
	KWIC  bool // a search's hits: the text either side and the form
	Group string
	Note  string
	Title string
}

// WritePassages writes a result as one table: a search's hits in their
// context, or a coding query's passages whole.
func WritePassages(w io.Writer, t Passages, lang string) error {
	l := passageLabelsFor(lang)
	widths := []float64{medium, narrow, medium, narrow, narrow, wide}
	name := l.passages
	if t.KWIC {
		widths = []float64{medium, narrow, medium, narrow, narrow, label, medium, label, medium}
		name = l.hits
	}
	return writeTable(w, lang, t.Title, t.Note, name, widths, func(b *book, s *sheet) error {
		if err := s.add(passageHeader(b, s, l, t)...); err != nil {
			return err
		}
		for _, p := range t.Rows {
			if err := s.add(passageRow(b, s, p, t.KWIC)...); err != nil {
				return err
			}
		}
		return nil
	})
}

func passageHeader(b *book, s *sheet, l passageLabels, t Passages) []any {
	h := b.st.header
	row := []any{s.str(h, l.doc), s.str(h, l.speaker), s.str(h, t.Group), s.str(h, l.start), s.str(h, l.end)}
	if t.KWIC {
		return append(row, s.str(h, l.before), s.str(h, l.hit), s.str(h, l.after), s.str(h, l.form))
	}
	return append(row, s.str(h, l.text))
}

func passageRow(b *book, s *sheet, p Passage, kwic bool) []any {
	row := []any{s.str(b.st.text, p.Doc), s.str(b.st.text, p.Speaker), s.str(b.st.text, p.Group),
		num(b.st.number, p.Start), num(b.st.number, p.End)}
	if kwic {
		return append(row, s.str(b.st.text, p.Left), s.str(b.st.bold, p.Text), s.str(b.st.text, p.Right), s.str(b.st.text, p.Form))
	}
	return append(row, s.str(b.st.wrap, p.Text))
}

type passageLabels struct {
	hits, passages, doc, speaker, start, end, before, hit, after, form, text string
}

func passageLabelsFor(lang string) passageLabels {
	if lang == "fi" {
		return passageLabels{hits: "Osumat", passages: "Kohdat", doc: "Haastattelu", speaker: "Puhuja", start: "Alku",
			end: "Loppu", before: "Ennen", hit: "Osuma", after: "Jälkeen", form: "Perusmuoto", text: "Teksti"}
	}
	return passageLabels{hits: "Hits", passages: "Passages", doc: "Interview", speaker: "Speaker", start: "Start",
		end: "End", before: "Before", hit: "Hit", after: "After", form: "Form", text: "Text"}
}

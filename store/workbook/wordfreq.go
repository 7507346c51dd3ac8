package workbook

import (
	"io"
	"strings"

	"teema/coding/wordfreq"
)

// Words is a word-frequency table as exported: the words and a line that
// says what was counted (scope, word forms, stop words).
type Words struct {
	Words []wordfreq.Word
	Note  string
	Title string
}

// WriteWords writes a word-frequency table: words as text, counts as
// numbers, the share as a percentage Excel shows in the reader's locale.
func WriteWords(w io.Writer, t Words, lang string) error {
	l := wordLabelsFor(lang)
	return writeTable(w, lang, t.Title, t.Note, l.words, []float64{label, narrow, medium, narrow, wide},
		func(b *book, s *sheet) error {
			h := b.st.header
			if err := s.add(s.str(h, l.word), s.str(h, l.count), s.str(h, b.l.interviewsCount), s.str(h, l.share), s.str(h, l.forms)); err != nil {
				return err
			}
			for _, wd := range t.Words {
				if err := s.add(s.str(b.st.text, wd.Word), num(b.st.number, wd.Count), num(b.st.number, wd.Docs),
					num(b.st.percent, wd.Share), s.str(b.st.wrap, strings.Join(wd.Forms, ", "))); err != nil {
					return err
				}
			}
			return nil
		})
}

// Keys is a comparison of two groups by keyness, as exported.
type Keys struct {
	Keys         []wordfreq.Key
	A, B         string // the groups' names
	SizeA, SizeB int    // words counted in each
	Note         string
	Title        string
}

// WriteKeys writes a keyness table: each word's count and share in both
// groups, its log-likelihood and the group it characterises.
func WriteKeys(w io.Writer, t Keys, lang string) error {
	l := wordLabelsFor(lang)
	return writeTable(w, lang, t.Title, t.Note, l.keyness, []float64{label, narrow, narrow, narrow, narrow, narrow, medium},
		func(b *book, s *sheet) error {
			h := b.st.header
			if err := s.add(s.str(h, l.word), s.str(h, t.A), s.str(h, t.A+" %"), s.str(h, t.B), s.str(h, t.B+" %"),
				s.str(h, l.g2), s.str(h, l.characterises)); err != nil {
				return err
			}
			for _, k := range t.Keys {
				side := t.A
				if k.G2 < 0 {
					side = t.B
				}
				if err := s.add(s.str(b.st.text, k.Word), num(b.st.number, k.A), num(b.st.percent, share(k.A, t.SizeA)),
					num(b.st.number, k.B), num(b.st.percent, share(k.B, t.SizeB)), num(b.st.decimal, k.G2),
					s.str(b.st.text, side)); err != nil {
					return err
				}
			}
			return nil
		})
}

// writeTable writes a workbook of one table: a frozen header row, the
// rows, and a closing note that says what was counted.
func writeTable(w io.Writer, lang, title, note, name string, widths []float64, rows func(*book, *sheet) error) error {
	b, err := newBook(lang)
	if err != nil {
		return err
	}
	defer b.f.Close()
	s, err := b.newSheet(name, b.l.cut)
	if err != nil {
		return err
	}
	if err := s.widths(widths...); err != nil {
		return err
	}
	if err := s.freeze(0, 1); err != nil {
		return err
	}
	if err := rows(b, s); err != nil {
		return err
	}
	if note != "" {
		s.skip()
		if err := s.add(s.str(b.st.text, note)); err != nil {
			return err
		}
	}
	if err := s.sw.Flush(); err != nil {
		return err
	}
	return b.finish(w, title)
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

type wordLabels struct {
	words, keyness, word, count, share, forms, g2, characterises string
}

func wordLabelsFor(lang string) wordLabels {
	if lang == "fi" {
		return wordLabels{words: "Sanat", keyness: "Vertailu", word: "Sana", count: "Määrä", share: "Osuus",
			forms: "Yhdistetyt muodot", g2: "Log-likelihood (G²)", characterises: "Tyypillinen ryhmälle"}
	}
	return wordLabels{words: "Words", keyness: "Comparison", word: "Word", count: "Count", share: "Share",
		forms: "Merged forms", g2: "Log-likelihood (G²)", characterises: "Characteristic of"}
}

// Package workbook writes a project's theme matrices and excerpts as an
// Excel workbook laid out like the tables of a Finnish thesis.
package workbook

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"teema/coding"
)

// Options choose what the workbook holds.
type Options struct {
	RowsBy   coding.RowsBy    // rows of the theme sheets and counts
	Themes   []int64          // theme sheets to write; empty means every theme with codings
	Lang     string           // "fi" or "en": sheet names and headers
	Findings []coding.Finding // the findings sheet, when not empty
	Title    string           // the project's name
	Quotes   coding.QuoteRule // how quotes name their source

	// EmptyThemes writes a sheet for every theme, also those nothing is
	// coded with yet: a blank frame to fill in by hand.
	EmptyThemes bool
}

// book is a workbook being written.
type book struct {
	f      *excelize.File
	l      labels
	st     styles
	sheets int
}

// Write writes the workbook to w: interviews, code book, one sheet per
// theme, every excerpt, counts, co-occurrence and findings.
func Write(w io.Writer, c coding.Corpus, o Options) error {
	if c.Book == nil {
		c.Book = coding.NewCodeBook(nil)
	}
	if o.RowsBy.Kind == "" {
		o.RowsBy.Kind = coding.ByDocument
	}
	themes, err := themeCodes(c, o)
	if err != nil {
		return err
	}
	b, err := newBook(o.Lang)
	if err != nil {
		return err
	}
	defer b.f.Close()

	// Fixed sheets claim their names first, so a theme called "Otteet" is
	// the one that yields.
	names := newSheetNames()
	for _, n := range []string{b.l.interviews, b.l.codeBook, b.l.excerpts, b.l.counts, b.l.cooccurrence, b.l.findings} {
		names.take(n, n)
	}
	themeSheets := make([]string, len(themes))
	for i, t := range themes {
		themeSheets[i] = names.take(t.Name, b.l.theme)
	}

	if err := b.interviews(c, o.RowsBy); err != nil {
		return err
	}
	if err := b.codeBook(c.Book); err != nil {
		return err
	}
	quote := c.Quoter(o.Quotes).Quote
	for i, t := range themes {
		if err := b.theme(c, t, themeSheets[i], o.RowsBy, func(e coding.Excerpt) string { return quote(e, 0) }); err != nil {
			return err
		}
	}
	if err := b.excerpts(c); err != nil {
		return err
	}
	if err := b.counts(c, o.RowsBy); err != nil {
		return err
	}
	if err := b.cooccurrence(c); err != nil {
		return err
	}
	if len(o.Findings) > 0 {
		if err := b.findings(o.Findings); err != nil {
			return err
		}
	}

	return b.finish(w, o.Title)
}

// newBook starts a workbook in a UI language.
func newBook(lang string) (*book, error) {
	f := excelize.NewFile()
	f.SetZipWriter(fastZip)
	b := &book{f: f, l: labelsFor(lang)}
	var err error
	if b.st, err = newStyles(f); err != nil {
		f.Close()
		return nil, err
	}
	return b, nil
}

// finish sets the document's properties and writes it out.
func (b *book) finish(w io.Writer, title string) error {
	now := time.Now().UTC().Format(time.RFC3339)
	if err := b.f.SetDocProps(&excelize.DocProperties{
		Title: title, Creator: "Teema", LastModifiedBy: "Teema", Language: b.l.language,
		Created: now, Modified: now,
	}); err != nil {
		return err
	}
	if _, err := b.f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// newSheet starts the next worksheet; name must already be valid and unused.
// A new excelize file comes with one empty sheet, which becomes the first.
// setup runs before streaming starts: the stream writer copies the sheet's
// settings (page layout, properties) then and ignores later changes.
func (b *book) newSheet(name, cut string, setup ...func(sheet string) error) (*sheet, error) {
	if b.sheets == 0 {
		if err := b.f.SetSheetName(b.f.GetSheetName(0), name); err != nil {
			return nil, err
		}
	} else if _, err := b.f.NewSheet(name); err != nil {
		return nil, err
	}
	b.sheets++
	for _, f := range setup {
		if err := f(name); err != nil {
			return nil, err
		}
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	return &sheet{sw: sw, cut: cut, wraps: b.st.wrapping()}, nil
}

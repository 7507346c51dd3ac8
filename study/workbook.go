package study

import (
	"io"
	"path/filepath"
	"strings"

	"teema/coding"
	"teema/message"
	"teema/store"
	"teema/store/workbook"
)

// Workbook is a project's Excel workbook, loaded and checked, to be
// written (WriteFile(path, b.Write)): its interviews, code book, a sheet
// per theme, excerpts, counts and findings.
type Workbook struct {
	Interviews, Excerpts int // what it holds, for the report

	corpus coding.Corpus
	o      workbook.Options
}

// LoadWorkbook loads the workbook of a project with rows by rowsBy, the
// sheets of the themes named by path (none: every theme), and headers in
// lang ("fi" or "en").
func LoadWorkbook(p *store.Project, rowsBy coding.RowsBy, themes []string, lang string) (Workbook, error) {
	corpus, err := p.Corpus()
	if err != nil {
		return Workbook{}, err
	}
	b := Workbook{Interviews: len(corpus.Docs), Excerpts: len(corpus.Excerpts), corpus: corpus,
		o: workbook.Options{RowsBy: rowsBy, Lang: lang}}
	// Rows by an attribute of a project without attributes are one row,
	// of interviews without it.
	if rowsBy.Kind == coding.ByAttribute && len(coding.AttributeKeys(corpus.Docs)) > 0 {
		if err := hasAttribute(corpus.Docs, rowsBy.Attr); err != nil {
			return Workbook{}, err
		}
	}
	if b.o.Themes, err = themeIDs(corpus.Book, themes); err != nil {
		return Workbook{}, err
	}
	if b.o.Findings, err = p.Findings(); err != nil {
		return Workbook{}, err
	}
	if b.o.Title, err = Title(p); err != nil {
		return Workbook{}, err
	}
	if b.o.Quotes, err = p.QuoteRule(); err != nil {
		return Workbook{}, err
	}
	return b, nil
}

// WithEmptyThemes gives every theme a sheet, also those nothing is coded
// with yet, as a frame to fill in by hand.
func (b Workbook) WithEmptyThemes() Workbook {
	b.o.EmptyThemes = true
	return b
}

// Write writes the workbook.
func (b Workbook) Write(w io.Writer) error { return workbook.Write(w, b.corpus, b.o) }

// themeIDs resolves the paths of themes, the codes at the top of the code
// book.
func themeIDs(book *coding.CodeBook, paths []string) ([]int64, error) {
	var ids []int64
	for _, path := range paths {
		code, ok := book.Lookup(path)
		if !ok || code.ParentID != 0 {
			var names []string
			for _, id := range book.Children(0) {
				names = append(names, book.Path(id))
			}
			return nil, errNoTheme.New(message.Args{"Code": path, "Codes": listed(names)})
		}
		ids = append(ids, code.ID)
	}
	return ids, nil
}

// Title is the study's name, or its file's when it has none: what heads
// its exports.
func Title(p *store.Project) (string, error) {
	name, err := p.Name()
	if err != nil || strings.TrimSpace(name) != "" {
		return name, err
	}
	return strings.TrimSuffix(filepath.Base(p.Path()), store.Extension), nil
}

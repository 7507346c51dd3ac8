package report

import (
	"io"

	"teema/coding"
	"teema/store/docx"
)

// Parts are what goes in the report; the zero Parts is none, All every
// part.
type Parts struct {
	Method   bool // the material and method in numbers, with the interviews table
	CodeBook bool // the code book table
	Themes   bool // a section per theme with its matrix
	Quotes   bool // per sub-theme, the summaries as prose and the chosen quotes
	Findings bool // the findings → development proposals table
	Figure   bool // the figure, when one is given
}

// All is every part.
var All = Parts{Method: true, CodeBook: true, Themes: true, Quotes: true, Findings: true, Figure: true}

// Options say what the report holds and how.
type Options struct {
	Parts            Parts
	CodeBookAppendix bool             // the code book as an appendix at the end, not a table in the method
	RowsBy           coding.RowsBy    // the rows of the theme tables
	Themes           []int64          // the themes, in order; none: every theme something is coded with
	Lang             string           // "fi" or "en"
	Title            string           // the project's name
	Quotes           coding.QuoteRule // how quotes name their source
	Findings         []coding.Finding
	Agreement        *Agreement // two coders' agreement, when two coded the same documents
	Figure           *Figure    // a picture to include, such as a word or code cloud
}

// Agreement is what the method says of two coders' agreement.
type Agreement struct {
	CoderA, CoderB string
	Docs           int     // documents both coded
	Kappa, Alpha   float64 // NaN when undefined
}

// Figure is a picture of the analysis, a PNG, captioned by its kind.
type Figure struct {
	PNG  []byte
	Kind FigureKind
}

// FigureKind says what a figure shows.
type FigureKind int

// The figures a report can hold.
const (
	WordCloud FigureKind = iota // the most frequent words, by base form
	CodeCloud                   // the sub-themes by their number of excerpts
)

// Write writes the report of the corpus as a .docx.
func Write(w io.Writer, c coding.Corpus, o Options) error {
	return docx.Write(w, Build(c, o))
}

// Build lays the report out as a document.
func Build(c coding.Corpus, o Options) docx.Document {
	if c.Book == nil {
		c.Book = coding.NewCodeBook(nil)
	}
	if o.RowsBy.Kind == "" {
		o.RowsBy.Kind = coding.ByDocument
	}
	r := &builder{c: c, o: o, l: labelsFor(o.Lang), quote: c.Quoter(o.Quotes)}
	r.build()
	return docx.Document{Title: o.Title, Lang: o.Lang, Blocks: r.blocks}
}

// builder gathers the blocks of the report in order.
type builder struct {
	c      coding.Corpus
	o      Options
	l      labels
	quote  coding.Quoter
	blocks []docx.Block
}

func (r *builder) add(b ...docx.Block) { r.blocks = append(r.blocks, b...) }

func (r *builder) build() {
	p := r.o.Parts
	if p.Method {
		r.method()
	}
	if p.CodeBook && !r.o.CodeBookAppendix {
		r.codeBook()
	}
	if p.Themes || p.Quotes {
		r.results()
	}
	if p.Findings && len(r.o.Findings) > 0 {
		r.findings()
	}
	if p.Figure && r.o.Figure != nil {
		r.figure()
	}
	if p.CodeBook && r.o.CodeBookAppendix {
		r.add(docx.Heading{Level: 1, Text: r.l.appendix + " 1. " + r.l.codeBook})
		r.codeBook()
	}
}

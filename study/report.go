package study

import (
	"bytes"
	"cmp"
	"io"
	"slices"

	"teema/coding"
	"teema/coding/agreement"
	"teema/coding/cloud"
	"teema/store"
	"teema/store/chart"
	"teema/store/docx"
	"teema/store/report"
)

// ReportChoices are what a researcher chooses of the report.
type ReportChoices struct {
	RowsBy           coding.RowsBy
	Themes           []string // theme paths, in order; none: every theme with content
	Parts            report.Parts
	CodeBookAppendix bool
	Figure           report.FigureKind
	Lang             string // "fi" or "en"
}

// Report is a project's report, loaded, to be written (WriteFile(path,
// r.Write)) or outlined.
type Report struct {
	corpus coding.Corpus
	o      report.Options
}

// LoadReport loads what the report of a project needs: the corpus, the
// findings, the quote rule, two coders' agreement when two coded the same
// documents, and the figure. forms counts the words of a word cloud.
func LoadReport(p *store.Project, ch ReportChoices, forms *Forms) (Report, error) {
	return loadReport(p, ch, func() (*report.Figure, error) { return figure(p, ch.Figure, forms) })
}

// PreviewReport loads the report without drawing its figure, for an
// outline shown while the researcher chooses: a word cloud counts every
// word of the interviews, the outline needs only its caption.
func PreviewReport(p *store.Project, ch ReportChoices) (Report, error) {
	return loadReport(p, ch, func() (*report.Figure, error) { return &report.Figure{Kind: ch.Figure}, nil })
}

func loadReport(p *store.Project, ch ReportChoices, draw func() (*report.Figure, error)) (Report, error) {
	corpus, err := p.Corpus()
	if err != nil {
		return Report{}, err
	}
	o := report.Options{Parts: ch.Parts, CodeBookAppendix: ch.CodeBookAppendix, RowsBy: ch.RowsBy, Lang: ch.Lang}
	if ch.RowsBy.Kind == coding.ByAttribute && len(coding.AttributeKeys(corpus.Docs)) > 0 {
		if err := hasAttribute(corpus.Docs, ch.RowsBy.Attr); err != nil {
			return Report{}, err
		}
	}
	if o.Themes, err = themeIDs(corpus.Book, ch.Themes); err != nil {
		return Report{}, err
	}
	if o.Findings, err = p.Findings(); err != nil {
		return Report{}, err
	}
	if o.Title, err = Title(p); err != nil {
		return Report{}, err
	}
	if o.Quotes, err = p.QuoteRule(); err != nil {
		return Report{}, err
	}
	if ch.Parts.Method {
		if o.Agreement, err = coderAgreement(p, corpus.Excerpts); err != nil {
			return Report{}, err
		}
	}
	if ch.Parts.Figure && len(corpus.Excerpts) > 0 {
		if o.Figure, err = draw(); err != nil {
			return Report{}, err
		}
	}
	return Report{corpus: corpus, o: o}, nil
}

// Write writes the report as a .docx.
func (r Report) Write(w io.Writer) error { return report.Write(w, r.corpus, r.o) }

// Outline is the report's headings and captions, indented by level, for a
// preview of what it will hold.
func (r Report) Outline() []string {
	var out []string
	var walk func([]docx.Block)
	walk = func(bs []docx.Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case docx.Heading:
				out = append(out, indent(b.Level-1)+b.Text)
			case docx.Caption:
				out = append(out, indent(2)+b.Label+": "+b.Text)
			case docx.Landscape:
				walk(b.Blocks)
			}
		}
	}
	walk(report.Build(r.corpus, r.o).Blocks)
	return out
}

func indent(n int) string { return string(bytes.Repeat([]byte("    "), n)) }

// coderAgreement is the agreement of the two coders who coded most, when
// they coded documents in common; nil when fewer than two coded.
func coderAgreement(p *store.Project, es []coding.Excerpt) (*report.Agreement, error) {
	count := map[string]int{}
	for _, e := range es {
		count[e.Coder]++
	}
	coders := make([]string, 0, len(count))
	for c := range count {
		coders = append(coders, c)
	}
	if len(coders) < 2 {
		return nil, nil
	}
	slices.SortFunc(coders, func(a, b string) int { return cmp.Or(count[b]-count[a], cmp.Compare(a, b)) })
	rep, err := Agreement(p, agreement.Options{CoderA: coders[0], CoderB: coders[1]})
	if err != nil || len(rep.Docs) == 0 {
		return nil, err
	}
	return &report.Agreement{CoderA: coders[0], CoderB: coders[1], Docs: len(rep.Docs),
		Kappa: rep.Overall.Kappa(), Alpha: rep.Overall.Alpha()}, nil
}

// figure draws the chosen figure: a cloud of the most frequent words or
// of the sub-themes by their number of excerpts.
func figure(p *store.Project, kind report.FigureKind, forms *Forms) (*report.Figure, error) {
	var words []cloud.Word
	if kind == report.CodeCloud {
		counts, err := CodeFrequencies(p, true)
		if err != nil {
			return nil, err
		}
		for _, c := range counts {
			words = append(words, cloud.Word{Text: c.Code, Weight: c.Excerpts})
		}
	} else {
		wc, err := CountWords(p, WordQuery{StopLists: StopLists, MinLen: 2, NoInterviewer: true, Top: 80}, forms)
		if err != nil {
			return nil, err
		}
		wc.Keep() // a failure only means the next count reads the texts again
		for _, w := range wc.Result.Words {
			words = append(words, cloud.Word{Text: w.Word, Weight: w.Count})
		}
	}
	var b bytes.Buffer
	if _, err := chart.Cloud(&b, "", words); err != nil {
		return nil, err
	}
	return &report.Figure{PNG: b.Bytes(), Kind: kind}, nil
}

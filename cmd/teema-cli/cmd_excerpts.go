package main

import (
	"fmt"
	"math"
	"strings"
	"text/tabwriter"

	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/store"
)

func init() {
	register("code", "code PROJECT --doc DOC --code PATH (--start N --end N | --match TEXT [--nth K]) [--memo TEXT] [--coder NAME]", cmdCode)
	register("excerpts", "excerpts PROJECT [--code PATH] [--doc DOC] [--json]", cmdExcerpts)
}

type codeArgs struct {
	doc, code, match, memo, coder string
	start, end, nth               int
}

func cmdCode(c *cli, args []string) error {
	fs := newFlags("code")
	var a codeArgs
	fs.StringVar(&a.doc, "doc", "", "document name or id")
	fs.StringVar(&a.code, "code", "", "code path, e.g. Yhteistyö/Tapaamiset")
	fs.IntVar(&a.start, "start", -1, "first character (code points from 0)")
	fs.IntVar(&a.end, "end", -1, "end character, exclusive")
	fs.StringVar(&a.match, "match", "", "code this text instead of a range")
	fs.IntVar(&a.nth, "nth", 1, "with --match: which occurrence")
	fs.StringVar(&a.memo, "memo", "", "memo on the excerpt")
	fs.StringVar(&a.coder, "coder", "", "coder's name (default: $USER)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := a.check(pos); err != nil {
		return err
	}
	return withProject(pos[0], func(p *store.Project) error { return c.code(p, a) })
}

func (a codeArgs) check(pos []string) error {
	switch {
	case len(pos) != 1:
		return misuse(errOneProject, message.Args{"Command": "code"})
	case a.doc == "" || a.code == "":
		return misuse(errCodeWhere, nil)
	case a.match == "" && (a.start < 0 || a.end < 0), a.match != "" && (a.start >= 0 || a.end >= 0):
		return misuse(errCodeRange, nil)
	case a.nth < 1:
		return misuse(errNth, nil)
	}
	return nil
}

func (c *cli) code(p *store.Project, a codeArgs) error {
	info, err := p.FindDocument(a.doc)
	if err != nil {
		return err
	}
	code, err := codeID(p, a.code)
	if err != nil {
		return err
	}
	if a.match != "" {
		doc, err := p.Document(info.ID)
		if err != nil {
			return err
		}
		var ok bool
		a.start, a.end, ok = coding.FindNth(doc.Text, coding.Normalize(a.match), a.nth)
		if !ok {
			return errNoOccurrence.New(message.Args{"Document": info.Name, "N": a.nth, "Text": a.match})
		}
	}
	if a.coder == "" {
		a.coder = defaultCoder()
	}
	e, err := p.AddExcerpt(coding.Excerpt{DocID: info.ID, CodeID: code, Start: a.start, End: a.end, Coder: a.coder, Memo: a.memo})
	if err != nil {
		return err
	}
	c.say(i18n.TF(`coded "{{.Document}}" {{.Start}}–{{.End}} as {{.Code}} (excerpt {{.ID}})`,
		map[string]any{"Document": info.Name, "Start": e.Start, "End": e.End, "Code": a.code, "ID": e.ID}))
	return nil
}

type excerptJSON struct {
	ID    int64  `json:"id"`
	Doc   string `json:"doc"`
	Code  string `json:"code"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Coder string `json:"coder"`
	Memo  string `json:"memo"`
	Quote bool   `json:"quote"` // chosen to quote in the report
	// Time is when the excerpt is heard in its recording, in seconds
	// from its start to its end, for a timed transcript.
	Time *[2]float64 `json:"time,omitempty"`
}

func cmdExcerpts(c *cli, args []string) error {
	fs := newFlags("excerpts")
	codePath := fs.String("code", "", "only this code (and its sub-codes)")
	docRef := fs.String("doc", "", "only this document")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "excerpts"})
	}
	return readProject(pos[0], func(p *store.Project) error {
		out, err := listExcerpts(p, *codePath, *docRef)
		if err != nil {
			return err
		}
		if *asJSON {
			return c.json(out)
		}
		tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tDOC\tCODE\tRANGE\tTEXT")
		for _, e := range out {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d–%d\t%s\n", e.ID, e.Doc, e.Code, e.Start, e.End, oneLine(e.Text, 80))
		}
		return tw.Flush()
	})
}

func listExcerpts(p *store.Project, codePath, docRef string) ([]excerptJSON, error) {
	cb, err := p.CodeBook()
	if err != nil {
		return nil, err
	}
	var f coding.ExcerptFilter
	if codePath != "" {
		id, err := codeID(p, codePath)
		if err != nil {
			return nil, err
		}
		f.CodeIDs = cb.Subtree(id)
	}
	docs, err := p.Documents()
	if err != nil {
		return nil, err
	}
	names := map[int64]string{}
	for _, d := range docs {
		names[d.ID] = d.Name
	}
	if docRef != "" {
		d, err := p.FindDocument(docRef)
		if err != nil {
			return nil, err
		}
		f.DocID = d.ID
	}
	es, err := p.Excerpts(f)
	if err != nil {
		return nil, err
	}
	times := map[int64]coding.TimeIndex{}
	out := make([]excerptJSON, 0, len(es))
	for _, e := range es {
		ix, seen := times[e.DocID]
		if !seen {
			if ix, err = p.TimeIndex(e.DocID); err != nil {
				return nil, err
			}
			times[e.DocID] = ix
		}
		x := excerptJSON{e.ID, names[e.DocID], cb.Path(e.CodeID), e.Start, e.End, e.Text, e.Coder, e.Memo, e.Quote, nil}
		if from, to, ok := ix.SpanTime(e.Start, e.End); ok {
			x.Time = &[2]float64{millis(from), millis(to)}
		}
		out = append(out, x)
	}
	return out, nil
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// millis rounds seconds to the millisecond, as precise as a subtitle.
func millis(s float64) float64 { return math.Round(s*1000) / 1000 }

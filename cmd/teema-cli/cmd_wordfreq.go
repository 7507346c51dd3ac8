package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/xuri/excelize/v2"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"teema/assets"
	"teema/coding"
	"teema/coding/lemma"
	"teema/coding/wordfreq"
	"teema/store"
)

func init() {
	register("wordfreq", "wordfreq PROJECT [--doc DOC]... [--where KEY=VALUE]... [--code PATH]... [--speaker NAME]...\n"+
		"        [--no-interviewer] [--forms raw|stem|lemma] [--stopwords fi,en|none] [--min-len N] [--top N]\n"+
		"        [--format table|csv|json] [--out FILE.xlsx|FILE.csv|FILE.png]", cmdWordfreq)
	register("codefreq", "codefreq PROJECT [--by-name] [--format table|json] [--out FILE.png]", cmdCodefreq)
}

type wordfreqArgs struct {
	docs, where, codes, speakers multi
	noInterviewer, plain         bool
	forms, stopwords             string
	format, out                  string
	minLen, top                  int
}

func cmdWordfreq(c *cli, args []string) error {
	fs := newFlags("wordfreq")
	var a wordfreqArgs
	fs.Var(&a.docs, "doc", "only this interview (repeatable)")
	fs.Var(&a.where, "where", "only interviews with this attribute value, KEY=VALUE (repeatable: AND across keys, OR within one)")
	fs.Var(&a.codes, "code", "only text coded with this code or its sub-codes (repeatable)")
	fs.Var(&a.speakers, "speaker", "only this speaker's turns (repeatable)")
	fs.BoolVar(&a.noInterviewer, "no-interviewer", false, "leave out the interviewer's turns")
	fs.StringVar(&a.forms, "forms", "", "count words as written (raw), by stem, or by lemma (default: lemma if Voikko is installed, else stem)")
	fs.StringVar(&a.stopwords, "stopwords", "fi,en", "stop-word lists to drop, comma-separated, or none")
	fs.IntVar(&a.minLen, "min-len", 2, "drop words shorter than this many letters")
	fs.IntVar(&a.top, "top", 50, "how many words to show (0: all)")
	fs.StringVar(&a.format, "format", "table", "table, csv or json")
	fs.StringVar(&a.out, "out", "", "write a workbook (.xlsx), a CSV file (.csv) or a bar chart (.png) instead")
	// --plain-tokens tokenises like Python's re.findall(r"[^\W\d_]+") and
	// counts speaker labels, to check Teema's counts against such scripts
	// (bench/wordfreq.sh). Not in the usage: it is no way to analyse text.
	fs.BoolVar(&a.plain, "plain-tokens", false, "tokenise like [^\\W\\d_]+ and count speaker labels (for benchmarks)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := a.check(pos); err != nil {
		return err
	}
	return readProject(pos[0], func(p *store.Project) error { return c.wordfreq(p, a) })
}

func (a wordfreqArgs) check(pos []string) error {
	switch {
	case len(pos) != 1:
		return usagef("wordfreq takes one project")
	case a.forms != "" && a.forms != "raw" && a.forms != "stem" && a.forms != "lemma":
		return usagef("--forms is raw, stem or lemma, not %q", a.forms)
	case a.format != "table" && a.format != "csv" && a.format != "json":
		return usagef("--format is table, csv or json, not %q", a.format)
	case a.minLen < 0 || a.top < 0:
		return usagef("--min-len and --top cannot be negative")
	}
	if a.out != "" {
		switch strings.ToLower(filepath.Ext(a.out)) {
		case ".xlsx", ".csv", ".png":
		default:
			return usagef("--out must name an .xlsx, .csv or .png file")
		}
	}
	return nil
}

// openForms chooses how words are counted. A missing Voikko is no error:
// the count falls back to stems and says so on stderr.
func (c *cli) openForms(name string) (wordfreq.Forms, func(), error) {
	if name == "raw" {
		return wordfreq.Raw(), func() {}, nil
	}
	if name == "stem" {
		return wordfreq.Stems(), func() {}, nil
	}
	v, err := lemma.Open()
	if err != nil {
		if !errors.Is(err, lemma.ErrUnavailable) {
			return nil, nil, err
		}
		fmt.Fprintf(c.errOut, "teema-cli: note: %s\nteema-cli: note: counting Snowball stems instead of lemmas (--forms stem)\n", err)
		return wordfreq.Stems(), func() {}, nil
	}
	if path, err := lemma.DefaultCachePath(); err == nil {
		if err := v.UseCache(path); err != nil {
			fmt.Fprintf(c.errOut, "teema-cli: note: %s\n", err)
		}
	}
	return wordfreq.Lemmas(v), func() {
		if err := v.Flush(); err != nil {
			fmt.Fprintf(c.errOut, "teema-cli: note: %s\n", err)
		}
		v.Close()
	}, nil
}

// stopWords loads the shipped lists named in --stopwords.
func stopWords(lists string) ([]string, error) {
	var out []string
	for _, name := range strings.Split(lists, ",") {
		name = strings.TrimSpace(name)
		if name == "" || strings.EqualFold(name, "none") {
			continue
		}
		words, err := assets.StopWords(name)
		if err != nil {
			return nil, usagef("--stopwords: %s", err)
		}
		out = append(out, words...)
	}
	return out, nil
}

// scope resolves the command line's choice of text against the project.
func scope(p *store.Project, corpus coding.Corpus, a wordfreqArgs) (wordfreq.Scope, error) {
	s := wordfreq.Scope{Speakers: a.speakers, NoInterviewer: a.noInterviewer, Labels: a.plain}
	for _, ref := range a.docs {
		d, err := p.FindDocument(ref)
		if err != nil {
			return s, err
		}
		s.Docs = append(s.Docs, d.ID)
	}
	for _, kv := range a.where {
		k, v, err := splitKV(kv)
		if err != nil {
			return s, err
		}
		if !hasAttr(corpus, k) {
			return s, fmt.Errorf("no interview has the attribute %q (attributes: %s)", k, strings.Join(coding.AttributeKeys(corpus.Docs), ", "))
		}
		if s.Where == nil {
			s.Where = map[string][]string{}
		}
		s.Where[k] = append(s.Where[k], v)
	}
	for _, path := range a.codes {
		code, ok := corpus.Book.Lookup(path)
		if !ok {
			return s, fmt.Errorf("code %q does not exist (see teema-cli codes)", path)
		}
		s.Codes = append(s.Codes, code.ID)
	}
	return s, nil
}

// wordfreqCorpus loads what a word count's scope needs, and no more: the
// documents' listing, the code book, and the codings only when --code
// asks for them. The turns come with each document's text.
func wordfreqCorpus(p *store.Project, a wordfreqArgs) (coding.Corpus, error) {
	var c coding.Corpus
	var err error
	if c.Docs, err = p.Documents(); err != nil {
		return c, err
	}
	if c.Book, err = p.CodeBook(); err != nil {
		return c, err
	}
	if len(a.codes) > 0 {
		var f coding.ExcerptFilter
		for _, path := range a.codes {
			if code, ok := c.Book.Lookup(path); ok {
				f.CodeIDs = append(f.CodeIDs, c.Book.Subtree(code.ID)...)
			}
		}
		if len(f.CodeIDs) > 0 {
			if c.Excerpts, err = p.Excerpts(f); err != nil {
				return c, err
			}
		}
	}
	return c, nil
}

func (c *cli) wordfreq(p *store.Project, a wordfreqArgs) error {
	// A count is short and allocates mostly what it keeps (the texts, the
	// tables): collecting garbage less often saves it a tenth of its time.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	stop, err := stopWords(a.stopwords)
	if err != nil {
		return err
	}
	// Voikko loads its dictionary while the project is read.
	type opened struct {
		forms wordfreq.Forms
		done  func()
		err   error
	}
	formsCh := make(chan opened, 1)
	go func() {
		f, done, err := c.openForms(a.forms)
		formsCh <- opened{f, done, err}
	}()
	corpus, err := wordfreqCorpus(p, a)
	if err != nil {
		return err
	}
	sc, err := scope(p, corpus, a)
	if err != nil {
		return err
	}
	sel := sc.Select(corpus)
	f := <-formsCh
	if f.err != nil {
		return f.err
	}
	defer f.done()
	counter := wordfreq.NewCounter(wordfreq.Options{Forms: f.forms, PlainTokens: a.plain, MinLen: a.minLen, Stop: stop})
	loadErr := loadTexts(p, sel, counter)
	res := counter.Result()
	if loadErr != nil {
		return loadErr
	}
	if res.Docs == 0 {
		fmt.Fprintln(c.errOut, "teema-cli: note: no text is in scope (check --doc, --where, --code and --speaker)")
	}
	if n := res.Langs[wordfreq.English]; n > 0 && f.forms.Name() == "lemma" {
		fmt.Fprintf(c.errOut, "teema-cli: note: %d interview(s) are in English; their words are counted by stem\n", n)
	}
	words := res.Top(a.top)
	if a.out != "" {
		if err := writeWordfreqFile(a.out, words, res, f.forms.Name()); err != nil {
			return fmt.Errorf("write %s: %w", a.out, err)
		}
		fmt.Fprintf(c.out, "wrote %s (%d words of %d counted in %d interviews)\n", a.out, len(words), res.Counted, res.Docs)
		return nil
	}
	switch a.format {
	case "json":
		if words == nil {
			words = []wordfreq.Word{}
		}
		return c.json(words)
	case "csv":
		return writeWordfreqCSV(c.out, words)
	}
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WORD\tCOUNT\tDOCS\tSHARE\tFORMS")
	for _, w := range words {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f %%\t%s\n", w.Word, w.Count, w.Docs, 100*w.Share, formsList(w.Forms, 5))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "\n%d words counted (%d tokens) in %d interviews; forms: %s\n", res.Counted, res.Tokens, res.Docs, f.forms.Name())
	return nil
}

// loadTexts reads the documents in scope into the counter. SQLite reads
// one statement at a time per connection, so a second, read-only
// connection reads every other document: the loading, not the counting,
// is what a large project waits for.
func loadTexts(p *store.Project, sel *wordfreq.Selection, counter *wordfreq.Counter) error {
	load := func(q *store.Project, docs []coding.DocumentInfo) error {
		for _, d := range docs {
			doc, err := q.Document(d.ID)
			if err != nil {
				return err
			}
			if t, ok := sel.Text(doc); ok {
				counter.Add(t)
			}
		}
		return nil
	}
	var mine, theirs []coding.DocumentInfo
	for i, d := range sel.Docs {
		if i%2 == 0 {
			mine = append(mine, d)
		} else {
			theirs = append(theirs, d)
		}
	}
	q, err := store.OpenReadOnly(p.Path())
	if err != nil || len(theirs) == 0 {
		if q != nil {
			q.Close()
		}
		return load(p, sel.Docs)
	}
	defer q.Close()
	errCh := make(chan error, 1)
	go func() { errCh <- load(q, theirs) }()
	err = load(p, mine)
	if err2 := <-errCh; err == nil {
		err = err2
	}
	return err
}

// formsList shows a word's first forms, with a count of the rest.
func formsList(forms []string, n int) string {
	if len(forms) <= n {
		return strings.Join(forms, ", ")
	}
	return fmt.Sprintf("%s (+%d)", strings.Join(forms[:n], ", "), len(forms)-n)
}

func writeWordfreqFile(path string, words []wordfreq.Word, res wordfreq.Result, forms string) error {
	var buf bytes.Buffer
	var err error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		err = writeWordfreqCSV(&buf, words)
	case ".xlsx":
		err = writeWordfreqXLSX(&buf, words, res, forms)
	case ".png":
		err = writeWordfreqPNG(&buf, words, forms)
	}
	if err != nil {
		return err
	}
	// Written to memory first, so a failed export never leaves half a file.
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// writeWordfreqCSV writes word, count, docs, share, forms; a BOM lets
// Excel read the Finnish letters, and no cell can start a formula.
func writeWordfreqCSV(w io.Writer, words []wordfreq.Word) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"word", "count", "docs", "share", "forms"}); err != nil {
		return err
	}
	for _, wd := range words {
		row := []string{store.SafeCell(wd.Word), strconv.Itoa(wd.Count), strconv.Itoa(wd.Docs),
			strconv.FormatFloat(wd.Share, 'f', 6, 64), store.SafeCell(strings.Join(wd.Forms, " "))}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeWordfreqXLSX writes one sheet: the words as text cells, the
// numbers as numbers, the share as a percentage.
func writeWordfreqXLSX(w io.Writer, words []wordfreq.Word, res wordfreq.Result, forms string) error {
	f := excelize.NewFile()
	defer f.Close()
	fi := systemLang() == "fi"
	sheet, headers := "Words", []string{"Word", "Count", "Interviews", "Share", "Forms"}
	if fi {
		sheet, headers = "Sanat", []string{"Sana", "Määrä", "Haastatteluja", "Osuus", "Muodot"}
	}
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	text := "@"
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, CustomNumFmt: &text})
	if err != nil {
		return err
	}
	str, err := f.NewStyle(&excelize.Style{CustomNumFmt: &text})
	if err != nil {
		return err
	}
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 10})
	if err != nil {
		return err
	}
	cell := func(col, row int) string {
		name, _ := excelize.CoordinatesToCellName(col, row)
		return name
	}
	for i, h := range headers {
		if err := f.SetCellStr(sheet, cell(i+1, 1), h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sheet, "A1", cell(len(headers), 1), bold); err != nil {
		return err
	}
	for i, wd := range words {
		r := i + 2
		for _, set := range []error{
			f.SetCellStr(sheet, cell(1, r), store.SafeCell(wd.Word)),
			f.SetCellInt(sheet, cell(2, r), int64(wd.Count)),
			f.SetCellInt(sheet, cell(3, r), int64(wd.Docs)),
			f.SetCellFloat(sheet, cell(4, r), wd.Share, -1, 64),
			f.SetCellStr(sheet, cell(5, r), store.SafeCell(strings.Join(wd.Forms, ", "))),
		} {
			if set != nil {
				return set
			}
		}
	}
	if len(words) > 0 {
		last := len(words) + 1
		for _, s := range []struct {
			from, to string
			style    int
		}{{"A2", cell(1, last), str}, {"D2", cell(4, last), pct}, {"E2", cell(5, last), str}} {
			if err := f.SetCellStyle(sheet, s.from, s.to, s.style); err != nil {
				return err
			}
		}
	}
	note := fmt.Sprintf("%d words counted in %d interviews; forms: %s", res.Counted, res.Docs, forms)
	if fi {
		note = fmt.Sprintf("%d sanaa laskettu %d haastattelusta; muodot: %s", res.Counted, res.Docs, forms)
	}
	if err := f.SetCellStr(sheet, cell(1, len(words)+3), note); err != nil {
		return err
	}
	for col, width := range map[string]float64{"A": 24, "B": 10, "C": 14, "D": 10, "E": 60} {
		if err := f.SetColWidth(sheet, col, col, width); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return f.Write(w)
}

// writeWordfreqPNG draws a horizontal bar chart of the words, the most
// frequent at the top.
func writeWordfreqPNG(w io.Writer, words []wordfreq.Word, forms string) error {
	p := plot.New()
	p.Title.Text = fmt.Sprintf("Word frequency (%s)", forms)
	if systemLang() == "fi" {
		p.Title.Text = fmt.Sprintf("Sanojen esiintymät (%s)", forms)
	}
	n := len(words)
	values := make(plotter.Values, n)
	labels := make([]string, n)
	for i, wd := range words {
		values[n-1-i] = float64(wd.Count)
		labels[n-1-i] = wd.Word
	}
	if n > 0 {
		bars, err := plotter.NewBarChart(values, vg.Points(12))
		if err != nil {
			return err
		}
		bars.Horizontal = true
		bars.Color = color.RGBA{R: 0x2b, G: 0x6c, B: 0xb0, A: 0xff}
		bars.LineStyle.Width = 0
		p.Add(bars)
		p.NominalY(labels...)
	}
	p.X.Min = 0
	p.Y.Tick.Label.Font.Size = vg.Points(10)
	height := vg.Length(max(n, 8)) * vg.Points(16)
	wt, err := p.WriterTo(7*vg.Inch, height+vg.Inch, "png")
	if err != nil {
		return err
	}
	_, err = wt.WriteTo(w)
	return err
}

func cmdCodefreq(c *cli, args []string) error {
	fs := newFlags("codefreq")
	byName := fs.Bool("by-name", false, "add sub-themes up by name across themes")
	format := fs.String("format", "table", "table or json")
	out := fs.String("out", "", "draw a code cloud (.png)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) != 1:
		return usagef("codefreq takes one project")
	case *format != "table" && *format != "json":
		return usagef("--format is table or json, not %q", *format)
	case *out != "" && !strings.EqualFold(filepath.Ext(*out), ".png"):
		return usagef("--out must name a .png file")
	}
	return readProject(pos[0], func(p *store.Project) error {
		corpus, err := p.Corpus()
		if err != nil {
			return err
		}
		counts := wordfreq.CodeFreq(corpus, *byName)
		if *out != "" {
			var buf bytes.Buffer
			if err := drawCodeCloud(&buf, counts); err != nil {
				return fmt.Errorf("write %s: %w", *out, err)
			}
			if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("write %s: %w", *out, err)
			}
			fmt.Fprintf(c.out, "wrote %s (%d codes)\n", *out, len(counts))
			return nil
		}
		if *format == "json" {
			if counts == nil {
				counts = []wordfreq.CodeCount{}
			}
			return c.json(counts)
		}
		tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "CODE\tEXCERPTS\tDOCS")
		for _, cc := range counts {
			fmt.Fprintf(tw, "%s\t%d\t%d\n", cc.Code, cc.Excerpts, cc.Docs)
		}
		return tw.Flush()
	})
}

// drawCodeCloud sets the code names in lines, each sized by its number of
// excerpts (area grows with the count), the most used first: the sub-theme
// word network of the Calpro study's figure 20.
func drawCodeCloud(w io.Writer, counts []wordfreq.CodeCount) error {
	const width, margin = 1000.0, 30.0
	var used []wordfreq.CodeCount
	most := 0
	for _, cc := range counts {
		if cc.Excerpts > 0 {
			used = append(used, cc)
			most = max(most, cc.Excerpts)
		}
	}
	type placed struct {
		text        string
		face        font.Face
		size, width float64 // width includes the gap after the name
		shade       uint8
	}
	var items []placed
	var lines [][]int
	lineWidth := []float64{0}
	lines = append(lines, nil)
	for i, cc := range used {
		size := 14 + 46*math.Sqrt(float64(cc.Excerpts)/float64(most))
		face := font.DefaultCache.Lookup(plot.DefaultFont, vg.Points(size))
		tw := float64(face.Width(cc.Code).Points()) + size*0.8
		if cur := len(lines) - 1; lineWidth[cur]+tw > width-2*margin && len(lines[cur]) > 0 {
			lines = append(lines, nil)
			lineWidth = append(lineWidth, 0)
		}
		cur := len(lines) - 1
		lines[cur] = append(lines[cur], i)
		lineWidth[cur] += tw
		shade := uint8(40 + 120*(1-float64(cc.Excerpts)/float64(most)))
		items = append(items, placed{text: cc.Code, face: face, size: size, width: tw, shade: shade})
	}
	heights := make([]float64, len(lines))
	total := 2 * margin
	for l, idx := range lines {
		for _, i := range idx {
			heights[l] = max(heights[l], items[i].size*1.35)
		}
		total += heights[l]
	}
	total = max(total, 200)
	canvas := vgimg.NewWith(vgimg.UseWH(vg.Points(width), vg.Points(total)), vgimg.UseDPI(96), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(canvas)
	y := total - margin
	for l, idx := range lines {
		y -= heights[l]
		x := (width - lineWidth[l]) / 2
		for _, i := range idx {
			it := items[i]
			canvas.SetColor(color.RGBA{R: it.shade / 3, G: it.shade / 2, B: it.shade + 60, A: 0xff})
			dc.FillString(it.face, vg.Point{X: vg.Points(x + it.size*0.4), Y: vg.Points(y + heights[l]*0.2)}, it.text)
			x += it.width
		}
	}
	if len(items) == 0 {
		face := font.DefaultCache.Lookup(plot.DefaultFont, vg.Points(18))
		canvas.SetColor(color.Gray{Y: 90})
		dc.FillString(face, vg.Point{X: vg.Points(margin), Y: vg.Points(total / 2)}, "—")
	}
	_, err := vgimg.PngCanvas{Canvas: canvas}.WriteTo(w)
	return err
}

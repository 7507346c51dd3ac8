package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"text/tabwriter"

	"teema/assets"
	"teema/coding"
	"teema/coding/wordfreq"
	"teema/store"
	"teema/voikko"
)

func init() {
	register("wordfreq", "wordfreq PROJECT [--doc DOC]... [--where KEY=VALUE]... [--code PATH]... [--speaker NAME]...\n"+
		"        [--no-interviewer] [--forms raw|stem|lemma] [--stopwords fi,en|none] [--min-len N] [--top N] [--numbers]\n"+
		"        [--format table|csv|json] [--out FILE.xlsx|FILE.csv|FILE.png] [--picture bars|cloud]\n"+
		"        [--compare KEY=A,B]", cmdWordfreq)
}

type wordfreqArgs struct {
	docs, where, codes, speakers multi
	noInterviewer, plain, nums   bool
	forms, stopwords             string
	format, out, picture         string
	compare                      string
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
	fs.StringVar(&a.stopwords, "stopwords", "fi,en", "stop-word lists to drop, comma-separated, or none; the project's own changes (teema-cli stopwords) apply with any list")
	fs.IntVar(&a.minLen, "min-len", 2, "drop words shorter than this many letters")
	fs.BoolVar(&a.nums, "numbers", false, "count numbers (2016, covid19) as words too")
	fs.IntVar(&a.top, "top", 50, "how many words to show (0: all)")
	fs.StringVar(&a.format, "format", "table", "table, csv or json")
	fs.StringVar(&a.out, "out", "", "write a workbook (.xlsx), a CSV file (.csv) or a picture (.png) instead")
	fs.StringVar(&a.picture, "picture", "bars", "the picture --out draws: bars (the top words) or cloud (a word cloud)")
	fs.StringVar(&a.compare, "compare", "", "compare the interviews with KEY=A against those with KEY=B by log-likelihood keyness")
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
	case a.picture != "bars" && a.picture != "cloud":
		return usagef("--picture is bars or cloud, not %q", a.picture)
	case a.compare != "" && strings.EqualFold(filepath.Ext(a.out), ".png"):
		return usagef("--compare writes a table: --out must name an .xlsx or .csv file")
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
	v, err := voikko.Open()
	if err != nil {
		if !errors.Is(err, voikko.ErrUnavailable) {
			return nil, nil, err
		}
		fmt.Fprintf(c.errOut, "teema-cli: note: %s\nteema-cli: note: counting Snowball stems instead of lemmas (--forms stem)\n", err)
		return wordfreq.Stems(), func() {}, nil
	}
	if path, err := voikko.DefaultCachePath(); err == nil {
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

// laterForms are a count's word forms while Voikko is still opening: the
// count reads its project meanwhile and waits only when its first word
// needs a form. Voikko's dictionary and cache take as long to load as a
// project's word tallies.
type laterForms struct {
	once sync.Once
	ch   chan openedForms
	got  openedForms
}

type openedForms struct {
	forms wordfreq.Forms
	done  func()
	err   error
}

func openLater(open func() (wordfreq.Forms, func(), error)) *laterForms {
	l := &laterForms{ch: make(chan openedForms, 1)}
	go func() {
		f, done, err := open()
		if err != nil {
			f, done = wordfreq.Raw(), func() {}
		}
		l.ch <- openedForms{f, done, err}
	}()
	return l
}

func (l *laterForms) wait() openedForms {
	l.once.Do(func() { l.got = <-l.ch })
	return l.got
}

func (l *laterForms) Name() string { return l.wait().forms.Name() }
func (l *laterForms) Form(token string, lang wordfreq.Lang) string {
	return l.wait().forms.Form(token, lang)
}

// Signature lets the count keep the forms it finds with the project.
func (l *laterForms) Signature(lang wordfreq.Lang) string {
	if s, ok := l.wait().forms.(wordfreq.Signed); ok {
		return s.Signature(lang)
	}
	return ""
}

// err is why the forms asked for could not be opened; a count made
// meanwhile is of raw forms and must not be shown.
func (l *laterForms) err() error { return l.wait().err }

// done saves Voikko's cache and closes it.
func (l *laterForms) done() { l.wait().done() }

// stopWords sets the options' stop words: the shipped lists named in
// --stopwords and, when any is named, the project's own changes to them.
// It returns a line that says which are active.
func stopWords(p *store.Project, lists string, o *wordfreq.Options) (string, error) {
	var names []string
	for _, name := range strings.Split(lists, ",") {
		name = strings.TrimSpace(name)
		if name == "" || strings.EqualFold(name, "none") {
			continue
		}
		words, err := assets.StopWords(name)
		if err != nil {
			return "", usagef("--stopwords: %s", err)
		}
		o.Stop = append(o.Stop, words...)
		names = append(names, name)
	}
	if len(names) == 0 {
		return "none", nil
	}
	own, err := p.StopWords()
	if err != nil {
		return "", err
	}
	o.ExtraStop, o.Keep = own.Added, own.Kept
	active := strings.Join(names, ", ")
	if len(own.Added)+len(own.Kept) > 0 {
		active += fmt.Sprintf(" + the project's own (%d added, %d counted anyway)", len(own.Added), len(own.Kept))
	}
	return active, nil
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
	o := wordfreq.Options{PlainTokens: a.plain, MinLen: a.minLen, Numbers: a.nums}
	stopNote, err := stopWords(p, a.stopwords, &o)
	if err != nil {
		return err
	}
	// Voikko loads its dictionary while the project is read and counted.
	forms := openLater(func() (wordfreq.Forms, func(), error) { return c.openForms(a.forms) })
	defer forms.done()
	o.Forms = forms
	corpus, err := wordfreqCorpus(p, a)
	if err != nil {
		return err
	}
	sc, err := scope(p, corpus, a)
	if err != nil {
		return err
	}
	settings := func() string {
		return fmt.Sprintf("forms: %s; stop words: %s; shortest word: %d letters", forms.Name(), stopNote, a.minLen)
	}
	if a.compare != "" {
		if err := forms.err(); err != nil {
			return err
		}
		return c.compare(p, corpus, sc, o, a, settings())
	}
	o.Top = a.top
	res, err := p.CountWords(sc.Select(corpus), o)
	if err == nil {
		err = forms.err()
	}
	if err != nil {
		return err
	}
	if res.Docs == 0 {
		fmt.Fprintln(c.errOut, "teema-cli: note: no text is in scope (check --doc, --where, --code and --speaker)")
	}
	if n := res.Langs[wordfreq.English]; n > 0 && forms.Name() == "lemma" {
		fmt.Fprintf(c.errOut, "teema-cli: note: %d interview(s) are in English; their words are counted by stem\n", n)
	}
	words := res.Top(a.top)
	note := fmt.Sprintf("%d words counted (%d tokens) in %d interviews; %s", res.Counted, res.Tokens, res.Docs, settings())
	if a.out != "" {
		return c.writeWords(a, words, note)
	}
	switch a.format {
	case "json":
		if words == nil {
			words = []wordfreq.Word{}
		}
		return c.json(words)
	case "csv":
		return store.WriteWordsCSV(c.out, words)
	}
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WORD\tCOUNT\tDOCS\tSHARE\tFORMS")
	for _, w := range words {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f %%\t%s\n", w.Word, w.Count, w.Docs, 100*w.Share, formsList(w.Forms, 5))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "\n%s\n", note)
	return nil
}

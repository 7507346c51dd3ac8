package main

import (
	"path/filepath"
	"slices"
	"strings"

	"teema/coding"
	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/study"
)

func init() {
	register("wordfreq", "wordfreq PROJECT [--doc DOC]... [--where KEY=VALUE]... [--code PATH]... [--speaker NAME]...\n"+
		"        [--lang DOC=fi|en]...\n"+
		"        [--no-interviewer] [--forms raw|stem|lemma] [--stopwords fi,en|none] [--min-len N] [--top N] [--numbers]\n"+
		"        [--format table|csv|json] [--out FILE.xlsx|FILE.csv|FILE.png] [--picture bars|cloud]\n"+
		"        [--compare KEY=A,B]", cmdWordfreq)
}

type wordfreqArgs struct {
	docs, where, codes, speakers multi
	langs                        multi
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
	fs.Var(&a.langs, "lang", "count this interview as Finnish or English, DOC=fi or DOC=en (repeatable); otherwise its attribute kieli, or its text, says")
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
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "wordfreq"})
	}
	if err := a.check(); err != nil {
		return err
	}
	return readProject(pos[0], func(p *store.Project) error { return c.wordfreq(p, a) })
}

// check finds the mistakes in the options that need no project to find.
func (a wordfreqArgs) check() error {
	for _, err := range []error{
		a.checkForms(),
		oneOf("--format", a.format, "table", "csv", "json"),
		oneOf("--picture", a.picture, "bars", "cloud"),
		outFile(a.out, ".xlsx", ".csv", ".png"),
		a.checkNumbers(), a.checkStopLists(), a.checkPairs(), a.checkCompare(),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

// checkForms: no --forms is lemmas, or stems without Voikko.
func (a wordfreqArgs) checkForms() error {
	if a.forms == "" {
		return nil
	}
	return oneOf("--forms", a.forms, study.FormsRaw, study.FormsStem, study.FormsLemma)
}

func (a wordfreqArgs) checkNumbers() error {
	if a.minLen < 0 {
		return misuse(errNegative, message.Args{"Flag": "--min-len"})
	}
	if a.top < 0 {
		return misuse(errNegative, message.Args{"Flag": "--top"})
	}
	return nil
}

func (a wordfreqArgs) checkStopLists() error {
	for _, name := range a.stopLists() {
		if !slices.Contains(study.StopLists, name) {
			return misuse(errStopLists, message.Args{"Name": name, "Lists": strings.Join(study.StopLists, ", ")})
		}
	}
	return nil
}

// checkPairs checks the form of --where and --lang; the project says
// whether its attributes and documents exist.
func (a wordfreqArgs) checkPairs() error {
	for _, kv := range a.where {
		if _, _, err := splitKV(kv); err != nil {
			return err
		}
	}
	for _, kv := range a.langs {
		_, l, err := splitKV(kv)
		if err == nil && wordfreq.ParseLang(l) == wordfreq.Auto {
			err = misuse(errLang, message.Args{"Lang": l})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// langs are the languages --lang sets, by document.
func (a wordfreqArgs) langsOf(p *store.Project) (map[int64]wordfreq.Lang, error) {
	if len(a.langs) == 0 {
		return nil, nil
	}
	out := map[int64]wordfreq.Lang{}
	for _, kv := range a.langs {
		doc, l, _ := splitKV(kv)
		ids, err := study.DocIDs(p, []string{doc})
		if err != nil {
			return nil, err
		}
		out[ids[0]] = wordfreq.ParseLang(l)
	}
	return out, nil
}

func (a wordfreqArgs) checkCompare() error {
	if a.compare == "" {
		return nil
	}
	if _, _, _, err := a.groups(); err != nil {
		return err
	}
	if strings.EqualFold(filepath.Ext(a.out), ".png") {
		return misuse(errCompareOut, nil)
	}
	return nil
}

// groups reads --compare KEY=A,B: an attribute and two of its values.
func (a wordfreqArgs) groups() (key, va, vb string, err error) {
	key, values, err := splitKV(a.compare)
	if err != nil {
		return "", "", "", err
	}
	va, vb, ok := strings.Cut(values, ",")
	va, vb = strings.TrimSpace(va), strings.TrimSpace(vb)
	if !ok || va == "" || vb == "" || strings.EqualFold(va, vb) {
		return "", "", "", misuse(errCompareGroups, message.Args{"Value": a.compare})
	}
	return key, va, vb, nil
}

// stopLists are the stop-word lists --stopwords names; "none" names none.
func (a wordfreqArgs) stopLists() []string {
	var names []string
	for _, name := range strings.Split(a.stopwords, ",") {
		if name = strings.TrimSpace(name); name != "" && !strings.EqualFold(name, "none") {
			names = append(names, name)
		}
	}
	return names
}

// query is the question the options ask, with the interviews, attributes
// and codes they name found in the project.
func (a wordfreqArgs) query(p *store.Project) (study.WordQuery, error) {
	q := study.WordQuery{Speakers: a.speakers, NoInterviewer: a.noInterviewer, Forms: a.forms,
		StopLists: a.stopLists(), MinLen: a.minLen, Numbers: a.nums, Top: a.top, PlainTokens: a.plain}
	var err error
	if q.Docs, err = study.DocIDs(p, a.docs); err != nil {
		return q, err
	}
	if q.Where, err = study.Where(p, a.where); err != nil {
		return q, err
	}
	if q.Langs, err = a.langsOf(p); err != nil {
		return q, err
	}
	if len(a.codes) > 0 { // the code book is read only for coded text
		q.Codes, err = study.CodeIDs(p, a.codes)
	}
	return q, err
}

func (c *cli) wordfreq(p *store.Project, a wordfreqArgs) error {
	q, err := a.query(p)
	if err != nil {
		return err
	}
	forms := study.NewForms()
	defer c.closeForms(forms)
	if a.compare != "" {
		return c.compare(p, q, a, forms)
	}
	wc, err := study.CountWords(p, q, forms)
	if err != nil {
		return err
	}
	defer wc.Keep() // a failure only means the next count reads the texts again
	c.notes(wc.Notes)
	res := wc.Result
	note := i18n.TF("{{.Words}} words counted ({{.Tokens}} tokens) in {{.Docs}} interviews; {{.Settings}}",
		map[string]any{"Words": res.Counted, "Tokens": res.Tokens, "Docs": res.Docs, "Settings": settings(a, wc.Forms, wc.Own)})
	if a.out != "" {
		title, err := study.CloudTitle(p, q, wc.Forms)
		if err != nil {
			return err
		}
		return c.writeWords(a, res.Words, note, i18n.Say(title))
	}
	return c.printWords(a.format, res.Words, note)
}

// closeForms saves what Voikko learnt; failing to is no reason to fail
// a count that was right.
func (c *cli) closeForms(forms *study.Forms) {
	if err := forms.Close(); err != nil {
		c.note(i18n.Error(err))
	}
}

// settings says how the words were counted.
func settings(a wordfreqArgs, forms string, own coding.StopWords) string {
	args := map[string]any{"Forms": forms, "Lists": "none", "MinLen": a.minLen, "Added": len(own.Added), "Kept": len(own.Kept)}
	lists := a.stopLists()
	if len(lists) == 0 {
		return i18n.TF("forms: {{.Forms}}; stop words: {{.Lists}}; shortest word: {{.MinLen}} letters", args)
	}
	args["Lists"] = strings.Join(lists, ", ")
	if len(own.Added)+len(own.Kept) == 0 {
		return i18n.TF("forms: {{.Forms}}; stop words: {{.Lists}}; shortest word: {{.MinLen}} letters", args)
	}
	return i18n.TF("forms: {{.Forms}}; stop words: {{.Lists}} + the project's own ({{.Added}} added, {{.Kept}} counted anyway); shortest word: {{.MinLen}} letters", args)
}

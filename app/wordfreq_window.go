package app

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/session"
	"teema/app/wordcloud"
	"teema/coding"
	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/store"
	vk "teema/voikko"
)

// wordfreqMenu opens a main window's word-frequency window, or brings it
// forward when it is already open: one per main window.
type wordfreqMenu struct {
	u     *UI
	w     *wordfreqWindow
	wired bool
}

func (wm *wordfreqMenu) show() { wm.open() }

func (wm *wordfreqMenu) open() *wordfreqWindow {
	return openOnce(wm.u, &wm.w, &wm.wired, newWordfreqWindow)
}

// Word-form choices, as the Select shows them.
const (
	formsLemma = "Base form (lemma)"
	formsStem  = "Stem"
	formsRaw   = "As written"
)

const (
	concordanceMax = 500 // lines shown for a word
	contextChars   = 45  // characters either side of it
)

// wordfreqWindow counts the words of the project, or of the interviews
// with one attribute value, and shows each word in context.
type wordfreqWindow struct {
	u   *UI
	s   *session.Session
	win fyne.Window

	attr, value  *widget.Select
	interviewer  *widget.Check // leave the interviewer out
	forms        *widget.Select
	stop         *widget.Check
	minLen, top  *widget.Select
	numbers      *widget.Check
	formsNote    *widget.Label
	note         *widget.Label
	progress     *widget.ProgressBarInfinite
	table        *widget.Table
	conc         *widget.List
	concTitle    *widget.Label
	chart        *fyne.Container
	cloud        *wordcloud.Cloud
	tabs         *container.AppTabs
	tabTable     *container.TabItem
	tabCloud     *container.TabItem
	tabChart     *container.TabItem
	compare      *compareTab
	codes        *codeCloudTab
	wholeProject string
	stopWords    store.StopWords // the project's own changes to the lists
	limit        wordLimit
	limitNote    *widget.Label
	limitClear   *widget.Button

	docs  []coding.DocumentInfo
	names map[int64]string
	sig   string // what the documents were when last counted

	words     []wordfreq.Word // most frequent first
	rows      []wordfreq.Word // the words in the table's order
	sort      wordSort
	formsUsed string          // raw, stem or lemma: how words were counted
	texts     []wordfreq.Text // the texts counted, for the concordance
	lines     []kwic
	gen       int  // the latest computation; older results are dropped
	ready     bool // the widgets exist: changes recompute
	noVkko    bool // Voikko is missing: stems stand in for lemmas

	voikko  *vk.Voikko
	running int  // computations under way
	gone    bool // the window is gone: release Voikko when they end
}

// kwic is one line of the concordance.
type kwic struct {
	doc               int64
	start, end        int // the word, in code points
	left, word, right string
}

func newWordfreqWindow(u *UI) *wordfreqWindow {
	w := &wordfreqWindow{u: u, s: u.s, win: u.s.App().NewWindow(T("Word frequencies")), wholeProject: T("Whole project"), sort: countOrder}
	w.attr = widget.NewSelect(nil, func(string) { w.attrChosen() })
	w.value = widget.NewSelect(nil, func(string) { w.recompute() })
	w.value.PlaceHolder = "—"
	w.interviewer = widget.NewCheck(T("Leave out the interviewer"), func(bool) { w.recompute() })
	w.interviewer.Checked = true
	w.forms = widget.NewSelect([]string{T(formsLemma), T(formsStem), T(formsRaw)}, func(string) { w.recompute() })
	w.forms.Selected = T(formsLemma)
	w.stop = widget.NewCheck(T("Leave out stop words"), func(bool) { w.recompute() })
	w.stop.Checked = true
	stopButton := widget.NewButton(T("Stop words…"), w.editStopWords)
	limitButton := widget.NewButton(T("Count only…"), w.editLimit)
	w.limitNote = widget.NewLabel("")
	w.limitNote.Hide()
	w.limitClear = widget.NewButton(T("Count all"), func() { w.setLimit(wordLimit{}) })
	w.limitClear.Hide()
	w.numbers = widget.NewCheck(T("Count numbers"), func(bool) { w.recompute() })
	w.minLen = widget.NewSelect([]string{"1", "2", "3", "4", "5", "6"}, func(string) { w.recompute() })
	w.minLen.Selected = "2"
	w.top = widget.NewSelect([]string{"50", "100", "200", "500", "1000", T("All")}, func(string) { w.recompute() })
	w.top.Selected = "100"
	w.formsNote = widget.NewLabel("")
	w.formsNote.Hide()
	w.note = widget.NewLabel("")
	w.note.Truncation = fyne.TextTruncateEllipsis
	w.progress = widget.NewProgressBarInfinite()
	w.progress.Stop()
	w.progress.Hide()

	w.table = widget.NewTable(func() (int, int) { return len(w.rows), wordColumns },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(w.cell(id)) })
	w.table.ShowHeaderRow = true
	w.table.CreateHeader = w.createHeader
	w.table.UpdateHeader = w.updateHeader
	for col, width := range []float32{180, 80, 90, 100, 360} {
		w.table.SetColumnWidth(col, width)
	}
	w.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(w.rows) {
			w.showWord(id.Row)
		}
	}

	w.conc = widget.NewList(func() int { return len(w.lines) },
		func() fyne.CanvasObject {
			return widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleInline},
				&widget.TextSegment{Style: widget.RichTextStyleStrong}, &widget.TextSegment{Style: widget.RichTextStyleInline})
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			rt := o.(*widget.RichText)
			l := w.lines[i]
			rt.Segments[0].(*widget.TextSegment).Text = w.names[l.doc] + ":  …" + l.left
			rt.Segments[1].(*widget.TextSegment).Text = l.word
			rt.Segments[2].(*widget.TextSegment).Text = l.right + "…"
			rt.Refresh()
		})
	w.conc.OnSelected = func(i widget.ListItemID) {
		if i < len(w.lines) {
			l := w.lines[i]
			w.u.reader.Show(l.doc, l.start, l.end)
			w.u.win.RequestFocus()
		}
		w.conc.UnselectAll()
	}
	w.concTitle = widget.NewLabel(T("Choose a word to see it in context."))

	w.chart = container.NewVBox()
	w.cloud = wordcloud.New()
	w.cloud.OnTapped = w.openWord
	controls := container.NewVBox(
		container.NewHBox(widget.NewLabel(T("Interviews")), fitSelect(w.attr), fitSelect(w.value), w.interviewer, limitButton),
		container.NewHBox(w.limitNote, w.limitClear),
		// Two rows of word settings keep the window usable on a small screen.
		container.NewHBox(widget.NewLabel(T("Word forms")), fitSelect(w.forms), w.stop, stopButton),
		container.NewHBox(widget.NewLabel(T("Shortest word")), fitSelect(w.minLen), widget.NewLabel(T("Words shown")), fitSelect(w.top), w.numbers),
		w.formsNote,
	)
	conc := container.NewBorder(w.concTitle, nil, nil, nil, w.conc)
	split := container.NewVSplit(w.table, conc)
	split.Offset = 0.6
	w.compare = newCompareTab(w)
	w.codes = newCodeCloudTab(w)
	w.tabTable = container.NewTabItem(T("Table"), split)
	w.tabCloud = container.NewTabItem(T("Word cloud"), w.cloud)
	w.tabChart = container.NewTabItem(T("Chart"), container.NewVScroll(w.chart))
	w.tabs = container.NewAppTabs(w.tabTable, w.tabCloud, w.tabChart, w.compare.tab, w.codes.tab)
	w.tabs.OnSelected = func(*container.TabItem) { w.tabShown() }
	bottom := container.NewBorder(nil, nil, nil, w.exportButton(), container.NewVBox(w.progress, w.note))
	w.win.SetContent(container.NewBorder(controls, bottom, nil, nil, w.tabs))
	w.win.Resize(fyne.NewSize(1000, 760))
	w.ready = true
	return w
}

// cell is the text of one table cell.
func (w *wordfreqWindow) cell(id widget.TableCellID) string {
	if id.Row < 0 || id.Row >= len(w.rows) {
		return ""
	}
	wd := w.rows[id.Row]
	switch id.Col {
	case 0:
		return wd.Word
	case 1:
		return strconv.Itoa(wd.Count)
	case 2:
		return decimal(100*wd.Share, 2)
	case 3:
		return strconv.Itoa(wd.Docs)
	case 4:
		return formsShown(wd.Forms, 6)
	}
	return ""
}

// formsShown lists a word's first forms, with a count of the rest.
func formsShown(forms []string, n int) string {
	if len(forms) <= n {
		return strings.Join(forms, ", ")
	}
	return strings.Join(forms[:n], ", ") + fmt.Sprintf(" (+%d)", len(forms)-n)
}

// projectChanged offers the project's attributes and counts again.
func (w *wordfreqWindow) projectChanged() {
	if w.s.Project() == nil {
		return
	}
	w.codes.changed()
	// Coding changes nothing here: count again only when the texts,
	// their attributes or the project change.
	sig := docsSignature(w.s.Project(), w.s.Docs())
	if sig == w.sig {
		if len(w.limit.codes) > 0 {
			w.recompute() // the coded text may have changed
		}
		return
	}
	if !strings.HasPrefix(sig, fmt.Sprintf("%p", w.s.Project())) || !strings.HasPrefix(w.sig, fmt.Sprintf("%p", w.s.Project())) {
		w.showLimit(wordLimit{}) // another project: its choices mean nothing here
	}
	w.sig = sig
	w.docs = w.s.Docs()
	w.names = map[int64]string{}
	for _, d := range w.docs {
		w.names[d.ID] = d.Name
	}
	w.win.SetTitle(T("Word frequencies") + " — " + w.s.ProjectName())
	w.loadStopWords()
	keys := coding.AttributeKeys(w.docs)
	w.ready = false
	w.attr.Options = append([]string{w.wholeProject}, keys...)
	if w.attr.Selected == "" || !slices.Contains(w.attr.Options, w.attr.Selected) {
		w.attr.Selected = w.wholeProject
	}
	w.attr.Refresh()
	w.fillValues()
	w.compare.projectChanged(keys)
	w.ready = true
	w.recompute()
}

func docsSignature(p *store.Project, docs []coding.DocumentInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%p", p)
	for _, d := range docs {
		fmt.Fprintf(&b, "|%d %s %d %d %v", d.ID, d.Name, d.Chars, d.Words, d.Attributes)
	}
	return b.String()
}

func (w *wordfreqWindow) attrChosen() {
	w.ready = false
	w.fillValues()
	w.ready = true
	w.recompute()
}

// fillValues offers the chosen attribute's values.
func (w *wordfreqWindow) fillValues() {
	if w.attr.Selected == w.wholeProject || w.attr.Selected == "" {
		w.value.Options = nil
		w.value.Selected = ""
		w.value.Disable()
		w.value.Refresh()
		return
	}
	var values []string
	for _, d := range w.docs {
		if v := strings.TrimSpace(d.Attributes[w.attr.Selected]); v != "" && !slices.Contains(values, v) {
			values = append(values, v)
		}
	}
	slices.Sort(values)
	w.value.Options = values
	if !slices.Contains(values, w.value.Selected) {
		w.value.Selected = ""
		if len(values) > 0 {
			w.value.Selected = values[0]
		}
	}
	w.value.Enable()
	w.value.Refresh()
}

// wordfreqJob is what one computation needs, read on the UI goroutine.
type wordfreqJob struct {
	scope  wordfreq.Scope
	docs   []coding.DocumentInfo
	path   string
	proj   *store.Project
	forms  string
	stop   bool
	nums   bool
	own    store.StopWords
	minLen int
	top    int
}

func (w *wordfreqWindow) job() wordfreqJob {
	j := wordfreqJob{docs: w.docs, path: w.s.Project().Path(), proj: w.s.Project(), stop: w.stop.Checked, nums: w.numbers.Checked, own: w.stopWords}
	j.scope.NoInterviewer = w.interviewer.Checked
	j.scope.Docs, j.scope.Codes, j.scope.Speakers = w.limit.docs, w.limit.codes, w.limit.speakers
	if w.attr.Selected != w.wholeProject && w.attr.Selected != "" && w.value.Selected != "" {
		j.scope.Where = map[string][]string{w.attr.Selected: {w.value.Selected}}
	}
	switch w.forms.Selected {
	case T(formsRaw):
		j.forms = "raw"
	case T(formsStem):
		j.forms = "stem"
	default:
		j.forms = "lemma"
	}
	j.minLen, _ = strconv.Atoi(w.minLen.Selected)
	j.top, _ = strconv.Atoi(w.top.Selected) // "All" gives 0: every word
	return j
}

// recompute counts again in the background; a newer request supersedes
// one still running.
func (w *wordfreqWindow) recompute() {
	if !w.ready || w.s.Project() == nil {
		return
	}
	w.gen++
	gen, j := w.gen, w.job()
	w.progress.Show()
	w.progress.Start()
	w.note.SetText(T("Counting…"))
	voikko, noVkko := w.voikko, w.noVkko
	w.running++
	w.u.background(func() {
		var openErr error
		if j.forms == "lemma" && voikko == nil && !noVkko {
			voikko, openErr = vk.Open()
			if openErr == nil {
				if path, err := vk.DefaultCachePath(); err == nil {
					_ = voikko.UseCache(path)
				}
			}
		}
		res, texts, err := countWords(j, voikko, openErr)
		fyne.Do(func() { w.done(gen, res, texts, voikko, openErr, err, j) })
	})
}

// countWords loads the texts in scope and counts them. It runs off the UI
// goroutine and reads through its own read-only connection.
func countWords(j wordfreqJob, v *vk.Voikko, openErr error) (wordfreq.Result, []wordfreq.Text, error) {
	var forms wordfreq.Forms
	switch {
	case j.forms == "raw":
		forms = wordfreq.Raw()
	case j.forms == "lemma" && v != nil && openErr == nil:
		forms = wordfreq.Lemmas(v)
	default:
		forms = wordfreq.Stems()
	}
	o, err := j.options(forms)
	if err != nil {
		return wordfreq.Result{}, nil, err
	}
	p := j.proj
	if q, err := store.OpenReadOnly(j.path); err == nil {
		defer q.Close()
		p = q
	}
	corpus, err := scopeCorpus(p, j)
	if err != nil {
		return wordfreq.Result{}, nil, err
	}
	sel := j.scope.Select(corpus)
	counter := wordfreq.NewCounter(o)
	var texts []wordfreq.Text
	var loadErr error
	for _, d := range sel.Docs {
		doc, err := p.Document(d.ID)
		if err != nil {
			loadErr = err
			break
		}
		if t, ok := sel.Text(doc); ok {
			counter.Add(t)
			texts = append(texts, t)
		}
	}
	res := counter.Result()
	return res, texts, loadErr
}

// scopeCorpus is what selecting the texts needs: the documents, and the
// codings of the chosen codes when the count is limited to coded text.
func scopeCorpus(p *store.Project, j wordfreqJob) (coding.Corpus, error) {
	c := coding.Corpus{Docs: j.docs}
	if len(j.scope.Codes) == 0 {
		return c, nil
	}
	var err error
	if c.Book, err = p.CodeBook(); err != nil {
		return c, err
	}
	var f coding.ExcerptFilter
	for _, id := range j.scope.Codes {
		f.CodeIDs = append(f.CodeIDs, c.Book.Subtree(id)...)
	}
	c.Excerpts, err = p.Excerpts(f)
	return c, err
}

// done shows a finished count, unless a newer one was asked for.
func (w *wordfreqWindow) done(gen int, res wordfreq.Result, texts []wordfreq.Text, v *vk.Voikko, openErr, err error, j wordfreqJob) {
	w.running--
	switch {
	case v != nil && w.voikko == nil:
		w.voikko = v
	case v != nil && v != w.voikko:
		v.Close() // two counts opened it at once
	}
	if w.gone {
		w.close()
		return
	}
	if openErr != nil && !w.noVkko {
		w.noVkko = true
		w.voikkoMissing(openErr)
	}
	if gen != w.gen {
		return
	}
	w.progress.Stop()
	w.progress.Hide()
	if err != nil {
		w.note.SetText(i18n.Error(err))
		w.s.Fail(err)
		return
	}
	w.words, w.texts, w.lines = res.Top(j.top), texts, nil
	w.rows = w.sort.apply(w.words)
	w.table.UnselectAll()
	w.table.Refresh()
	w.table.ScrollToTop()
	w.conc.Refresh()
	w.concTitle.SetText(T("Choose a word to see it in context."))
	w.note.SetText(TF("{{.Words}} words counted in {{.Docs}} interviews; {{.Different}} different", map[string]any{
		"Words": res.Counted, "Docs": res.Docs, "Different": res.Distinct}))
	if len(w.docs) == 0 {
		w.note.SetText(T("No transcripts yet: import them with File → Import transcripts, and their words are counted here."))
	}
	if res.Counted == 0 && !w.limit.empty() {
		w.note.SetText(T("Nothing to count: the chosen interviews, codes and speakers share no text."))
	}
	w.formsUsed = j.forms
	w.setCloud()
	w.tabShown()
}

// voikkoMissing takes lemmas off the choices and says why.
func (w *wordfreqWindow) voikkoMissing(err error) {
	if !errors.Is(err, vk.ErrUnavailable) {
		w.formsNote.SetText(i18n.Error(err))
	} else {
		w.formsNote.SetText(T("Finnish base forms need Voikko (libvoikko1, voikko-fi); using stems"))
	}
	w.formsNote.Show()
	w.ready = false
	w.forms.Options = []string{T(formsStem), T(formsRaw)}
	if w.forms.Selected == T(formsLemma) {
		w.forms.Selected = T(formsStem)
	}
	w.forms.Refresh()
	w.ready = true
}

// showWord fills the concordance with a word's occurrences.
func (w *wordfreqWindow) showWord(row int) {
	wd := w.rows[row]
	w.lines = concordance(w.texts, wd.Forms, concordanceMax)
	msg := TF("“{{.Word}}” in context: {{.N}} lines", map[string]any{"Word": wd.Word, "N": len(w.lines)})
	if len(w.lines) >= concordanceMax {
		msg += " " + TF("(the first {{.N}})", map[string]any{"N": concordanceMax})
	}
	w.concTitle.SetText(msg)
	w.conc.Refresh()
	w.conc.ScrollToTop()
}

// concordance finds the tokens written in one of the forms in the texts'
// counted ranges, with some text either side.
func concordance(texts []wordfreq.Text, forms []string, limit int) []kwic {
	want := map[string]bool{}
	for _, f := range forms {
		want[f] = true
	}
	var out []kwic
	for _, t := range texts {
		rs := []rune(t.Text)
		for i := 0; i < len(rs) && len(out) < limit; {
			if !isLetter(rs[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(rs) && (isLetter(rs[j]) || isJoin(rs[j]) && j+1 < len(rs) && isLetter(rs[j+1]) && isLetter(rs[j-1])) {
				j++
			}
			tok := strings.ToLower(strings.ReplaceAll(string(rs[i:j]), "’", "'"))
			if want[tok] && inRanges(t.Ranges, i) {
				out = append(out, kwic{doc: t.DocID, start: i, end: j,
					left:  flat(string(rs[max(0, i-contextChars):i])),
					word:  string(rs[i:j]),
					right: flat(string(rs[j:min(len(rs), j+contextChars)]))})
			}
			i = j
		}
	}
	return out
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// flat puts a stretch of text on one line.
func flat(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}

func isJoin(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '\u2010' || r == '\u2011'
}

func inRanges(rs []wordfreq.Range, at int) bool {
	if rs == nil {
		return true
	}
	for _, r := range rs {
		if at >= r.Start && at < r.End {
			return true
		}
	}
	return false
}

// close releases Voikko when the window goes.
func (w *wordfreqWindow) close() {
	w.gen++
	w.gone = true
	if w.voikko != nil && w.running == 0 {
		_ = w.voikko.Flush()
		w.voikko.Close()
		w.voikko = nil
	}
}

func (w *wordfreqWindow) window() fyne.Window { return w.win }
func (w *wordfreqWindow) closed()             { w.close() }

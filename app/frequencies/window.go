// Package frequencies is the word-frequency window: the words of the
// project, or of some of its interviews, counted through package study as
// the command line counts them, with each word in context, a word cloud,
// a chart, two groups compared and the code cloud.
package frequencies

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/app/wordcloud"
	"teema/coding"
	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/store"
	"teema/study"
)

// Window is a main window's word-frequency window.
type Window struct {
	h     kit.Host
	s     *session.Session
	win   fyne.Window
	forms *study.Forms // Voikko, for the window's life

	settings
	words     wordTable
	table     *widget.Table
	lines     contextLines
	context   *widget.List
	concTitle *widget.Label
	note      *widget.Label
	progress  *widget.ProgressBarInfinite
	chart     *fyne.Container
	cloud     *wordcloud.Cloud
	tabs      *container.AppTabs
	tabTable  *container.TabItem
	tabCloud  *container.TabItem
	tabChart  *container.TabItem
	compare   *compareTab
	codes     *codeCloudTab

	proj      *store.Project // the project the choices belong to
	docs      []coding.DocumentInfo
	sig       string                  // what the documents were when last counted
	stopWords coding.StopWords        // the project's own changes to the lists
	shown     study.WordQuery         // the count shown, whose words are in context
	formsUsed string                  // the forms it counted (lemmas are stems without Voikko)
	langs     map[int64]wordfreq.Lang // the language each interview was counted in
	gen       int                     // the latest count; older results are dropped
	asked     int                     // the latest word asked for in context
	ready     bool                    // the widgets exist: changes count again
	work      *kit.Worker             // runs the counts; closes Voikko once the window and they are gone
}

// New makes the word-frequency window of a main window; kit.Slot shows it.
func New(h kit.Host) *Window {
	s := h.Session()
	w := &Window{h: h, s: s, win: s.App().NewWindow(i18n.T("Word frequencies")), forms: study.NewForms()}
	w.work = kit.NewWorker(h, kit.CloseForms(w.forms))
	w.newSettings()
	w.note = widget.NewLabel("")
	w.note.Truncation = fyne.TextTruncateEllipsis
	w.progress = widget.NewProgressBarInfinite()
	w.progress.Stop()
	w.progress.Hide()
	w.table = w.words.newTable()
	w.table.OnSelected = w.wordSelected
	w.context = w.lines.newList()
	w.context.OnSelected = w.lineSelected
	w.concTitle = widget.NewLabel(i18n.T(chooseWord))
	w.chart = container.NewVBox()
	w.cloud = wordcloud.New()
	w.cloud.OnTapped = w.openWord
	w.compare = newCompareTab(w)
	w.codes = newCodeCloudTab(w)
	w.win.SetContent(w.layout())
	w.win.Resize(fyne.NewSize(1000, 760))
	w.ready = true
	return w
}

// layout puts the settings above the tabs and the note under them.
func (w *Window) layout() fyne.CanvasObject {
	conc := container.NewBorder(w.concTitle, nil, nil, nil, w.context)
	split := container.NewVSplit(w.table, conc)
	split.Offset = 0.6
	w.tabTable = container.NewTabItem(i18n.T("Table"), split)
	w.tabCloud = container.NewTabItem(i18n.T("Word cloud"), w.cloud)
	w.tabChart = container.NewTabItem(i18n.T("Chart"), container.NewVScroll(w.chart))
	w.tabs = container.NewAppTabs(w.tabTable, w.tabCloud, w.tabChart, w.compare.tab, w.codes.tab)
	w.tabs.OnSelected = func(*container.TabItem) { w.tabShown() }
	bottom := container.NewBorder(nil, nil, nil, w.exportButton(), container.NewVBox(w.progress, w.note))
	return container.NewBorder(w.controls(), bottom, nil, nil, w.tabs)
}

// Window is the window itself.
func (w *Window) Window() fyne.Window { return w.win }

// Closed drops the counts under way and releases Voikko.
func (w *Window) Closed() {
	w.gen++
	w.work.Close()
}

// fail tells the user what went wrong in this window, where they acted.
func (w *Window) fail(err error) {
	kit.ShowError(err, w.win)
}

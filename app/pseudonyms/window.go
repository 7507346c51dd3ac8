// Package pseudonyms is the pseudonymisation window: the names of the
// chosen transcripts found and listed (package study, as the command
// line's names finds them), ticked and given replacements, the key
// exported apart from the project, applied as one undoable step, and made
// final, when the original words leave the project file and its backups.
package pseudonyms

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/i18n"
	"teema/store"
	"teema/study"
)

// Window is a main window's pseudonymisation window.
type Window struct {
	h      kit.Host
	s      *session.Session
	win    fyne.Window
	reader *study.NameReader // Voikko, for the window's life

	scopeButton  *widget.Button
	findButton   *widget.Button
	cands        candidateList
	list         *widget.List
	lines        contextLines
	context      *widget.List
	contextTitle *widget.Label
	addEntry     *widget.Entry
	note         *widget.Label
	keyButton    *widget.Button
	applyButton  *widget.Button
	finalButton  *widget.Button
	copiesButton *widget.Button
	copiesFormat *widget.Select
	selected     int // the candidate in context, -1 if none

	proj    *store.Project // the project the list belongs to
	docIDs  []int64        // the transcripts chosen; none means all
	applied *applied       // the pseudonymisation applied last, until made final
	gen     int            // the latest work asked for; older results are dropped
	work    *kit.Worker    // runs the work; closes Voikko once the window and it are gone
}

// New makes the pseudonymisation window of a main window; kit.Slot shows it.
func New(h kit.Host) *Window {
	s := h.Session()
	w := &Window{h: h, s: s, win: s.App().NewWindow(i18n.T("Pseudonymise")), reader: study.NewNameReader(), selected: -1}
	w.work = kit.NewWorker(h, w.reader.Close)
	w.scopeButton = widget.NewButton(i18n.T("Transcripts: all"), w.chooseScope)
	w.findButton = widget.NewButton(i18n.T("Find names"), w.findNames)
	w.findButton.Importance = widget.HighImportance
	w.list = w.cands.newList()
	w.cands.changed = w.keyChanged
	w.list.OnSelected = w.candidateSelected
	w.context = w.lines.newList()
	w.context.OnSelected = w.lineSelected
	w.contextTitle = widget.NewLabel(i18n.T("Tap a word to see it in context and as the key replaces it."))
	w.contextTitle.Wrapping = fyne.TextWrapWord
	w.addEntry = widget.NewEntry()
	w.addEntry.SetPlaceHolder(i18n.T("A word of your own to replace"))
	w.addEntry.OnSubmitted = func(string) { w.addWord() }
	w.note = widget.NewLabel(i18n.T("Find the names of the transcripts, tick those to replace and give each its replacement."))
	w.note.Wrapping = fyne.TextWrapWord
	w.newActions()
	w.win.SetContent(w.layout())
	w.win.Resize(fyne.NewSize(1150, 720))
	w.updateButtons()
	return w
}

// layout puts the choices above the list of candidates, the chosen one's
// context beside it, and the steps below.
func (w *Window) layout() fyne.CanvasObject {
	top := container.NewHBox(w.scopeButton, w.findButton)
	add := container.NewBorder(nil, nil, nil, widget.NewButton(i18n.T("Add"), w.addWord), w.addEntry)
	left := container.NewBorder(nil, add, nil, nil, w.list)
	right := container.NewBorder(w.contextTitle, nil, nil, nil, w.context)
	split := container.NewHSplit(left, right)
	split.Offset = 0.55
	steps := container.NewHBox(w.keyButton, w.applyButton, w.finalButton, widget.NewSeparator(), w.copiesFormat, w.copiesButton)
	return container.NewBorder(top, container.NewVBox(w.note, steps), nil, nil, split)
}

// Window is the window itself.
func (w *Window) Window() fyne.Window { return w.win }

// ProjectChanged starts afresh when another project is open; the list of
// the same project stays, as it is the key being made.
func (w *Window) ProjectChanged() {
	p := w.s.Project()
	if p == w.proj {
		w.docIDs = slices.DeleteFunc(w.docIDs, func(id int64) bool { _, ok := w.s.DocInfo(id); return !ok })
		w.showScope()
		return
	}
	w.proj, w.docIDs, w.applied, w.selected = p, nil, nil, -1
	w.gen++
	w.cands.set(nil, nil)
	w.lines.set(nil, nil, nil)
	w.showScope()
	w.list.Refresh()
	w.context.Refresh()
	w.updateButtons()
}

// Closed drops the work under way and releases Voikko once it ends.
func (w *Window) Closed() {
	w.gen++
	w.work.Close()
}

// background runs work off the UI goroutine; what it returns runs back on
// the UI goroutine, unless newer work was asked for or the window went.
func (w *Window) background(work func() (then func())) {
	gen := w.gen
	w.work.Run(func() func() {
		then := work()
		return func() {
			if gen == w.gen {
				then()
			}
		}
	})
}

// fail tells the user what went wrong in this window, where they acted.
func (w *Window) fail(err error) { kit.ShowError(err, w.win) }

// say puts a line under the list: what was done, what to do next.
func (w *Window) say(text string) { w.note.SetText(text) }

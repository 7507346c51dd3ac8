package app

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/session"
	"teema/coding"
	"teema/coding/agreement"
	"teema/i18n"
	"teema/store"
	"teema/store/workbook"
)

// agreementMenu opens a main window's intercoder agreement window, or
// brings it forward: one per main window.
type agreementMenu struct {
	u     *UI
	w     *agreementWindow
	wired bool
}

func (am *agreementMenu) show() { am.open() }

func (am *agreementMenu) open() *agreementWindow {
	return openOnce(am.u, &am.w, &am.wired, newAgreementWindow)
}

// agreementWindow compares two coders' codings of the same transcripts:
// figures per code, and every stretch that only one of them coded.
type agreementWindow struct {
	u   *UI
	s   *session.Session
	win fyne.Window

	coderA, coderB *widget.Select
	codesButton    *widget.Button
	table          *widget.Table
	list           *widget.List
	note           *widget.Label
	exportButton   *widget.Button

	proj   *store.Project // the project the choices belong to
	coders map[string]string
	codes  []int64 // codes chosen; none means every code either applied
	sig    uint64  // the codings when last compared
	gen    int     // the latest computation; older results are dropped
	report agreement.Report
	shown  bool // report holds a comparison of the coders chosen
}

func newAgreementWindow(u *UI) *agreementWindow {
	w := &agreementWindow{u: u, s: u.s, win: u.s.App().NewWindow(T("Intercoder agreement"))}
	w.coderA = widget.NewSelect(nil, func(string) { w.recompute() })
	w.coderB = widget.NewSelect(nil, func(string) { w.recompute() })
	w.coderA.PlaceHolder, w.coderB.PlaceHolder = "—", "—"
	w.codesButton = widget.NewButton(T("Codes: all"), w.chooseCodes)
	w.table = w.newTable()
	w.list = w.newList()
	w.note = widget.NewLabel("")
	w.note.Wrapping = fyne.TextWrapWord
	w.exportButton = widget.NewButton(T("Export to Excel…"), w.exportDialog)
	w.exportButton.Disable()
	controls := container.NewHBox(widget.NewLabel(T("Coder A")), fitSelect(w.coderA),
		widget.NewLabel(T("Coder B")), fitSelect(w.coderB), w.codesButton)
	disagreements := container.NewBorder(widget.NewLabelWithStyle(T("Disagreements: text only one of them coded (tap to show it)"),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, w.list)
	split := container.NewVSplit(w.table, disagreements)
	split.Offset = 0.4
	bottom := container.NewBorder(nil, nil, nil, w.exportButton, w.note)
	w.win.SetContent(container.NewBorder(controls, bottom, nil, nil, split))
	w.win.Resize(fyne.NewSize(900, 700))
	return w
}

// projectChanged follows the project: the coders to choose from, and a
// new comparison when the codings changed. A view refresh that changed
// no coding (a selection, a memo) computes nothing.
func (w *agreementWindow) projectChanged() {
	if w.s.Project() == nil {
		return
	}
	if w.proj != w.s.Project() {
		w.proj, w.codes, w.sig = w.s.Project(), nil, 0
		w.coderA.ClearSelected()
		w.coderB.ClearSelected()
		w.codesButton.SetText(T("Codes: all"))
	}
	es, err := w.s.Project().Excerpts(coding.ExcerptFilter{})
	if err != nil {
		w.fail(err)
		return
	}
	w.setCoders(es)
	if sig := codingsSignature(es, w.s.Docs()); sig != w.sig {
		w.sig = sig
		w.recompute()
	}
}

// setCoders offers the coders of the project's codings, choosing the
// first two when none is chosen yet.
func (w *agreementWindow) setCoders(es []coding.Excerpt) {
	w.coders = map[string]string{}
	var names []string
	for _, e := range es {
		name := coderLabel(e.Coder)
		if _, ok := w.coders[name]; !ok {
			w.coders[name] = e.Coder
			names = append(names, name)
		}
	}
	slices.Sort(names)
	w.coderA.Options, w.coderB.Options = names, names
	if w.coderA.Selected == "" && w.coderB.Selected == "" && len(names) >= 2 {
		w.coderA.Selected, w.coderB.Selected = names[0], names[1]
	}
	w.coderA.Refresh()
	w.coderB.Refresh()
}

// coderLabel names a coder in the UI; codings made before a coder name
// was set have none.
func coderLabel(coder string) string {
	if coder == "" {
		return T("(no coder name)")
	}
	return coder
}

// codingsSignature changes when a coding, a document's length or the
// document list changes: what a comparison depends on.
func codingsSignature(es []coding.Excerpt, docs []coding.DocumentInfo) uint64 {
	h := fnv.New64a()
	for _, e := range es {
		fmt.Fprintf(h, "%d %d %d %d %d %s\n", e.ID, e.DocID, e.CodeID, e.Start, e.End, e.Coder)
	}
	for _, d := range docs {
		fmt.Fprintf(h, "d %d %d\n", d.ID, d.Chars)
	}
	return h.Sum64() | 1 // never 0, which means "not compared"
}

// fail tells the user what went wrong in this window, where they acted.
func (w *agreementWindow) fail(err error) {
	slog.Error("teema", "err", err)
	dialog.ShowError(errors.New(i18n.Error(err)), w.win)
}

// chooseCodes lets the user compare some codes only; none ticked means
// every code either coder applied.
func (w *agreementWindow) chooseCodes() {
	book := w.s.Book()
	var paths []string
	ids := map[string]int64{}
	book.Walk(func(c coding.Code, _ int) {
		p := book.Path(c.ID)
		paths = append(paths, p)
		ids[p] = c.ID
	})
	check := widget.NewCheckGroup(paths, nil)
	for _, id := range w.codes {
		check.Selected = append(check.Selected, book.Path(id))
	}
	intro := widget.NewLabel(T("Compare these codes only (none ticked: every code either coder applied)"))
	d := dialog.NewCustomConfirm(T("Codes to compare"), T("OK"), T("Cancel"),
		container.NewBorder(intro, nil, nil, nil, container.NewVScroll(check)), func(ok bool) {
			if ok {
				w.setCodes(check.Selected, ids)
			}
		}, w.win)
	d.Resize(fyne.NewSize(520, 520))
	d.Show()
}

func (w *agreementWindow) setCodes(paths []string, ids map[string]int64) {
	w.codes = w.codes[:0]
	for _, p := range paths {
		w.codes = append(w.codes, ids[p])
	}
	if len(w.codes) == 0 {
		w.codesButton.SetText(T("Codes: all"))
	} else {
		w.codesButton.SetText(TF("Codes: {{.N}}", map[string]any{"N": len(w.codes)}))
	}
	w.recompute()
}

// exportDialog writes the figures and every disagreement to a workbook.
func (w *agreementWindow) exportDialog() {
	if !w.shown {
		return
	}
	r := w.report
	name := w.u.projectFileName() + " " + T("agreement") + ".xlsx"
	write := func(out io.Writer) error { return workbook.WriteAgreement(out, r, uiLang()) }
	saveAs(w.win, name, func(wc fyne.URIWriteCloser) {
		saveTo(wc, write, func(path string) { w.note.SetText(T("Exported") + ": " + path) }, w.fail)
	})
}

// errSameCoder is shown instead of figures when one coder is chosen twice.
var errSameCoder = errors.New("same coder")

func (w *agreementWindow) window() fyne.Window { return w.win }

// closed drops a computation still running.
func (w *agreementWindow) closed() { w.gen++ }

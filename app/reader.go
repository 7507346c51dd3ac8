package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/session"
	"teema/app/transcript"
	"teema/coding"
	"teema/i18n"
)

// readerPanel shows the open transcript and turns the user's gestures on
// it into codings.
type readerPanel struct {
	s       *session.Session
	content fyne.CanvasObject
	view    *transcript.View
	title   *widget.Label
	info    *widget.Label
	empty   *widget.Label
	docID   int64
	hash    string // of the shown text: an edit or its undo changes it

	// the player's keys, context menu items and what it says of the
	// caret's place (playback), set by the window: a key it takes is not
	// a pin's
	playKey   func(*fyne.KeyEvent) bool
	playMenu  func() []*fyne.MenuItem
	playPlace func(offset int) string
}

func newReaderPanel(s *session.Session) *readerPanel {
	r := &readerPanel{s: s, view: transcript.New()}
	r.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.info = widget.NewLabel("")
	r.info.Truncation = fyne.TextTruncateEllipsis
	r.info.SizeName = theme.SizeNameCaptionText
	r.empty = widget.NewLabel(i18n.T("No transcript open. Import transcripts with File → Import transcripts…, or drop files here."))
	r.empty.Wrapping = fyne.TextWrapWord
	r.empty.Alignment = fyne.TextAlignCenter
	r.view.OnSelectionChanged = r.selectionChanged
	r.view.OnSpansTapped = r.spansTapped
	r.view.OnSecondaryTapped = r.contextMenu
	r.view.OnKey = r.key
	header := container.NewVBox(r.title, r.info)
	r.content = container.NewBorder(header, nil, nil, nil, container.NewStack(r.view, r.empty))
	s.OnChange(r.update)
	return r
}

// update shows the session's open document and its codings.
func (r *readerPanel) update() {
	d := r.s.Doc()
	if d == nil {
		r.docID = 0
		r.view.SetText("", nil)
		r.view.SetSpans(nil)
		r.title.SetText("")
		r.info.SetText("")
		r.view.Hide()
		r.empty.Show()
		return
	}
	r.empty.Hide()
	r.view.Show()
	if d.ID != r.docID || d.Hash != r.hash {
		r.docID, r.hash = d.ID, d.Hash
		r.view.SetText(d.Text, d.Turns)
	}
	r.view.SetSpans(r.spans())
	r.title.SetText(d.Name)
	info := i18n.TF("{{.N}} words", map[string]any{"N": d.Words}) + " · " + i18n.TF("{{.N}} excerpts", map[string]any{"N": len(r.s.Excerpts())})
	if a := coding.AttributeLine(d.Attributes, ": ", " · "); a != "" {
		info += " · " + a
	}
	r.info.SetText(info)
}

func (r *readerPanel) spans() []transcript.Span {
	out := make([]transcript.Span, 0, len(r.s.Excerpts()))
	for _, e := range r.s.Excerpts() {
		c, ok := r.s.Book().Code(e.CodeID)
		if !ok {
			continue
		}
		out = append(out, transcript.Span{ID: e.ID, CodeID: e.CodeID, Start: e.Start, End: e.End,
			Color: parseColor(c.Color), Label: r.s.Book().Path(e.CodeID)})
	}
	return out
}

func (r *readerPanel) selectionChanged(start, end int) {
	if end <= start {
		place := ""
		if r.playPlace != nil {
			place = r.playPlace(start)
		}
		r.s.Status(place)
		return
	}
	r.s.Status(i18n.TF("{{.N}} characters selected — click a code or press 1–9", map[string]any{"N": end - start}))
}

// key plays on the player's keys (F4) and codes the selection with a
// pinned code on 1–9.
func (r *readerPanel) key(ev *fyne.KeyEvent) bool {
	if r.playKey != nil && r.playKey(ev) {
		return true
	}
	n := pinNumber(ev.Name)
	if n == 0 {
		return false
	}
	r.codeWithPin(n)
	return true
}

// pinNumber is the key 1–9 a key names, or 0 for any other key.
func pinNumber(k fyne.KeyName) int {
	if n, err := strconv.Atoi(string(k)); err == nil && n >= 1 && n <= 9 {
		return n
	}
	return 0
}

// pinKey codes the selection with the code pinned to n, if text is
// selected, wherever the keyboard is; it reports whether it took the key.
func (r *readerPanel) pinKey(n int) bool {
	if start, end := r.view.Selection(); end <= start || r.s.Doc() == nil {
		return false
	}
	r.codeWithPin(n)
	return true
}

// codeWithPin codes the selection with the code pinned to n.
func (r *readerPanel) codeWithPin(n int) {
	id := r.s.Pins()[n-1]
	if id == 0 {
		r.s.Status(i18n.TF("No code is pinned to {{.N}}: right-click a code → Pin to key.", map[string]any{"N": n}))
		return
	}
	r.codeSelection(id)
}

func (r *readerPanel) codeSelection(codeID int64) {
	start, end := r.view.Selection()
	if end <= start {
		r.s.Status(i18n.T("Select some text first."))
		return
	}
	if r.s.CodeSelection(codeID, start, end) {
		r.view.SetSelection(end, end)
	}
}

// selectedText is the transcript text under the selection.
func (r *readerPanel) selectedText() string {
	start, end := r.view.Selection()
	if r.s.Doc() == nil || end <= start {
		return ""
	}
	return coding.Slice(r.s.Doc().Text, start, end)
}

// contextMenu offers the coding actions at a right-click.
func (r *readerPanel) contextMenu(_ int, pos fyne.Position) {
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(i18n.T("Code as…"), r.codeAsDialog),
		fyne.NewMenuItem(i18n.T("New code from selection…"), r.inVivo),
	}
	for i, id := range r.s.Pins() {
		if c, ok := r.s.Book().Code(id); ok && id != 0 {
			items = append(items, fyne.NewMenuItem(strconv.Itoa(i+1)+"  "+r.s.Book().Path(c.ID), func() { r.codeSelection(id) }))
		}
	}
	items = append(items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(i18n.T("Copy"), func() { r.s.App().Clipboard().SetContent(r.selectedText()) }),
		fyne.NewMenuItem(i18n.T("Fix transcript text…"), r.editSelection))
	if r.playMenu != nil {
		items = append(items, r.playMenu()...)
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), r.s.Window().Canvas(), pos)
}

// Show opens a document, scrolls to a range and flashes it.
func (r *readerPanel) Show(docID int64, start, end int) {
	r.s.OpenDoc(docID)
	r.view.Flash(start, end)
}

// codesAt lists the codings under a tapped spot, for the highlight popup.
func (r *readerPanel) codesAt(spans []transcript.Span) []coding.Excerpt {
	ids := map[int64]bool{}
	for _, sp := range spans {
		ids[sp.ID] = true
	}
	var out []coding.Excerpt
	for _, e := range r.s.Excerpts() {
		if ids[e.ID] {
			out = append(out, e)
		}
	}
	return out
}

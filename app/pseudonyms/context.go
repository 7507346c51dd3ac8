package pseudonyms

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/coding/pseudonym"
	"teema/i18n"
)

// contextLines lists the chosen candidate's first occurrences, each in its
// line as written and, under it, as the key would leave it.
type contextLines struct {
	lines, previews []pseudonym.Line
	names           map[int64]string // the transcripts' names by id
}

func (c *contextLines) newList() *widget.List {
	list := &widget.List{Length: c.Length, CreateItem: c.CreateItem, UpdateItem: c.UpdateItem}
	list.ExtendBaseWidget(list)
	return list
}

func (c *contextLines) set(lines, previews []pseudonym.Line, names map[int64]string) {
	c.lines, c.previews, c.names = lines, previews, names
}

// Length is a row per occurrence.
func (c *contextLines) Length() int { return len(c.lines) }

// CreateItem makes two lines of plain, bold and plain text.
func (c *contextLines) CreateItem() fyne.CanvasObject {
	line := func() *widget.RichText {
		rt := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleInline},
			&widget.TextSegment{Style: widget.RichTextStyleStrong}, &widget.TextSegment{Style: widget.RichTextStyleInline})
		rt.Truncation = fyne.TextTruncateEllipsis
		return rt
	}
	return container.NewVBox(line(), line())
}

// UpdateItem shows an occurrence and its preview.
func (c *contextLines) UpdateItem(i widget.ListItemID, o fyne.CanvasObject) {
	rows := o.(*fyne.Container).Objects
	l, p := c.lines[i], c.previews[i]
	showLine(rows[0].(*widget.RichText), c.names[l.DocID]+":  ", l)
	showLine(rows[1].(*widget.RichText), "→  ", p)
}

// shownBefore is how much of the text before an occurrence a line shows,
// so that the occurrence stands near its start, not cut off at its end.
const shownBefore = 30

func showLine(rt *widget.RichText, lead string, l pseudonym.Line) {
	before := []rune(strings.TrimLeft(l.Before, " "))
	if len(before) > shownBefore {
		before = append([]rune("…"), before[len(before)-shownBefore:]...)
	}
	rt.Segments[0].(*widget.TextSegment).Text = lead + string(before)
	rt.Segments[1].(*widget.TextSegment).Text = l.Match
	rt.Segments[2].(*widget.TextSegment).Text = l.After
	rt.Refresh()
}

// candidateSelected shows a candidate's forms and occurrences, previewed
// with the key as it now is.
func (w *Window) candidateSelected(i widget.ListItemID) {
	w.selected = i
	w.showContext()
}

// showContext shows the selected candidate in context.
func (w *Window) showContext() {
	if w.selected < 0 || w.selected >= len(w.cands.items) {
		w.lines.set(nil, nil, nil)
		w.context.Refresh()
		return
	}
	it := w.cands.items[w.selected]
	w.contextTitle.SetText(i18n.TF("{{.Word}}: {{.Forms}}", map[string]any{"Word": it.Word, "Forms": strings.Join(it.Forms, ", ")}))
	previews := make([]pseudonym.Line, len(it.Lines))
	rep := w.previewReplacer()
	for i, l := range it.Lines {
		previews[i] = rep.Preview(l)
	}
	w.lines.set(it.Lines, previews, w.docNames())
	w.context.Refresh()
}

// previewReplacer replaces the ticked words as the key now stands; a key
// that breaks a rule previews nothing until mended.
func (w *Window) previewReplacer() *pseudonym.Replacer {
	key, err := w.cands.key()
	if err != nil {
		key = nil
	}
	var a pseudonym.Analyser
	if w.reader != nil {
		a = w.reader.Analyser()
	}
	return pseudonym.NewReplacer(key, a)
}

func (w *Window) docNames() map[int64]string {
	names := map[int64]string{}
	for _, d := range w.s.Docs() {
		names[d.ID] = d.Name
	}
	return names
}

// lineSelected shows the occurrence in the main window's transcript.
func (w *Window) lineSelected(i widget.ListItemID) {
	if i < len(w.lines.lines) {
		l := w.lines.lines[i]
		w.h.ShowPassage(l.DocID, l.Start, l.End, false)
	}
	w.context.UnselectAll()
}

package frequencies

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/study"
)

// contextMax is the most lines in context shown for a word.
const contextMax = 500

// contextLines lists a word's lines in context: the interview, the text
// before, the word in bold, the text after.
type contextLines struct {
	lines []wordfreq.Line
	names map[int64]string // the interviews' names by id
	list  *widget.List
}

func (c *contextLines) newList() *widget.List {
	c.list = &widget.List{Length: c.Length, CreateItem: c.CreateItem, UpdateItem: c.UpdateItem}
	c.list.ExtendBaseWidget(c.list)
	return c.list
}

func (c *contextLines) set(lines []wordfreq.Line) { c.lines = lines }

// Length is a row per line.
func (c *contextLines) Length() int { return len(c.lines) }

// CreateItem makes a line of plain, bold and plain text.
func (c *contextLines) CreateItem() fyne.CanvasObject {
	return widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleInline},
		&widget.TextSegment{Style: widget.RichTextStyleStrong}, &widget.TextSegment{Style: widget.RichTextStyleInline})
}

// UpdateItem shows a line.
func (c *contextLines) UpdateItem(i widget.ListItemID, o fyne.CanvasObject) {
	rt := o.(*widget.RichText)
	l := c.lines[i]
	rt.Segments[0].(*widget.TextSegment).Text = c.names[l.DocID] + ":  …" + l.Left
	rt.Segments[1].(*widget.TextSegment).Text = l.Token
	rt.Segments[2].(*widget.TextSegment).Text = l.Right + "…"
	rt.Refresh()
}

func (w *Window) wordSelected(id widget.TableCellID) {
	if id.Row >= 0 && id.Row < len(w.words.rows) {
		w.showWord(w.words.rows[id.Row])
	}
}

// showWord finds a word of the count shown in its texts, in the
// background: the lines are read from the texts, not the tallies.
func (w *Window) showWord(wd wordfreq.Word) {
	w.asked++
	asked, gen, q, p, forms := w.asked, w.gen, w.shown, w.s.Project(), w.forms
	w.work.Run(func() func() {
		lines, err := study.Concordance(p, q, wd, contextMax, forms)
		return func() {
			if asked == w.asked && gen == w.gen {
				w.showLines(wd, lines, err)
			}
		}
	})
}

// showLines shows a word's lines.
func (w *Window) showLines(wd wordfreq.Word, lines []wordfreq.Line, err error) {
	if err != nil {
		w.fail(err)
	}
	w.lines.set(lines)
	msg := i18n.TF("“{{.Word}}” in context: {{.N}} lines", map[string]any{"Word": wd.Word, "N": len(lines)})
	if len(lines) >= contextMax {
		msg += " " + i18n.TF("(the first {{.N}})", map[string]any{"N": contextMax})
	}
	w.concTitle.SetText(msg)
	w.context.Refresh()
	w.context.ScrollToTop()
}

// lineSelected shows a line in the main window's transcript.
func (w *Window) lineSelected(i widget.ListItemID) {
	if i < len(w.lines.lines) {
		l := w.lines.lines[i]
		w.h.ShowPassage(l.DocID, l.Start, l.End, false)
	}
	w.context.UnselectAll()
}

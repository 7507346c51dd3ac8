package matrices

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
)

// cellPanel opens one matrix cell: its excerpts to read, each saying where
// it comes from, and the researcher's condensed summary of them, saved as
// they type. An excerpt can be shown in its transcript or put into the
// summary as an attributed quote.
type cellPanel struct {
	m       *Window
	content fyne.CanvasObject // hidden while no cell is open
	title   *widget.Label
	list    *fyne.Container
	listed  []string // what the list shows, so a refresh rebuilds it only on change
	summary *tabEntry
	key     coding.SummaryKey // whose summary the entry holds; CodeID 0: none
	shown   string            // the summary as last loaded or saved
	wait    kit.Debounce
}

func newCellPanel(m *Window) *cellPanel {
	p := &cellPanel{m: m, list: container.NewVBox(), wait: kit.NewDebounce(m.s)}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.Wrapping = fyne.TextWrapWord
	p.summary = newTabEntry()
	p.summary.SetPlaceHolder(i18n.T("Condense the excerpts in your own words, one bullet per line.") + "\n- …")
	p.summary.OnChanged = p.typed
	label := widget.NewLabelWithStyle(i18n.T("Summary"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	split := container.NewVSplit(container.NewVScroll(p.list), container.NewBorder(label, nil, nil, nil, p.summary))
	split.Offset = 0.55
	p.content = container.NewBorder(p.title, nil, nil, nil, split)
	p.content.Hide()
	return p
}

func (p *cellPanel) typed(string) { p.wait.Schedule(p.save) }

// show opens a cell, or updates the open one after a change, keeping what
// the user is typing.
func (p *cellPanel) show(key coding.SummaryKey, title string, cell coding.Cell) {
	if key != p.key {
		p.flush()
		p.key = key
		p.load(cell.Summary)
	} else if p.summary.Text == p.shown {
		p.load(cell.Summary)
	}
	p.title.SetText(title)
	p.fill(cell.Excerpts)
	// A query's column is no code's: it has no summary to write.
	if key.CodeID == coding.QueryColumn {
		p.summary.Disable()
	} else {
		p.summary.Enable()
	}
	p.content.Show()
}

// close empties the panel, saving what was typed.
func (p *cellPanel) close() {
	p.flush()
	p.key = coding.SummaryKey{}
	p.load("")
	p.fill(nil)
	p.content.Hide()
}

// load puts a summary in the editor without it counting as typing.
func (p *cellPanel) load(text string) {
	p.shown = text
	if p.summary.Text != text {
		p.setText(text)
	}
}

// setText changes the editor's text without it counting as typing.
func (p *cellPanel) setText(text string) {
	p.summary.OnChanged = nil
	p.summary.SetText(text)
	p.summary.OnChanged = p.typed
}

// flush saves typing still waiting for its timer.
func (p *cellPanel) flush() {
	if p.wait.Stop() {
		p.save()
	}
}

// save writes the summary now if it changed; blank counts as none.
func (p *cellPanel) save() {
	p.wait.Stop()
	if p.key.CodeID <= 0 || !p.m.current() || blankAsNone(p.summary.Text) == blankAsNone(p.shown) {
		return
	}
	p.shown = p.summary.Text
	p.m.s.Do(coding.SetSummary{Key: p.key, Text: blankAsNone(p.summary.Text)})
}

func blankAsNone(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return s
}

// fill lists the cell's excerpts, rebuilding the list only when they
// changed so its scroll position survives the user's own saves.
func (p *cellPanel) fill(es []coding.Excerpt) {
	listed := make([]string, len(es))
	for i, e := range es {
		listed[i] = p.source(e) + "\x00" + e.Text + "\x00" + strconv.FormatBool(e.Quote) + strconv.FormatBool(p.m.s.Recorded(e.DocID))
	}
	if slices.Equal(listed, p.listed) {
		return
	}
	p.listed = listed
	rows := make([]fyne.CanvasObject, len(es))
	for i, e := range es {
		rows[i] = p.excerptRow(e, p.m.s.Recorded(e.DocID))
	}
	p.list.Objects = rows
	p.list.Refresh()
}

// excerptRow shows an excerpt under its source, with its actions: show
// it, play it when its transcript has a recording, insert it in the
// summary, choose it to quote in the report.
// The excerpts wrap to different heights, which a widget.List cannot
// show, so the panel lists them in a box.
func (p *cellPanel) excerptRow(e coding.Excerpt, recorded bool) fyne.CanvasObject {
	src := widget.NewLabel(p.source(e))
	src.SizeName = theme.SizeNameCaptionText
	src.Truncation = fyne.TextTruncateEllipsis
	text := widget.NewLabel(e.Text)
	text.Wrapping = fyne.TextWrapWord
	show := widget.NewButtonWithIcon(i18n.T("Show in transcript"), theme.VisibilityIcon(),
		func() { p.m.h.ShowPassage(e.DocID, e.Start, e.End, false) })
	quote := widget.NewButtonWithIcon(i18n.T("Insert as quote"), theme.ContentAddIcon(), func() { p.insertQuote(e) })
	show.Importance, quote.Importance = widget.LowImportance, widget.LowImportance
	chosen := widget.NewCheck(i18n.T("Quote in the report"), nil)
	chosen.Checked = e.Quote
	chosen.OnChanged = func(on bool) { p.m.s.Do(coding.SetQuote{ID: e.ID, Quote: on}) }
	actions := container.NewHBox(show, quote, chosen)
	if recorded {
		play := widget.NewButtonWithIcon(i18n.T("Play"), theme.MediaPlayIcon(), func() { p.m.h.PlayPassage(e.DocID, e.Start, e.End) })
		play.Importance = widget.LowImportance
		actions.Objects = slices.Insert(actions.Objects, 1, fyne.CanvasObject(play))
	}
	return container.NewVBox(kit.TightVBox(src, text), actions, widget.NewSeparator())
}

// source says where an excerpt comes from: interview · speaker, and the
// sub-code when it was coded below the column's code.
func (p *cellPanel) source(e coding.Excerpt) string {
	c := p.m.corpus
	d, _ := c.Doc(e.DocID)
	s := d.Name
	if sp := c.Speaker(e); sp != "" {
		s += " · " + sp
	}
	if e.CodeID != p.key.CodeID {
		if code, ok := c.Book.Code(e.CodeID); ok {
			s += " · " + code.Name
		}
	}
	return s
}

// insertQuote appends an excerpt to the summary as a bullet quoting it
// with its attribution, as the thesis will, and saves at once, the
// excerpt chosen for the report in the same undoable step. The quote ends
// its line, so what is typed next starts a bullet of its own.
func (p *cellPanel) insertQuote(e coding.Excerpt) {
	if p.key.CodeID <= 0 || !p.m.current() { // a query's column (QueryColumn) has no summary
		return
	}
	text := strings.TrimRight(p.summary.Text, " \n")
	if text != "" {
		text += "\n"
	}
	text += "- " + p.m.quote(e) + "\n"
	// SetText clamps the cursor to the text: this puts it at the end,
	// on the new line.
	p.summary.CursorRow, p.summary.CursorColumn = math.MaxInt32, math.MaxInt32
	p.setText(text)
	p.wait.Stop() // the typing before it is part of this step
	p.shown = text
	p.m.s.Do(coding.InsertQuote(p.key, text, e.ID))
	p.m.win.Canvas().Focus(p.summary)
}

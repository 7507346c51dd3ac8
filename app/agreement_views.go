package app

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/coding/agreement"
	"teema/i18n"
	"teema/store"
)

// agreementColumns head the figures table.
var agreementColumns = []string{"Code", "Agreement", "Kappa", "Alpha"}

func (w *agreementWindow) newTable() *widget.Table {
	t := widget.NewTable(func() (int, int) { return w.rows(), len(agreementColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.TextStyle.Bold = id.Row == len(w.report.Codes) // the overall row
			l.SetText(w.cell(id))
		})
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(agreementColumns) {
			o.(*widget.Label).SetText(T(agreementColumns[id.Col]))
		}
	}
	for col, width := range []float32{380, 120, 100, 100} {
		t.SetColumnWidth(col, width)
	}
	return t
}

// rows are the codes and, last, all codes together.
func (w *agreementWindow) rows() int {
	if !w.shown {
		return 0
	}
	return len(w.report.Codes) + 1
}

// cell is the text of one cell of the figures table; an undefined figure
// (neither coder used the code, say) is a dash.
func (w *agreementWindow) cell(id widget.TableCellID) string {
	if id.Row < 0 || id.Row >= w.rows() {
		return ""
	}
	name, t := T("All codes"), w.report.Overall
	if id.Row < len(w.report.Codes) {
		c := w.report.Codes[id.Row]
		name, t = c.Path, c.Tally
	}
	switch id.Col {
	case 0:
		return name
	case 1:
		return figure(t.Percent(), percent)
	case 2:
		return figure(t.Kappa(), func(v float64) string { return decimal(v, 3) })
	case 3:
		return figure(t.Alpha(), func(v float64) string { return decimal(v, 3) })
	}
	return ""
}

func figure(v float64, format func(float64) string) string {
	if math.IsNaN(v) {
		return "–"
	}
	return format(v)
}

func (w *agreementWindow) newList() *widget.List {
	l := widget.NewList(func() int { return w.disagreements() },
		func() fyne.CanvasObject {
			return widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleInline},
				&widget.TextSegment{Style: widget.RichTextStyleStrong}, &widget.TextSegment{Style: widget.RichTextStyleInline})
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			rt := o.(*widget.RichText)
			d := w.report.Disagreements[i]
			rt.Segments[0].(*widget.TextSegment).Text = d.Doc + " · " + d.Code + ":  "
			rt.Segments[1].(*widget.TextSegment).Text = coderLabel(d.Coder)
			rt.Segments[2].(*widget.TextSegment).Text = "  “" + oneLine(d.Text, 160) + "”"
			rt.Refresh()
		})
	l.OnSelected = func(i widget.ListItemID) {
		l.UnselectAll()
		if i < w.disagreements() {
			w.showDisagreement(w.report.Disagreements[i])
		}
	}
	return l
}

func (w *agreementWindow) disagreements() int {
	if !w.shown {
		return 0
	}
	return len(w.report.Disagreements)
}

// showDisagreement shows the text in the main window's transcript and
// selects it, so the researcher can code it there after the discussion.
func (w *agreementWindow) showDisagreement(d agreement.Disagreement) {
	w.u.reader.Show(d.DocID, d.Start, d.End)
	w.u.reader.view.SetSelection(d.Start, d.End)
	w.u.win.RequestFocus()
}

// chosen are the coders chosen, or ok false when two different ones are
// not chosen yet.
func (w *agreementWindow) chosen() (a, b string, ok bool) {
	a, okA := w.coders[w.coderA.Selected]
	b, okB := w.coders[w.coderB.Selected]
	return a, b, okA && okB && a != b
}

// recompute compares the chosen coders in the background; a result that
// a later choice or change has overtaken is dropped.
func (w *agreementWindow) recompute() {
	w.gen++
	a, b, ok := w.chosen()
	if !ok || w.s.Project() == nil {
		w.showReport(agreement.Report{}, errSameCoder)
		return
	}
	gen, proj, book := w.gen, w.s.Project(), w.s.Book()
	o := agreement.Options{CoderA: a, CoderB: b}
	for _, id := range w.codes {
		if _, ok := book.Code(id); ok { // a code deleted since it was chosen drops out
			o.Codes = append(o.Codes, id)
		}
	}
	w.note.SetText(T("Comparing…"))
	w.u.background(func() {
		r, err := compareCoders(proj, book, o)
		fyne.Do(func() {
			if gen == w.gen {
				w.showReport(r, err)
			}
		})
	})
}

// compareCoders loads every document with its text and every coding, and
// compares.
func compareCoders(p *store.Project, book *coding.CodeBook, o agreement.Options) (agreement.Report, error) {
	in := agreement.Input{Book: book}
	infos, err := p.Documents()
	if err != nil {
		return agreement.Report{}, err
	}
	for _, info := range infos {
		d, err := p.Document(info.ID)
		if err != nil {
			return agreement.Report{}, err
		}
		in.Docs = append(in.Docs, d)
	}
	if in.Excerpts, err = p.Excerpts(coding.ExcerptFilter{}); err != nil {
		return agreement.Report{}, err
	}
	return agreement.Compute(in, o)
}

// showReport fills the table and list, or says why there is nothing to
// show.
func (w *agreementWindow) showReport(r agreement.Report, err error) {
	w.report, w.shown = r, err == nil
	switch {
	case err == errSameCoder && len(w.coders) < 2:
		w.note.SetText(T("Agreement compares two coders, and this project has codings by fewer. Merge another coder's project first (File → Merge another coder's project…)."))
	case err == errSameCoder:
		w.note.SetText(T("Choose two different coders."))
	case err != nil:
		w.note.SetText(i18n.Error(err))
	default:
		w.note.SetText(TF("Compared {{.N}} documents that both coded; left out {{.Left}} coded by only one of them. {{.D}} disagreements.",
			map[string]any{"N": len(r.Docs), "Left": len(r.Left), "D": len(r.Disagreements)}))
	}
	if w.shown {
		w.exportButton.Enable()
	} else {
		w.exportButton.Disable()
	}
	w.table.Refresh()
	w.list.Refresh()
}

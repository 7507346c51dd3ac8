package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
	"teema/store/report"
	"teema/study"
)

// reportDialog asks what the Word report holds: the rows of its theme
// tables, its themes, its parts, where the code book goes and what the
// figure shows. Beside the choices it outlines the report's headings, so
// the researcher sees what they will get before choosing where to save.
type reportDialog struct {
	u       *UI
	themes  []int64 // the checklist's themes, in code book order
	rows    *widget.Select
	rowsOf  map[string]coding.RowsBy
	parts   [6]*widget.Check // in report.Parts order
	book    *widget.RadioGroup
	figure  *widget.RadioGroup
	list    *kit.Checklist
	outline *widget.Label
	shown   int // the latest outline asked for; older ones are dropped
}

// exportReport opens the report dialog for the open project.
func (u *UI) exportReport() { u.openReport() }

func (u *UI) openReport() *reportDialog {
	if u.s.Project() == nil {
		return nil
	}
	corpus, err := u.s.Project().Corpus()
	if err != nil {
		u.s.Fail(err)
		return nil
	}
	r := newReportDialog(u, corpus)
	d := dialog.NewCustomConfirm(i18n.T("Export report (Word)"), i18n.T("Export…"), i18n.T("Cancel"), r.content(corpus), func(ok bool) {
		if ok {
			r.save()
		}
	}, u.win)
	// The outline beside the choices needs the room of a wide dialog.
	win := u.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(win.Width-40, 1080), min(win.Height-40, 720)))
	d.Show()
	r.preview()
	return r
}

func newReportDialog(u *UI, corpus coding.Corpus) *reportDialog {
	r := &reportDialog{u: u, themes: corpus.ThemesWithContent(corpus.Book.Children(0))}
	keys := coding.AttributeKeys(corpus.Docs)
	var options []string
	options, r.rowsOf = kit.RowOptions(keys)
	r.rows = widget.NewSelect(options, func(string) { r.preview() })
	r.rows.Selected = kit.LabelOf(r.rowsOf, coding.DefaultRows(keys))
	for i, label := range partLabels() {
		r.parts[i] = widget.NewCheck(label, func(bool) { r.preview() })
		r.parts[i].Checked = true
	}
	r.book = widget.NewRadioGroup([]string{i18n.T("In the method"), i18n.T("As an appendix")}, func(string) { r.preview() })
	r.book.Horizontal, r.book.Required, r.book.Selected = true, true, r.book.Options[0]
	r.figure = widget.NewRadioGroup([]string{i18n.T("Sub-themes by excerpts"), i18n.T("Most frequent words")}, func(string) { r.preview() })
	r.figure.Horizontal, r.figure.Required, r.figure.Selected = true, true, r.figure.Options[0]
	names := make([]string, len(r.themes))
	for i, id := range r.themes {
		names[i] = corpus.Book.Path(id)
	}
	r.list = kit.NewChecklist(names, func(int) bool { return true })
	r.list.OnChanged = r.preview
	// Unwrapped, so a heading's indent shows its level; long lines scroll.
	r.outline = widget.NewLabel("")
	return r
}

// partLabels name the parts, in report.Parts order.
func partLabels() []string {
	return []string{i18n.T("Material and method"), i18n.T("Code book"), i18n.T("Theme tables"),
		i18n.T("Summaries and chosen quotes"), i18n.T("Findings and proposals"), i18n.T("Figure")}
}

func (r *reportDialog) content(corpus coding.Corpus) fyne.CanvasObject {
	quotes := 0
	for _, e := range corpus.Excerpts {
		if e.Quote {
			quotes++
		}
	}
	hint := widget.NewLabel(i18n.TF("{{.N}} chosen quotes. Choose an excerpt to quote with Quote in the report, in the excerpt list or the matrix window.", map[string]any{"N": quotes}))
	hint.Wrapping = fyne.TextWrapWord
	hint.SizeName = theme.SizeNameCaptionText
	parts := container.NewGridWithColumns(2)
	for _, c := range r.parts {
		parts.Add(c)
	}
	form := container.NewVBox(
		widget.NewForm(widget.NewFormItem(i18n.T("Rows of the theme tables"), r.rows)),
		heading(i18n.T("Parts")), parts, hint,
		widget.NewForm(widget.NewFormItem(i18n.T("Code book"), r.book), widget.NewFormItem(i18n.T("Figure"), r.figure)),
		heading(i18n.T("Themes")))
	left := container.NewBorder(form, nil, nil, nil, r.list.Content())
	right := container.NewBorder(heading(i18n.T("Outline")), nil, nil, nil, container.NewScroll(r.outline))
	split := container.NewHSplit(left, right)
	split.Offset = 0.5
	return split
}

// choices are what the dialog shows chosen. Themes and quotes need a
// theme: with none ticked their sections are left out. (With nothing
// coded yet, the report says so where they would be.)
func (r *reportDialog) choices() study.ReportChoices {
	on := func(i int) bool { return r.parts[i].Checked }
	ch := study.ReportChoices{
		RowsBy: r.rowsOf[r.rows.Selected],
		Parts: report.Parts{Method: on(0), CodeBook: on(1), Themes: on(2), Quotes: on(3),
			Findings: on(4), Figure: on(5)},
		CodeBookAppendix: r.book.Selected == r.book.Options[1],
		Figure:           report.CodeCloud,
		Lang:             i18n.Lang(),
	}
	if r.figure.Selected == r.figure.Options[1] {
		ch.Figure = report.WordCloud
	}
	ticked := r.list.Ticked()
	if len(ticked) < len(r.themes) {
		for _, i := range ticked {
			ch.Themes = append(ch.Themes, r.list.Label(i))
		}
	}
	if len(ticked) == 0 && len(r.themes) > 0 {
		ch.Parts.Themes, ch.Parts.Quotes = false, false
	}
	return ch
}

// preview outlines the report as chosen, in the background; an outline
// that arrives after a newer choice is dropped.
func (r *reportDialog) preview() {
	r.shown++
	n, ch, p := r.shown, r.choices(), r.u.s.Project()
	r.u.background(func() {
		text := ""
		rep, err := study.PreviewReport(p, ch)
		if err != nil {
			text = i18n.Error(err)
		} else {
			text = strings.Join(rep.Outline(), "\n")
		}
		fyne.Do(func() {
			if n == r.shown {
				r.outline.SetText(text)
			}
		})
	})
}

// save asks where to write the report, then writes it behind a progress
// dialog: a word cloud counts every word of the interviews.
func (r *reportDialog) save() {
	ch := r.choices()
	kit.SaveFile(r.u.win, kit.FileName(r.u.s.ProjectName())+".docx", kit.DOCX(), func(path string) { r.write(path, ch) })
}

// write writes the report as chosen to path.
func (r *reportDialog) write(path string, ch study.ReportChoices) {
	u, p := r.u, r.u.s.Project()
	u.busy(i18n.T("Writing the report…"), func() error {
		forms := study.NewForms()
		defer forms.Close()
		rep, err := study.LoadReport(p, ch, forms)
		if err == nil {
			err = study.WriteFile(path, rep.Write)
		}
		if err != nil {
			kit.RemoveIfEmpty(path) // the empty file Fyne's dialog made
		}
		return err
	}, func() { u.s.Status(i18n.T("Exported") + ": " + path) })
}

func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

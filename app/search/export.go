package search

import (
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/store/workbook"
	"teema/study"
)

// newExportButton offers a result as a workbook or CSV file named name;
// table gives what to write, nil when there is nothing yet.
func newExportButton(w *Window, name string, table func() (workbook.Passages, bool)) *widget.Button {
	var b *widget.Button
	save := func(f kit.Filter) {
		t, ok := table()
		if !ok {
			return
		}
		asCSV := f.Exts[0] == ".csv"
		kit.SaveWith(w.win, name+f.Exts[0], f, func(out io.Writer) error { return study.WritePassages(out, t, asCSV, i18n.Lang()) },
			func(path string) { w.tell(i18n.TF("Saved {{.File}}", map[string]any{"File": filepath.Base(path)})) })
	}
	b = widget.NewButtonWithIcon(i18n.T("Export…"), theme.DocumentSaveIcon(), func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(i18n.T("Table as Excel workbook (.xlsx)…"), func() { save(kit.XLSX()) }),
			fyne.NewMenuItem(i18n.T("Table as CSV…"), func() { save(kit.CSV()) }))
		widget.ShowPopUpMenuAtRelativePosition(menu, w.win.Canvas(), fyne.NewPos(0, b.Size().Height), b)
	})
	return b
}

// export is the hits shown, as exported: with their context and form.
func (r *results) export() (workbook.Passages, bool) {
	if len(r.found.Hits) == 0 {
		return workbook.Passages{}, false
	}
	shown := r.found
	shown.Hits = r.hits.hits // in the order the list shows them
	key := study.GroupKey(r.found.Docs)
	return workbook.Passages{Rows: study.HitRows(shown, key), KWIC: true, Group: key, Title: r.asked.Query,
		Note: r.summary.Text + " " + r.w.note.Text}, true
}

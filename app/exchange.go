package app

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/store/qdpx"
	"teema/study"
)

// The REFI-QDA exchange formats, as the file dialogs filter them.
const (
	extQDPX = ".qdpx"
	extQDC  = ".qdc"
)

// exchangeFilter is what a dialog offers for a REFI-QDA format.
func exchangeFilter(x study.Exchange) kit.Filter {
	if x == study.QDC {
		return kit.Filter{Name: i18n.T("Code book (.qdc)"), Exts: []string{extQDC}}
	}
	return kit.Filter{Name: i18n.T("REFI-QDA project (.qdpx)"), Exts: []string{extQDPX}}
}

// exportDialog asks where to write the project as a REFI-QDA project,
// which NVivo, ATLAS.ti, MAXQDA and others open, or its code book alone.
func (u *UI) exportDialog(x study.Exchange) {
	if u.s.Project() == nil {
		return
	}
	name := u.projectFileName() + extQDPX
	if x == study.QDC {
		name = u.projectFileName() + " " + i18n.T("code book") + extQDC
	}
	kit.SaveFile(u.win, name, exchangeFilter(x), func(path string) { u.export(path, x) })
}

// export writes the file in the background; a failed export leaves no
// file behind.
func (u *UI) export(path string, x study.Exchange) {
	proj := u.s.Project()
	u.busy(i18n.T("Exporting…"), func() error {
		err := study.ExportExchange(proj, path, x)
		if err != nil {
			removeIfEmpty(path) // the file Fyne's save dialog made
		}
		return err
	}, func() {
		u.s.Status(i18n.T("Exported") + ": " + path)
	})
}

// importDialog asks for a .qdpx project or a .qdc code book to add to the
// open project.
func (u *UI) importExchangeDialog(x study.Exchange) {
	if u.s.Project() == nil {
		return
	}
	kit.OpenFile(u.win, exchangeFilter(x), func(path string) { u.importExchange(path, x) })
}

// importExchange imports in one transaction in the background. The import
// is not in the undo history, as the history holds the researcher's own
// steps; the views are reloaded from the store as after importing
// transcripts.
func (u *UI) importExchange(path string, x study.Exchange) {
	proj := u.s.Project()
	title := i18n.T("REFI-QDA project imported")
	if x == study.QDC {
		title = i18n.T("Code book imported")
	}
	var rep qdpx.Report
	u.busyCounting(i18n.T("Importing…"), func(progress func(done, total int)) (err error) {
		// A file of 100,000 codes takes seconds: the bar shows it moving.
		proj.SetProgress(progress)
		defer proj.SetProgress(nil)
		rep, err = study.ImportExchange(proj, path, x)
		return err
	}, func() {
		u.s.Reload()
		lines := i18n.Lines(rep.Notes())
		summary := ""
		if len(lines) > 0 {
			summary = lines[0]
		}
		u.s.Status(summary)
		u.showReport(title, summary, strings.Join(lines[min(1, len(lines)):], "\n"))
	})
}

// busy runs work in the background behind a modal progress dialog, so the
// project is not changed meanwhile, then done, or tells what failed.
func (u *UI) busy(title string, work func() error, done func()) {
	u.behind(title, widget.NewProgressBarInfinite(), work, done)
}

// busyCounting is busy with a bar that fills as work reports, through the
// function it is given, done of total steps.
func (u *UI) busyCounting(title string, work func(progress func(done, total int)) error, done func()) {
	bar := widget.NewProgressBar()
	progress := func(n, total int) {
		fyne.Do(func() {
			bar.Max = float64(total)
			bar.SetValue(float64(n))
		})
	}
	u.behind(title, bar, func() error { return work(progress) }, done)
}

// behind shows bar in a modal dialog while work runs in the background.
func (u *UI) behind(title string, bar fyne.CanvasObject, work func() error, done func()) {
	prog := dialog.NewCustomWithoutButtons(title, bar, u.win)
	prog.Resize(fyne.NewSize(360, 100))
	prog.Show()
	u.background(func() {
		err := work()
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.s.Fail(err)
				return
			}
			done()
		})
	})
}

// showReport shows what an import or merge did: the summary first, then
// every line of the full report in a scrollable box.
func (u *UI) showReport(title, summary, full string) {
	head := widget.NewLabel(summary)
	head.Wrapping = fyne.TextWrapWord
	head.TextStyle.Bold = true
	body := widget.NewLabel(strings.TrimSpace(full))
	body.Wrapping = fyne.TextWrapWord
	copyAll := widget.NewButton(i18n.T("Copy report"), func() {
		u.s.App().Clipboard().SetContent(summary + "\n\n" + full)
	})
	content := container.NewBorder(head, container.NewHBox(copyAll), nil, nil, container.NewVScroll(body))
	d := dialog.NewCustom(title, i18n.T("Close"), content, u.win)
	d.Resize(fyne.NewSize(640, 440))
	d.Show()
}

// projectFileName is the study's name made usable as a file name.
func (u *UI) projectFileName() string { return kit.FileName(u.s.ProjectName()) }

// reportLines joins report lines under a heading, or nothing without lines.
func reportLines(heading string, lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return fmt.Sprintf("%s\n%s\n", heading, strings.Join(lines, "\n"))
}

func removeIfEmpty(path string) {
	if st, err := os.Stat(path); err == nil && st.Size() == 0 {
		os.Remove(path)
	}
}

// importMenu and exportMenu are File's submenus of the REFI-QDA formats,
// which other qualitative analysis programs read and write.
func (u *UI) importMenu() *fyne.MenuItem {
	m := fyne.NewMenuItem(i18n.T("Import"), nil)
	m.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem(i18n.T("REFI-QDA project (.qdpx)…"), func() { u.importExchangeDialog(study.QDPX) }),
		fyne.NewMenuItem(i18n.T("Code book (.qdc)…"), func() { u.importExchangeDialog(study.QDC) }))
	return m
}

func (u *UI) exportMenu() *fyne.MenuItem {
	m := fyne.NewMenuItem(i18n.T("Export"), nil)
	m.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem(i18n.T("REFI-QDA project (.qdpx)…"), func() { u.exportDialog(study.QDPX) }),
		fyne.NewMenuItem(i18n.T("Code book (.qdc)…"), func() { u.exportDialog(study.QDC) }))
	return m
}

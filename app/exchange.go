package app

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"teema/store"
	"teema/store/qdpx"
)

// The REFI-QDA exchange formats, as the file dialogs filter them.
const (
	extQDPX = ".qdpx"
	extQDC  = ".qdc"
)

// exportQDPXDialog asks where to write the project as a REFI-QDA project,
// which NVivo, ATLAS.ti, MAXQDA and others open.
func (u *UI) exportQDPXDialog() {
	u.savePath(u.projectFileName()+extQDPX, u.exportQDPX)
}

// exportCodeBookDialog asks where to write the code book as a .qdc file.
func (u *UI) exportCodeBookDialog() {
	u.savePath(u.projectFileName()+" "+T("code book")+extQDC, u.exportCodeBook)
}

func (u *UI) exportQDPX(path string) {
	u.exportWith(path, qdpx.ExportFile)
}

func (u *UI) exportCodeBook(path string) {
	u.exportWith(path, qdpx.ExportCodeBookFile)
}

// exportWith writes the file in the background; the writers write a
// temporary file and rename it, so a failed export leaves no half file.
func (u *UI) exportWith(path string, write func(*store.Project, string) error) {
	if u.s.Project() == nil {
		return
	}
	proj := u.s.Project()
	u.busy(T("Exporting…"), func() error {
		err := write(proj, path)
		if err != nil {
			removeIfEmpty(path) // the file the save dialog made
		}
		return err
	}, func() {
		u.s.Status(T("Exported") + ": " + path)
	})
}

// importQDPXDialog asks for a .qdpx file to add to the open project.
func (u *UI) importQDPXDialog() {
	u.openPath([]string{extQDPX}, u.importQDPX)
}

// importCodeBookDialog asks for a .qdc code book to add to the project.
func (u *UI) importCodeBookDialog() {
	u.openPath([]string{extQDC}, u.importCodeBook)
}

func (u *UI) importQDPX(path string) {
	u.importWith(path, T("REFI-QDA project imported"), qdpx.ImportFile)
}

func (u *UI) importCodeBook(path string) {
	u.importWith(path, T("Code book imported"), qdpx.ImportCodeBookFile)
}

// importWith imports in one transaction in the background. The import is
// not in the undo history, as the history holds the researcher's own
// steps; the views are reloaded from the store as after importing
// transcripts.
func (u *UI) importWith(path, title string, read func(*store.Project, string) (qdpx.Report, error)) {
	if u.s.Project() == nil {
		return
	}
	proj := u.s.Project()
	var rep qdpx.Report
	u.busy(T("Importing…"), func() (err error) {
		rep, err = read(proj, path)
		return err
	}, func() {
		u.s.Reload()
		summary := importSummary(rep)
		u.s.Status(summary)
		u.showReport(title, summary, rep.String())
	})
}

// importSummary says in the UI's language what an import brought in.
func importSummary(r qdpx.Report) string {
	s := TF("Imported {{.Docs}} documents, {{.Codes}} codes and {{.Codings}} codings.",
		map[string]any{"Docs": r.Documents, "Codes": r.Codes, "Codings": r.Codings})
	if r.MergedDocuments+r.ReusedCodes+r.Duplicates > 0 {
		s += " " + TF("Already in the project: {{.Docs}} documents, {{.Codes}} codes, {{.Codings}} codings.",
			map[string]any{"Docs": r.MergedDocuments, "Codes": r.ReusedCodes, "Codings": r.Duplicates})
	}
	if r.NotPlaced > 0 {
		s += " " + TF("{{.N}} of {{.Total}} selections could not be placed exactly.",
			map[string]any{"N": r.NotPlaced, "Total": r.Selections})
	}
	if len(r.Skipped) > 0 {
		s += " " + TF("{{.N}} items were left out.", map[string]any{"N": len(r.Skipped)})
	}
	return s
}

// busy runs work in the background behind a modal progress dialog, so the
// project is not changed meanwhile, then done, or tells what failed.
func (u *UI) busy(title string, work func() error, done func()) {
	bar := widget.NewProgressBarInfinite()
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
	copyAll := widget.NewButton(T("Copy report"), func() {
		u.s.App().Clipboard().SetContent(summary + "\n\n" + full)
	})
	content := container.NewBorder(head, container.NewHBox(copyAll), nil, nil, container.NewVScroll(body))
	d := dialog.NewCustom(title, T("Close"), content, u.win)
	d.Resize(fyne.NewSize(640, 440))
	d.Show()
}

// savePath asks where to save a file and hands its path on. The dialog
// has already made the file, empty; the writer replaces it.
func (u *UI) savePath(name string, then func(path string)) {
	if u.s.Project() == nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.s.Fail(err)
			return
		}
		if w == nil {
			return
		}
		w.Close()
		then(w.URI().Path())
	}, u.win)
	d.SetFileName(name)
	d.Show()
}

// openPath asks for a file with one of the extensions and hands its path on.
func (u *UI) openPath(exts []string, then func(path string)) {
	if u.s.Project() == nil {
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.s.Fail(err)
			return
		}
		if r == nil {
			return
		}
		r.Close()
		then(r.URI().Path())
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Show()
}

// projectFileName is the study's name made usable as a file name.
func (u *UI) projectFileName() string { return fileName(u.s.ProjectName()) }

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
	m := fyne.NewMenuItem(T("Import"), nil)
	m.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem(T("REFI-QDA project (.qdpx)…"), u.importQDPXDialog),
		fyne.NewMenuItem(T("Code book (.qdc)…"), u.importCodeBookDialog))
	return m
}

func (u *UI) exportMenu() *fyne.MenuItem {
	m := fyne.NewMenuItem(T("Export"), nil)
	m.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem(T("REFI-QDA project (.qdpx)…"), u.exportQDPXDialog),
		fyne.NewMenuItem(T("Code book (.qdc)…"), u.exportCodeBookDialog))
	return m
}

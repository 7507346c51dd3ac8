package app

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
	"teema/store"
	"teema/store/importer"
	"teema/study"
)

// importDialog lets the user pick a folder and tick the transcripts in it,
// so a whole interview folder is imported in one go.
func (u *UI) importDialog() {
	if u.s.Project() == nil {
		return
	}
	kit.OpenFolder(u.win, u.chooseFiles)
}

// folderFiles are a folder's files: those Teema imports and the others.
type folderFiles struct {
	transcripts, others []string
}

// filesIn lists a folder's files, sorted, parted into what Teema imports
// and what it does not.
func filesIn(dir string) (folderFiles, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return folderFiles{}, err
	}
	var f folderFiles
	for _, e := range entries {
		switch {
		case e.IsDir() || strings.HasPrefix(e.Name(), "."):
		case slices.Contains(importer.Extensions, strings.ToLower(filepath.Ext(e.Name()))):
			f.transcripts = append(f.transcripts, filepath.Join(dir, e.Name()))
		default:
			f.others = append(f.others, e.Name())
		}
	}
	sort.Strings(f.transcripts)
	sort.Strings(f.others)
	return f, nil
}

// chooseFiles shows a folder's transcripts, all ticked, and says which of
// its files Teema cannot import.
func (u *UI) chooseFiles(dir string) {
	files, err := filesIn(dir)
	if err != nil {
		u.s.Fail(err)
		return
	}
	formats := strings.Join(importer.Extensions, " ")
	if len(files.transcripts) == 0 {
		dialog.ShowInformation(i18n.T("Import transcripts"),
			i18n.TF("No transcripts in this folder. Teema imports {{.Formats}} files.", map[string]any{"Formats": formats})+
				"\n"+notSupported(files.others), u.win)
		return
	}
	names := make([]string, len(files.transcripts))
	for i, f := range files.transcripts {
		names[i] = filepath.Base(f)
	}
	list := kit.NewChecklist(names, func(int) bool { return true })
	top := container.NewVBox(widget.NewLabel(dir))
	if note := notSupported(files.others); note != "" {
		l := widget.NewLabel(note)
		l.Wrapping = fyne.TextWrapWord
		top.Add(l)
	}
	attrs := newImportAttrs(coding.AttributeKeys(u.s.Docs()))
	content := container.NewBorder(top, attrs.content, nil, nil, list.Content())
	d := dialog.NewCustomConfirm(i18n.T("Import transcripts"), i18n.T("Import"), i18n.T("Cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		var chosen []string
		for _, i := range list.Ticked() {
			chosen = append(chosen, files.transcripts[i])
		}
		u.importWith(chosen, attrs.values())
	}, u.win)
	d.Resize(fyne.NewSize(600, 600))
	d.Show()
}

// notSupported names the files of a folder Teema does not import.
func notSupported(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return i18n.TF("{{.N}} files are not transcripts Teema imports ({{.Formats}}): {{.Names}}", map[string]any{
		"N": len(names), "Formats": strings.Join(importer.Extensions, " "), "Names": kit.OneLine(strings.Join(names, ", "), 200)})
}

// importURIs imports files dropped on the window.
func (u *UI) importURIs(uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			paths = append(paths, uri.Path())
		}
	}
	u.importFiles(paths)
}

// importFiles imports files without attributes, as a drop on the window
// does.
func (u *UI) importFiles(paths []string) { u.importWith(paths, nil) }

// importWith imports each file on its own in the background, giving each
// document added the attributes attrs, showing progress, then a summary
// naming each file that failed and why.
func (u *UI) importWith(paths []string, attrs map[string]string) {
	if len(paths) == 0 || u.s.Project() == nil {
		return
	}
	bar := widget.NewProgressBar()
	bar.Max = float64(len(paths))
	current := widget.NewLabel("")
	prog := dialog.NewCustomWithoutButtons(i18n.T("Importing…"), container.NewVBox(current, bar), u.win)
	prog.Resize(fyne.NewSize(420, 120))
	prog.Show()
	proj := u.s.Project()
	u.background(func() {
		im := study.ImportFiles(proj, paths, attrs, func(done int, r store.ImportResult) {
			fyne.Do(func() {
				bar.SetValue(float64(done))
				current.SetText(filepath.Base(r.File))
			})
		})
		fyne.Do(func() {
			prog.Hide()
			u.importDone(im)
		})
	})
}

// importDone opens the first transcript added and says what the import
// did: added, already in the project, failed, each counted apart.
func (u *UI) importDone(im study.Imported) {
	u.s.Reload()
	var failed, lines []string
	var first int64
	noted := false // how a file was read is worth a look
	for _, r := range im.Results {
		switch {
		case r.Err == nil:
			lines = append(lines, "✓ "+r.Doc.Name)
			for _, n := range r.Notes {
				lines = append(lines, "   "+i18n.Say(n))
				noted = true
			}
			if first == 0 {
				first = r.Doc.ID
			}
		case errors.Is(r.Err, store.ErrDuplicate):
			lines = append(lines, "= "+i18n.TF("{{.File}}: already in the project", map[string]any{"File": filepath.Base(r.File)}))
		default:
			failed = append(failed, "✗ "+i18n.Error(r.Err))
		}
	}
	if first != 0 {
		u.s.OpenDoc(first)
	}
	summary := i18n.Say(im.Summary())
	u.s.Status(summary)
	if im.Added == len(im.Results) && im.Added == 1 && !noted {
		return
	}
	u.showReport(i18n.T("Import finished"), summary, strings.Join(append(failed, lines...), "\n"))
}

package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
	"teema/store"
	"teema/store/importer"
)

// importDialog lets the user pick a folder and tick the transcripts in it,
// since Fyne's file dialog picks one file at a time.
func (u *UI) importDialog() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		u.chooseFiles(dir.Path())
	}, u.win)
	d.Show()
}

// transcriptsIn lists the supported files in a folder, sorted.
func transcriptsIn(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && slices.Contains(importer.Extensions, strings.ToLower(filepath.Ext(e.Name()))) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

func (u *UI) chooseFiles(dir string) {
	files, err := transcriptsIn(dir)
	if err != nil {
		u.s.Fail(err)
		return
	}
	if len(files) == 0 {
		dialog.ShowInformation(T("Import transcripts"),
			TF("No transcripts in this folder. Teema imports {{.Formats}} files.", map[string]any{"Formats": strings.Join(importer.Extensions, " ")}), u.win)
		return
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = filepath.Base(f)
	}
	check := widget.NewCheckGroup(names, nil)
	check.SetSelected(names)
	content := container.NewBorder(widget.NewLabel(dir), nil, nil, nil, container.NewVScroll(check))
	d := dialog.NewCustomConfirm(T("Import transcripts"), T("Import"), T("Cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		var chosen []string
		for i, n := range names {
			if slices.Contains(check.Selected, n) {
				chosen = append(chosen, files[i])
			}
		}
		u.importFiles(chosen)
	}, u.win)
	d.Resize(fyne.NewSize(520, 460))
	d.Show()
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

// importFiles imports each file on its own in the background, showing
// progress, then a summary naming each file that failed and why.
func (u *UI) importFiles(paths []string) {
	if len(paths) == 0 || u.s.Project() == nil {
		return
	}
	bar := widget.NewProgressBar()
	bar.Max = float64(len(paths))
	current := widget.NewLabel("")
	prog := dialog.NewCustomWithoutButtons(T("Importing…"), container.NewVBox(current, bar), u.win)
	prog.Resize(fyne.NewSize(420, 120))
	prog.Show()
	proj := u.s.Project()
	u.background(func() {
		results := proj.ImportFiles(paths, nil, func(done int, r store.ImportResult) {
			fyne.Do(func() {
				bar.SetValue(float64(done))
				current.SetText(filepath.Base(r.File))
			})
		})
		fyne.Do(func() {
			prog.Hide()
			u.importDone(results)
		})
	})
}

func (u *UI) importDone(results []store.ImportResult) {
	u.s.Reload()
	var ok, failed []string
	var first int64
	for _, r := range results {
		switch {
		case r.Err == nil:
			ok = append(ok, "✓ "+r.Doc.Name)
			if first == 0 {
				first = r.Doc.ID
			}
		case errors.Is(r.Err, store.ErrDuplicate):
			ok = append(ok, "= "+filepath.Base(r.File)+": "+T("already in the project"))
		default:
			failed = append(failed, "✗ "+i18n.Error(r.Err))
		}
	}
	if first != 0 {
		u.s.OpenDoc(first)
	}
	u.s.Status(TF("Imported {{.N}} of {{.Total}} files", map[string]any{"N": len(results) - len(failed), "Total": len(results)}))
	if len(failed) == 0 && len(results) == 1 {
		return
	}
	msg := strings.Join(append(failed, ok...), "\n")
	title := T("Import finished")
	if len(failed) > 0 {
		title = fmt.Sprintf("%s — %s", title, TF("{{.N}} failed", map[string]any{"N": len(failed)}))
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, T("Close"), container.NewVScroll(label), u.win)
	d.Resize(fyne.NewSize(560, 360))
	d.Show()
}

package kit

import (
	"errors"

	"fyne.io/fyne/v2"
	"github.com/ncruces/zenity"
)

// Windows always has its own file dialogs.
func systemDialogs() bool { return true }

func systemSave(_ fyne.Window, title, name string, f Filter) (string, bool, error) {
	path, err := zenity.SelectFileSave(zenity.Title(title), zenity.Filename(name), zenity.ConfirmOverwrite(), zenityFilters(f))
	return answer(path, err)
}

func systemOpen(_ fyne.Window, title string, f Filter, folder bool) (string, bool, error) {
	opts := []zenity.Option{zenity.Title(title), zenityFilters(f)}
	if folder {
		opts = append(opts, zenity.Directory())
	}
	path, err := zenity.SelectFile(opts...)
	return answer(path, err)
}

func answer(path string, err error) (string, bool, error) {
	if errors.Is(err, zenity.ErrCanceled) {
		return "", true, nil
	}
	if err != nil {
		return "", false, nil // no dialog after all: Fyne's is shown
	}
	return path, true, nil
}

func zenityFilters(f Filter) zenity.FileFilters {
	if len(f.Exts) == 0 {
		return nil
	}
	pats := make([]string, len(f.Exts))
	for i, ext := range f.Exts {
		pats[i] = "*" + ext
	}
	return zenity.FileFilters{{Name: f.Name, Patterns: pats, CaseFold: true}}
}

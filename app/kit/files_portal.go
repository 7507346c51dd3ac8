//go:build linux || freebsd || netbsd || openbsd

package kit

import (
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/rymdport/portal/filechooser"
)

// systemDialogs: the XDG desktop portal is reached over the session bus;
// without one (a bare X server, a test) there is no portal to ask.
func systemDialogs() bool { return os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "" }

// A portal that does not answer (none installed, no file chooser behind
// it) is taken as no system dialog, so Fyne's is shown.
func systemSave(_ fyne.Window, title, name string, f Filter) (string, bool, error) {
	uris, err := filechooser.SaveFile("", title, &filechooser.SaveFileOptions{CurrentName: name, Filters: portalFilters(f)})
	return firstPath(uris, err)
}

func systemOpen(_ fyne.Window, title string, f Filter, folder bool) (string, bool, error) {
	uris, err := filechooser.OpenFile("", title, &filechooser.OpenFileOptions{Directory: folder, Filters: portalFilters(f)})
	return firstPath(uris, err)
}

func firstPath(uris []string, err error) (string, bool, error) {
	if err != nil {
		return "", false, nil
	}
	if len(uris) == 0 {
		return "", true, nil // cancelled
	}
	return fileURIPath(uris[0]), true, nil
}

func portalFilters(f Filter) []*filechooser.Filter {
	if len(f.Exts) == 0 {
		return nil
	}
	pf := &filechooser.Filter{Name: f.Name}
	for _, ext := range f.Exts {
		pf.Rules = append(pf.Rules, filechooser.Rule{Type: filechooser.GlobPattern, Pattern: "*" + strings.ToLower(ext)})
	}
	return []*filechooser.Filter{pf}
}

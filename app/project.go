package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"teema/app/kit"
	"teema/app/session"
	"teema/i18n"
	"teema/store"
	"teema/store/demo"
)

// open opens a project file, telling the user plainly if it cannot be.
func (u *UI) open(path string) {
	err := u.s.Open(path)
	switch {
	case errors.Is(err, store.ErrInUse):
		u.offerReadOnly(path)
	case err != nil:
		u.s.Fail(err)
	}
}

// projectFilter is what the dialogs offer for a project file.
func projectFilter() kit.Filter {
	return kit.Filter{Name: i18n.T("Teema project"), Exts: []string{store.Extension}}
}

func (u *UI) openDialog() { kit.OpenFile(u.win, projectFilter(), u.open) }

func (u *UI) newDialog() {
	kit.SaveFile(u.win, i18n.T("My study")+store.Extension, projectFilter(), func(path string) {
		removeIfEmpty(path) // Fyne's dialog made the file; a project needs a fresh one
		if !strings.HasSuffix(path, store.Extension) {
			path += store.Extension
		}
		p, err := store.Create(path)
		if err != nil {
			u.s.Fail(err)
			return
		}
		p.Close()
		u.open(path)
	})
}

// DemoPath is where the demo project lives; it is written on first use.
func DemoPath(a fyne.App) string {
	return filepath.Join(a.Storage().RootURI().Path(), "demo"+store.Extension)
}

func (u *UI) openDemo() {
	path := DemoPath(u.s.App())
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			u.s.Fail(err)
			return
		}
		if err := demo.Write(path); err != nil {
			u.s.Fail(err)
			return
		}
	}
	u.open(path)
}

// Start opens what the user expects at start-up: the project named on the
// command line, else the demo on request or on the very first start, else
// the most recent project.
func (u *UI) Start(path string, wantDemo bool) {
	prefs := u.s.App().Preferences()
	first := !prefs.Bool(prefWelcomed)
	recent := session.RecentProjects(prefs)
	switch {
	case path != "":
		u.open(path)
	case wantDemo || first || len(recent) == 0:
		u.openDemo()
	default:
		u.open(recent[0])
	}
	if u.s.Project() == nil {
		u.openDemo()
	}
	switch {
	case first:
		prefs.SetBool(prefWelcomed, true)
		u.showWelcome()
	case u.s.Coder() == "":
		u.askCoder()
	}
}

package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit/kittest"
	"teema/app/session"
	"teema/assets"
	"teema/coding"
	"teema/store"
)

// createCalpro makes a project with the Calpro code book at path.
func createCalpro(t *testing.T, path string) *store.Project {
	t.Helper()
	p, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := assets.Template("calpro")
	tpl, _ := coding.ParseTemplate(raw)
	if _, err := p.ApplyTemplate(tpl); err != nil {
		t.Fatal(err)
	}
	return p
}

// newTestUI opens a fresh project with the Calpro code book and the given
// transcripts (name → text) in a window driven by Fyne's test driver.
func newTestUI(t *testing.T, docs map[string]string) (*UI, *store.Project) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(session.PrefCoder, "Testaaja")
	a.Preferences().SetBool(prefWelcomed, true)
	dir := t.TempDir()
	path := filepath.Join(dir, "t.teema")
	p := createCalpro(t, path)
	for name, text := range docs {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := p.ImportFile(f, map[string]string{"ryhmä": "Kunnat"}); err != nil {
			t.Fatal(err)
		}
	}
	p.Close()
	u := New(a, "test")
	u.background = func(f func()) { f() }
	// Typing waits on a test clock: no timer saves from a goroutine of its
	// own while the test drives the window.
	u.s.SetClock((&kittest.Clock{}).After)
	u.win.Resize(fyne.NewSize(1280, 3200)) // tall: every code row is laid out
	u.Start(path, false)
	if u.s.Project() == nil {
		t.Fatal("project did not open")
	}
	t.Cleanup(func() { u.s.Close() })
	// The test reads the same file through its own connection.
	check, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { check.Close() })
	return u, check
}

func objects(w fyne.Window) []fyne.CanvasObject { return kittest.Objects(w) }

func find[T fyne.CanvasObject](t *testing.T, w fyne.Window, match func(T) bool) T {
	t.Helper()
	return kittest.Find(t, w, match)
}

func button(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	return kittest.Button(t, w, text)
}

// codeItemFor finds the tree row of a code, opening the tree as needed.
func codeItemFor(t *testing.T, u *UI, path string) *codeItem {
	t.Helper()
	c, ok := u.s.Book().Lookup(path)
	if !ok {
		t.Fatalf("no code %q", path)
	}
	u.codes.tree.ScrollTo(uid(c.ID))
	return find(t, u.win, func(it *codeItem) bool { return it.code.ID == c.ID && it.Visible() })
}

func menuItem(t *testing.T, u *UI, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label || len(it.Label) > len(label) && it.Label[:len(label)] == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

func excerpts(t *testing.T, p *store.Project) []coding.Excerpt {
	t.Helper()
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

const toinen = "Haastattelija: Miten tiedotatte?\n\nH2: Tiedotteet tulevat intranetissä. Yhteistyö on tiivistä."

// codeText codes the first occurrence of text in a document, as the main
// window would.
func codeText(t *testing.T, u *UI, doc, text, path string) {
	t.Helper()
	(&kittest.Host{S: u.s}).CodeText(t, doc, text, path)
}

func docID(t *testing.T, u *UI, name string) int64 {
	t.Helper()
	return (&kittest.Host{S: u.s}).DocID(t, name)
}

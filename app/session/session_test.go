package session

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"teema/coding"
	"teema/store"
)

func newTestSession(t *testing.T) *Session {
	t.Helper()
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "t.teema")
	p, err := store.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	s := New(a, a.NewWindow(""))
	if err := s.Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// TestARefreshNeverStartsAChange: a view that would save while it redraws
// is refused, and nothing waits on anything.
func TestARefreshNeverStartsAChange(t *testing.T) {
	s := newTestSession(t)
	tried, refused := 0, 0
	s.OnChange(func() {
		tried++
		if !s.Do(coding.AddCode{Name: "Redrawn"}) {
			refused++
		}
	})
	done := make(chan bool)
	go func() { done <- s.Do(coding.AddCode{Name: "Teema"}) }()
	select {
	case ok := <-done:
		if !ok {
			t.Fatal("the user's change failed")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a change locked up")
	}
	if tried == 0 || refused != tried {
		t.Fatalf("%d refreshes tried to change the project, %d were refused", tried, refused)
	}
	if _, ok := s.Book().Lookup("Redrawn"); ok {
		t.Fatal("a refresh changed the project")
	}
}

// TestTypingIsSavedBeforeAChange: what waits to be saved becomes its own
// step before the next change, so Undo takes back the change and keeps
// the typing.
func TestTypingIsSavedBeforeAChange(t *testing.T) {
	s := newTestSession(t)
	var saved []string
	waiting := true
	s.OnPending(func() {
		if waiting {
			waiting = false
			saved = append(saved, "typing")
			s.Do(coding.SetMemo{Target: coding.MemoTarget{Kind: coding.ProjectMemo}, Text: "kesken"})
		}
	})
	s.Do(coding.AddCode{Name: "Teema"})
	if len(saved) != 1 {
		t.Fatal("the typing was not saved first")
	}
	s.Undo()
	memo, _ := s.Project().Memo(coding.MemoTarget{Kind: coding.ProjectMemo})
	if _, ok := s.Book().Lookup("Teema"); ok || memo != "kesken" {
		t.Fatalf("undo after typing and a change: code kept %v, memo %q; want the change undone and the typing kept", ok, memo)
	}
}

// TestOpeningTheOpenProjectAgain, by a link to it, keeps it open as it is:
// a second writer would be refused.
func TestOpeningTheOpenProjectAgain(t *testing.T) {
	s := newTestSession(t)
	link := filepath.Join(t.TempDir(), "linkki.teema")
	if err := os.Symlink(s.Project().Path(), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	before := s.Project()
	if err := s.Open(link); err != nil || s.Project() != before {
		t.Fatalf("opening the open project by a link: %v", err)
	}
}

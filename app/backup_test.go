package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/store"
)

// freshExcerpts reads the file through a new connection: a restore
// replaces the file, so an older connection still sees the old one.
func freshExcerpts(t *testing.T, path string) []coding.Excerpt {
	t.Helper()
	p, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	return excerpts(t, p)
}

func TestRestoreBackupKeepsTheCurrentState(t *testing.T) {
	u, _ := newTestUI(t, map[string]string{"Asiakas 5.txt": haastattelu})
	path := u.s.Project().Path()
	codeText(t, u, "Asiakas 5", "Yhteistyö sujuu hyvin.", "Yhteistyö/Päivittäinen yhteistyö")

	// A backup of this state, named an hour back so it is not the newest
	// (the one made at opening, this second, is of the state before).
	os.RemoveAll(store.BackupDir(path))
	first, err := u.s.Project().BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	made := filepath.Join(store.BackupDir(path), "t "+time.Now().Add(-time.Hour).Format("2006-01-02 15-04-05")+store.Extension)
	if err := os.Rename(first.Path, made); err != nil {
		t.Fatal(err)
	}
	codeText(t, u, "Asiakas 5", "Tiedotteet tulevat sähköpostilla.", "Yhteistyö/Tapaamiset")
	if n := len(freshExcerpts(t, path)); n != 2 {
		t.Fatalf("%d codings before the restore, want 2", n)
	}

	// The list shows the backup with its date and size.
	bs, err := store.Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	var b store.Backup
	for _, x := range bs {
		if x.Path == made {
			b = x
		}
	}
	u.showBackups()
	find(t, u.win, func(l *widget.Label) bool { return l.Text == backupLabel(b) })

	u.restoreBackup(b) // what the confirmation runs
	es := freshExcerpts(t, path)
	if len(es) != 1 || es[0].Text != "Yhteistyö sujuu hyvin." {
		t.Fatalf("after the restore: %+v", es)
	}
	if len(u.s.Excerpts()) != 1 || u.s.Excerpts()[0].ID != es[0].ID || u.s.History().CanUndo() {
		t.Fatalf("the UI shows %d excerpts (undo %v), not the restored project", len(u.s.Excerpts()), u.s.History().CanUndo())
	}

	bs, _ = store.Backups(path)
	kept, err := store.OpenReadOnly(bs[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	defer kept.Close()
	if n := len(excerpts(t, kept)); n != 2 {
		t.Fatalf("the newest backup %s holds %d codings, want the 2 from before the restore", bs[0].Path, n)
	}
}

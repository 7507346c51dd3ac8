package store

import (
	"testing"
	"time"
)

func TestBackupNowEvenWhenOneIsRecent(t *testing.T) {
	p := newProject(t)
	defer func(old func() time.Time) { backupNow = old }(backupNow)
	backupNow = func() time.Time { return time.Date(2026, 5, 12, 10, 0, 0, 0, time.Local) }
	first, err := p.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	backupNow = func() time.Time { return time.Date(2026, 5, 12, 10, 0, 3, 0, time.Local) }
	second, err := p.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	bs, err := Backups(p.Path())
	if err != nil {
		t.Fatal(err)
	}
	if first.Path == second.Path || len(bs) < 2 || bs[0].Path != second.Path {
		t.Fatalf("backups %+v; made %s and %s", bs, first.Path, second.Path)
	}
	if _, err := checkHeader(second.Path); err != nil {
		t.Fatal(err)
	}
}

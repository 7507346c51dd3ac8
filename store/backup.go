package store

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Backups: each Open for writing makes a backup when the newest is older
// than backupInterval, into "<name>.teema-backups/" next to the project,
// and keeps the newest backupKeep. Backups are written with VACUUM INTO, a
// consistent copy made by SQLite itself, never by copying the file.
const (
	backupInterval = 10 * time.Minute
	backupKeep     = 10
	backupLayout   = "2006-01-02 15-04-05"
	backupSuffix   = ".teema-backups"
	backupTemp     = ".partial"
)

// backupNow is the clock of backups; tests replace it.
var backupNow = time.Now

// Backup is one backup of a project.
type Backup struct {
	Path string
	Time time.Time
	Size int64
	seq  int // orders backups made within one second
}

// projectName is the project's file name without the extension.
func projectName(projectPath string) string {
	base := filepath.Base(projectPath)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// BackupDir is the folder that holds a project's backups.
func BackupDir(projectPath string) string {
	return filepath.Join(filepath.Dir(projectPath), projectName(projectPath)+backupSuffix)
}

// Backups lists a project's backups, newest first. A project without
// backups has none and no error.
func Backups(projectPath string) ([]Backup, error) {
	dir := BackupDir(projectPath)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("backups of %s: %w", projectPath, err)
	}
	prefix := projectName(projectPath) + " "
	var bs []Backup
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, Extension) {
			continue
		}
		t, seq, ok := parseBackupStamp(strings.TrimSuffix(strings.TrimPrefix(name, prefix), Extension))
		if !ok {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		bs = append(bs, Backup{Path: filepath.Join(dir, name), Time: t, Size: info.Size(), seq: seq})
	}
	sort.Slice(bs, func(i, j int) bool {
		if !bs[i].Time.Equal(bs[j].Time) {
			return bs[i].Time.After(bs[j].Time)
		}
		return bs[i].seq > bs[j].seq
	})
	return bs, nil
}

// parseBackupStamp reads "2006-01-02 15-04-05" with an optional " (n)",
// the n-th backup made within that second.
func parseBackupStamp(stamp string) (t time.Time, seq int, ok bool) {
	if i := strings.LastIndex(stamp, " ("); i >= 0 && strings.HasSuffix(stamp, ")") {
		n, err := strconv.Atoi(stamp[i+2 : len(stamp)-1])
		if err != nil || n < 2 {
			return time.Time{}, 0, false
		}
		stamp, seq = stamp[:i], n
	}
	t, err := time.ParseInLocation(backupLayout, stamp, time.Local)
	return t, seq, err == nil
}

// autoBackup makes a backup if the newest is too old, and rotates. It
// only logs failures: a failed backup must not keep a project from opening.
func (p *Project) autoBackup() {
	if err := p.backupIfDue(); err != nil {
		slog.Warn("project backup failed", "project", p.path, "err", err)
	}
}

func (p *Project) backupIfDue() error {
	now := backupNow()
	bs, err := Backups(p.path)
	if err != nil {
		return err
	}
	if len(bs) > 0 && now.Sub(bs[0].Time) < backupInterval && !bs[0].Time.After(now) {
		return nil
	}
	dir := BackupDir(p.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	target := filepath.Join(dir, projectName(p.path)+" "+now.Format(backupLayout)+Extension)
	if _, err := os.Lstat(target); err == nil {
		return nil // a backup of this very second exists
	}
	if err := p.vacuumInto(target); err != nil {
		return err
	}
	return rotateBackups(p.path)
}

// rotateBackups removes all but the newest backupKeep backups.
func rotateBackups(projectPath string) error {
	bs, err := Backups(projectPath)
	if err != nil {
		return err
	}
	for i := backupKeep; i < len(bs); i++ {
		if err := os.Remove(bs[i].Path); err != nil {
			slog.Warn("removing an old backup failed", "backup", bs[i].Path, "err", err)
		}
	}
	return nil
}

// vacuumInto writes a consistent copy of the database to target through
// a temporary file, synced before it takes its name, so target is either
// whole or missing.
func (p *Project) vacuumInto(target string) error {
	tmp := target + backupTemp
	os.Remove(tmp)
	if _, err := p.db.Exec(`VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	if _, err := os.Lstat(target); err == nil {
		os.Remove(tmp)
		return ErrExists.New(fileArgs(target))
	}
	if err := os.Rename(tmp, target); err != nil {
		os.Remove(tmp)
		return err
	}
	syncDir(filepath.Dir(target))
	return nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir makes a rename durable where the platform allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

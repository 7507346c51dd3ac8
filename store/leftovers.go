package store

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
)

// removeLeftovers removes what a backup or a restore cut short by a crash
// left behind: a "….teema.partial" in the backup folder (once 112 MB) and
// a "….teema.restoring" beside the project. It runs at every open for
// writing, whether or not a backup is due: only the lock holder writes
// backups and restores, so none is in progress.
func (p *Project) removeLeftovers() {
	olds := []string{p.path + restoreTemp}
	dir := BackupDir(p.path)
	entries, _ := os.ReadDir(dir) // no folder: no backups, no leftovers
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), backupTemp) {
			olds = append(olds, filepath.Join(dir, e.Name()))
		}
	}
	for _, f := range olds {
		if err := os.Remove(f); err != nil && !os.IsNotExist(err) {
			slog.Warn("removing a leftover of a cut-short backup failed", "file", f, "err", err)
		}
	}
}

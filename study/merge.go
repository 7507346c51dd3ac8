package study

import (
	"errors"
	"os"
	"path/filepath"

	"teema/message"
	"teema/store"
	"teema/store/merge"
)

// Merged is what merging another coder's project did, for its report.
type Merged struct {
	Report   merge.Report
	Problems []message.Note // what of a .qdpx could not be read or placed exactly
	Backup   store.Backup   // the project as it was before: undo cannot take a merge back
}

// Merge merges another coder's project, a .teema or a .qdpx file, into p.
// A merge is too large for the undo history, so a backup is made first,
// and nothing is merged without one. On error p is as it was.
func Merge(p *store.Project, path string) (Merged, error) {
	file := message.Args{"File": filepath.Base(path)}
	if sameFile(path, p.Path()) {
		return Merged{}, errMergeSelf.New(file)
	}
	src, problems, err := merge.ReadFile(path)
	if err != nil {
		return Merged{}, err
	}
	m := Merged{Problems: problems}
	if m.Backup, err = p.BackupNow(); err != nil {
		return Merged{}, errNoBackup.Wrap(err, file)
	}
	if m.Report, err = merge.Into(p, src); err != nil {
		if worded(err) { // a full disk, say: the researcher can act on it
			return Merged{}, err
		}
		return Merged{}, errNotMerged.Wrap(err, file)
	}
	return m, nil
}

// worded reports whether an error carries a message of its own.
func worded(err error) bool {
	var m *message.Error
	return errors.As(err, &m)
}

// sameFile reports whether two paths name one file, whatever links or
// spellings lead to it.
func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

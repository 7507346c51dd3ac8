package media

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"

	"teema/message"
)

// FindMoved looks under folder for the file whose print is want: the
// recording a project knew by another path. Only files of the same size
// are read. Folders reached through symbolic links are searched too, each
// real folder once, so a link loop ends. It returns the path found, or a
// message saying none matched.
func FindMoved(ctx context.Context, folder string, want Print) (string, error) {
	st, err := os.Stat(folder)
	if err != nil || !st.IsDir() {
		return "", errFolder.Wrap(err, folderArgs(folder))
	}
	f := &finder{ctx: ctx, want: want, seen: map[string]bool{}}
	found, err := f.walk(folder)
	if err != nil {
		return "", err
	}
	if found == "" {
		return "", errNotFound.New(folderArgs(folder))
	}
	return found, nil
}

// folderArgs are the arguments of the kinds about a folder.
func folderArgs(folder string) message.Args { return message.Args{"Folder": folder} }

// finder is one search.
type finder struct {
	ctx  context.Context
	want Print
	seen map[string]bool // real paths of the folders searched
}

// walk searches dir and the folders in it, depth first.
func (f *finder) walk(dir string) (string, error) {
	if err := f.ctx.Err(); err != nil {
		return "", err
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil || f.seen[real] {
		return "", nil
	}
	f.seen[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		slog.Debug("find a moved recording: skip a folder", "dir", dir, "err", err)
		return "", nil
	}
	var dirs []string
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		info, err := os.Stat(path) // follows a link to see what it points at
		if err != nil {
			continue
		}
		switch {
		case info.IsDir():
			dirs = append(dirs, path)
		case info.Mode().IsRegular() && info.Size() == f.want.Size:
			if ok, err := f.matches(path); err != nil {
				return "", err
			} else if ok {
				return path, nil
			}
		}
	}
	for _, d := range dirs {
		if found, err := f.walk(d); found != "" || err != nil {
			return found, err
		}
	}
	return "", nil
}

// matches hashes a file of the right size.
func (f *finder) matches(path string) (bool, error) {
	p, err := fingerprint(f.ctx, path)
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false, err
	}
	return err == nil && p == f.want, nil
}

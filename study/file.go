package study

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"teema/message"
)

// WriteFile writes an export: write makes it in memory first, then it goes
// to a temporary file in the same folder, which replaces path only when
// whole. A failed export never leaves half a file for Excel or a viewer
// to complain about, nor spoils the file it was to replace.
func WriteFile(path string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return fmt.Errorf("make %s: %w", path, err)
	}
	if err := replace(path, buf.Bytes()); err != nil {
		return errWrite.Wrap(err, message.Args{"File": path})
	}
	return nil
}

// replace puts b in path through a temporary file renamed over it.
func replace(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".teema-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp's 0600 would hide an export from others
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

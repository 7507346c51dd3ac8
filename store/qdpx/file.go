package qdpx

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"teema/store"
)

// ExportFile writes the project to a .qdpx file. It writes a temporary
// file next to it first, so a failed export never leaves half a file.
func ExportFile(p *store.Project, path string) error {
	return writeFile(path, func(w io.Writer) error { return Export(p, w) })
}

// ExportCodeBookFile writes the code book to a .qdc file.
func ExportCodeBookFile(p *store.Project, path string) error {
	return writeFile(path, func(w io.Writer) error { return ExportCodeBook(p, w) })
}

// ImportFile imports a .qdpx file; see Import.
func ImportFile(p *store.Project, path string) (Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return Report{}, fmt.Errorf("import %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Report{}, fmt.Errorf("import %s: %w", path, err)
	}
	rep, err := Import(p, f, st.Size())
	if err != nil {
		return rep, fmt.Errorf("import %s: %w", filepath.Base(path), named(path, err))
	}
	return rep, nil
}

// ReadFile reads a .qdpx file into memory; see Read.
func ReadFile(path string) (store.Exchange, Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return store.Exchange{}, Report{}, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return store.Exchange{}, Report{}, fmt.Errorf("read %s: %w", path, err)
	}
	ex, rep, err := Read(f, st.Size())
	if err != nil {
		return store.Exchange{}, rep, fmt.Errorf("read %s: %w", filepath.Base(path), named(path, err))
	}
	return ex, rep, nil
}

// ImportCodeBookFile imports a .qdc file; see ImportCodeBook.
func ImportCodeBookFile(p *store.Project, path string) (Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return Report{}, fmt.Errorf("import %s: %w", path, err)
	}
	defer f.Close()
	rep, err := ImportCodeBook(p, f)
	if err != nil {
		return rep, fmt.Errorf("import %s: %w", filepath.Base(path), named(path, err))
	}
	return rep, nil
}

func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".teema-export-*")
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

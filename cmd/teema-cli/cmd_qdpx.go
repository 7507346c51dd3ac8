package main

import (
	"errors"
	"fmt"
	"os"

	"teema/store"
	"teema/store/qdpx"
)

func init() {
	register("export-qdpx", "export-qdpx PROJECT OUT.qdpx", cmdExportQDPX)
	register("import-qdpx", "import-qdpx IN.qdpx PROJECT", cmdImportQDPX)
	register("export-qdc", "export-qdc PROJECT OUT.qdc", cmdExportQDC)
	register("import-qdc", "import-qdc IN.qdc PROJECT", cmdImportQDC)
}

func cmdExportQDPX(c *cli, args []string) error {
	src, out, err := twoArgs("export-qdpx", args)
	if err != nil {
		return err
	}
	return readProject(src, func(p *store.Project) error {
		if err := qdpx.ExportFile(p, out); err != nil {
			return err
		}
		fmt.Fprintf(c.out, "wrote %s\n", out)
		return nil
	})
}

func cmdExportQDC(c *cli, args []string) error {
	src, out, err := twoArgs("export-qdc", args)
	if err != nil {
		return err
	}
	return readProject(src, func(p *store.Project) error {
		if err := qdpx.ExportCodeBookFile(p, out); err != nil {
			return err
		}
		fmt.Fprintf(c.out, "wrote %s\n", out)
		return nil
	})
}

func cmdImportQDPX(c *cli, args []string) error {
	in, dst, err := twoArgs("import-qdpx", args)
	if err != nil {
		return err
	}
	return c.importInto(in, dst, qdpx.ImportFile)
}

func cmdImportQDC(c *cli, args []string) error {
	in, dst, err := twoArgs("import-qdc", args)
	if err != nil {
		return err
	}
	return c.importInto(in, dst, qdpx.ImportCodeBookFile)
}

func twoArgs(name string, args []string) (string, string, error) {
	pos, err := parse(newFlags(name), args)
	if err != nil {
		return "", "", err
	}
	if len(pos) != 2 {
		return "", "", usagef("%s takes two files", name)
	}
	return pos[0], pos[1], nil
}

// importInto imports into dst, creating it when missing; a project this
// command created is removed again when the import fails, so a bad file
// leaves nothing behind.
func (c *cli) importInto(in, dst string, imp func(*store.Project, string) (qdpx.Report, error)) error {
	if _, err := os.Stat(in); err != nil {
		return fmt.Errorf("import %s: %w", in, err)
	}
	p, created, err := openOrCreate(dst)
	if err != nil {
		return err
	}
	rep, err := imp(p, in)
	closeErr := p.Close()
	if err != nil {
		if created {
			os.Remove(dst)
		}
		return err
	}
	fmt.Fprint(c.out, rep.String())
	return closeErr
}

func openOrCreate(path string) (*store.Project, bool, error) {
	p, err := store.Create(path)
	if errors.Is(err, store.ErrExists) {
		p, err = store.Open(path)
		return p, false, err
	}
	return p, err == nil, err
}

package main

import (
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/study"
)

func init() {
	register("export-qdpx", "export-qdpx PROJECT OUT.qdpx", exportCommand("export-qdpx", study.QDPX))
	register("import-qdpx", "import-qdpx IN.qdpx PROJECT", importCommand("import-qdpx", study.QDPX))
	register("export-qdc", "export-qdc PROJECT OUT.qdc", exportCommand("export-qdc", study.QDC))
	register("import-qdc", "import-qdc IN.qdc PROJECT", importCommand("import-qdc", study.QDC))
}

// exportCommand writes a project as a REFI-QDA file.
func exportCommand(name string, x study.Exchange) func(c *cli, args []string) error {
	return func(c *cli, args []string) error {
		src, out, err := twoArgs(name, args)
		if err != nil {
			return err
		}
		return readProject(src, func(p *store.Project) error {
			if err := study.ExportExchange(p, out, x); err != nil {
				return err
			}
			c.say(i18n.TF("wrote {{.File}}", map[string]any{"File": out}))
			return nil
		})
	}
}

// importCommand imports a REFI-QDA file into a project, which it creates
// when there is none, and reports what it imported and what it could not.
func importCommand(name string, x study.Exchange) func(c *cli, args []string) error {
	return func(c *cli, args []string) error {
		in, dst, err := twoArgs(name, args)
		if err != nil {
			return err
		}
		rep, err := study.ImportExchangeInto(dst, in, x)
		if err != nil {
			return err
		}
		c.say(i18n.Lines(rep.Notes())...)
		return nil
	}
}

func twoArgs(name string, args []string) (string, string, error) {
	pos, err := parse(newFlags(name), args)
	if err != nil {
		return "", "", err
	}
	if len(pos) != 2 {
		return "", "", misuse(errTwoFiles, message.Args{"Command": name})
	}
	return pos[0], pos[1], nil
}

package main

import (
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/study"
)

func init() {
	register("attr-import", "attr-import PROJECT FILE.xlsx|FILE.csv [--dry-run]", cmdAttrImport)
}

var (
	errAttrImportArgs = message.New("attr-import takes a project and a spreadsheet (.xlsx or .csv): a column of the interviews' names and a column per attribute, named in the first row.")
	noteDryRun        = message.New("Nothing was changed: --dry-run only shows what the spreadsheet sets.")
)

// cmdAttrImport sets attributes from a spreadsheet, saying row by row
// which interview each row named, as the window's preview does.
func cmdAttrImport(c *cli, args []string) error {
	fs := newFlags("attr-import")
	dry := fs.Bool("dry-run", false, "only say what the spreadsheet would set")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errAttrImportArgs, nil)
	}
	open := withProject
	if *dry {
		open = readProject
	}
	return open(pos[0], func(p *store.Project) error {
		a, err := study.ReadAttributeSheet(p, pos[1])
		if err != nil {
			return err
		}
		c.say(i18n.Lines(a.Notes())...)
		if ch := a.Change(); ch != nil && !*dry {
			if _, err := ch.Apply(p); err != nil {
				return err
			}
		}
		c.say(i18n.Say(a.Summary()))
		if *dry {
			c.say(i18n.Say(noteDryRun.Say(nil)))
		}
		return nil
	})
}

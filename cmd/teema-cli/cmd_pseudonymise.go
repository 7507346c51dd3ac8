package main

import (
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/study"
)

func init() {
	register("pseudonymise", "pseudonymise PROJECT --key KEY.(csv|xlsx) [--doc DOC]... [--keep-backups]", cmdPseudonymise)
}

var (
	errPseudonymiseArgs = message.New("pseudonymise takes a project and --key, a file of the original words and their replacements (.csv or .xlsx).")
	noteBackupsDeleted  = message.New("Deleted the project's older backups ({{.N}}), which held the original words.")
	noteBackupsKept     = message.New("Kept the project's older backups ({{.N}}), which still hold the original words: {{.Files}}. Keep them apart from the data, or delete them.")
)

// cmdPseudonymise replaces the key's words everywhere in the project and
// makes that final, as the window's final step does: the original words
// leave the project file, and, unless --keep-backups, the backups that
// hold them go too. A key that breaks a rule changes nothing.
func cmdPseudonymise(c *cli, args []string) error {
	fs := newFlags("pseudonymise")
	keyPath := fs.String("key", "", "the key: original words and their replacements (.csv or .xlsx)")
	var docs multi
	fs.Var(&docs, "doc", "a transcript to pseudonymise (default: all)")
	keep := fs.Bool("keep-backups", false, "keep the backups, which hold the original words")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 || *keyPath == "" {
		return misuse(errPseudonymiseArgs, nil)
	}
	key, err := study.ReadKey(*keyPath)
	if err != nil {
		return err
	}
	return withProject(pos[0], func(p *store.Project) error {
		ids, err := study.DocIDs(p, docs)
		if err != nil {
			return err
		}
		r := study.NewNameReader()
		defer r.Close()
		ps, err := study.Pseudonymise(p, key, ids, r)
		if err != nil {
			return err
		}
		if _, err := ps.Change.Apply(p); err != nil {
			return err
		}
		c.say(i18n.Lines(ps.Lines())...)
		c.notes(ps.Notes)
		final, err := study.MakeFinal(p, key, ids, r, ps.Words())
		if err != nil {
			return err
		}
		c.say(i18n.Lines(final.Notes)...)
		return c.backups(final.Backups, *keep)
	})
}

// backups deletes the backups that hold the original words, or says
// where they are.
func (c *cli) backups(bs []store.Backup, keep bool) error {
	if len(bs) == 0 {
		return nil
	}
	if keep {
		files := make([]string, len(bs))
		for i, b := range bs {
			files[i] = b.Path
		}
		c.note(i18n.Say(noteBackupsKept.Say(message.Args{"N": len(bs), "Files": files})))
		return nil
	}
	if err := study.DeleteBackups(bs); err != nil {
		return err
	}
	c.say(i18n.Say(noteBackupsDeleted.Say(message.Args{"N": len(bs)})))
	return nil
}

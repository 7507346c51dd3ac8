package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"teema/message"
	"teema/store"
	"teema/study"
)

func init() {
	register("names", "names PROJECT [--doc DOC]... [--json]", cmdNames)
}

// nameJSON is a candidate as --json prints it: docs by name.
type nameJSON struct {
	Word  string   `json:"word"`
	Kind  string   `json:"kind"`
	Forms []string `json:"forms"`
	Count int      `json:"count"`
	Docs  []string `json:"docs"`
}

// cmdNames lists the words of the transcripts that may be names, each
// with its forms, count, transcripts and a suggested replacement, as the
// pseudonymisation window lists them.
func cmdNames(c *cli, args []string) error {
	fs := newFlags("names")
	var docs multi
	fs.Var(&docs, "doc", "a transcript to look in (default: all)")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "names"})
	}
	return readProject(pos[0], func(p *store.Project) error {
		ids, err := study.DocIDs(p, docs)
		if err != nil {
			return err
		}
		r := study.NewNameReader()
		defer r.Close()
		list, err := study.FindNames(p, ids, r)
		if err != nil {
			return err
		}
		c.notes(list.Notes)
		if *asJSON {
			return c.namesJSON(p, list)
		}
		return c.namesTable(list)
	})
}

func (c *cli) namesJSON(p *store.Project, list study.NameList) error {
	out := make([]nameJSON, 0, len(list.Candidates))
	for _, cand := range list.Candidates {
		docs, err := docNames(p, cand.Docs)
		if err != nil {
			return err
		}
		out = append(out, nameJSON{Word: cand.Word, Kind: string(cand.Kind), Forms: cand.Forms, Count: cand.Count, Docs: docs})
	}
	return c.json(out)
}

// namesTable prints a candidate a line: ticked ("*") when the window
// would tick it, with the replacement it suggests.
func (c *cli) namesTable(list study.NameList) error {
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, " \tWORD\tKIND\tCOUNT\tREPLACEMENT\tFORMS")
	for i, cand := range list.Candidates {
		tick := " "
		if cand.Likely() {
			tick = "*"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", tick, cand.Word, cand.Kind, cand.Count,
			list.Suggested[i], strings.Join(cand.Forms, ", "))
	}
	return tw.Flush()
}

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/store/importer"
	"teema/study"
)

func init() {
	register("import", "import PROJECT [--attr KEY=VALUE]... FILE...", cmdImport)
	register("docs", "docs PROJECT [--json]", cmdDocs)
	register("text", "text PROJECT DOC", cmdText)
	register("attr", "attr PROJECT DOC KEY=VALUE...", cmdAttr)
}

func cmdImport(c *cli, args []string) error {
	fs := newFlags("import")
	var attrs multi
	fs.Var(&attrs, "attr", "attribute KEY=VALUE for every imported document")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return misuse(errImportArgs, message.Args{"Exts": strings.Join(importer.Extensions, " ")})
	}
	kv := map[string]string{}
	for _, a := range attrs {
		k, v, err := splitKV(a)
		if err != nil {
			return err
		}
		kv[k] = v
	}
	return withProject(pos[0], func(p *store.Project) error {
		im := study.ImportFiles(p, pos[1:], kv, nil)
		for _, r := range im.Results {
			c.imported(r)
		}
		c.say(i18n.Say(im.Summary()))
		if im.Failed > 0 {
			return errReported
		}
		return nil
	})
}

// imported says what became of one file: a file that failed on stderr,
// as an error, the others on stdout.
func (c *cli) imported(r store.ImportResult) {
	switch {
	case r.Err == nil:
		c.say(i18n.TF(`imported {{.File}} as "{{.Name}}" ({{.Words}} words)`, map[string]any{"File": r.File, "Name": r.Doc.Name, "Words": r.Doc.Words}))
		for _, n := range r.Notes { // how the file was read, when that is worth knowing
			c.say("  " + i18n.Say(n))
		}
	case errors.Is(r.Err, store.ErrDuplicate):
		c.say(i18n.TF("skipped: {{.Reason}}", map[string]any{"Reason": i18n.Error(r.Err)}))
	default:
		c.fail(r.Err)
	}
}

type docJSON struct {
	ID         int64             `json:"id"`
	Name       string            `json:"name"`
	Format     string            `json:"format"`
	Chars      int               `json:"chars"`
	Words      int               `json:"words"`
	Attributes map[string]string `json:"attributes"`
}

func cmdDocs(c *cli, args []string) error {
	fs := newFlags("docs")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "docs"})
	}
	return readProject(pos[0], func(p *store.Project) error {
		docs, err := p.Documents()
		if err != nil {
			return err
		}
		if *asJSON {
			out := make([]docJSON, 0, len(docs))
			for _, d := range docs {
				out = append(out, docJSON{d.ID, d.Name, d.Format, d.Chars, d.Words, d.Attributes})
			}
			return c.json(out)
		}
		tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tFORMAT\tWORDS\tEXCERPTS\tATTRIBUTES")
		for _, d := range docs {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%s\n", d.ID, d.Name, d.Format, d.Words, d.Excerpts, coding.AttributeLine(d.Attributes, "=", " "))
		}
		return tw.Flush()
	})
}

func cmdText(c *cli, args []string) error {
	pos, err := parse(newFlags("text"), args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errTextArgs, nil)
	}
	return readProject(pos[0], func(p *store.Project) error {
		d, err := document(p, pos[1])
		if err != nil {
			return err
		}
		_, err = io.WriteString(c.out, d.Text)
		return err
	})
}

func cmdAttr(c *cli, args []string) error {
	pos, err := parse(newFlags("attr"), args)
	if err != nil {
		return err
	}
	if len(pos) < 3 {
		return misuse(errAttrArgs, nil)
	}
	type kv struct{ k, v string }
	var pairs []kv
	for _, a := range pos[2:] {
		k, v, err := splitKV(a)
		if err != nil {
			return err
		}
		pairs = append(pairs, kv{k, v})
	}
	return withProject(pos[0], func(p *store.Project) error {
		d, err := p.FindDocument(pos[1])
		if err != nil {
			return err
		}
		for _, a := range pairs {
			if _, err := p.SetAttribute(d.ID, a.k, a.v); err != nil {
				return err
			}
		}
		c.say(i18n.TF(`set {{.N}} attributes of "{{.Document}}"`, map[string]any{"N": len(pairs), "Document": d.Name}))
		return nil
	})
}

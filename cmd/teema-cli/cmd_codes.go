package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/store"
)

func init() {
	register("codes", "codes PROJECT [--json]", cmdCodes)
	register("code-add", "code-add PROJECT PATH [--color #RRGGBB] [--description TEXT]", cmdCodeAdd)
}

type codeJSON struct {
	ID          int64  `json:"id"`
	Path        string `json:"path"`
	Name        string `json:"name"`
	Color       string `json:"color"`
	Description string `json:"description"`
	Excerpts    int    `json:"excerpts"`
}

func cmdCodes(c *cli, args []string) error {
	fs := newFlags("codes")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "codes"})
	}
	return readProject(pos[0], func(p *store.Project) error {
		cb, err := p.CodeBook()
		if err != nil {
			return err
		}
		counts, err := excerptCounts(p)
		if err != nil {
			return err
		}
		out := []codeJSON{}
		depths := []int{}
		cb.Walk(func(code coding.Code, depth int) {
			out = append(out, codeJSON{code.ID, cb.Path(code.ID), code.Name, code.Color, code.Description, counts[code.ID]})
			depths = append(depths, depth)
		})
		if *asJSON {
			return c.json(out)
		}
		tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tCODE\tCOLOR\tEXCERPTS")
		for i, code := range out {
			fmt.Fprintf(tw, "%d\t%s%s\t%s\t%d\n", code.ID, strings.Repeat("  ", depths[i]), code.Name, code.Color, code.Excerpts)
		}
		return tw.Flush()
	})
}

// excerptCounts counts each code's own codings (not its sub-codes').
func excerptCounts(p *store.Project) (map[int64]int, error) {
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		return nil, err
	}
	counts := map[int64]int{}
	for _, e := range es {
		counts[e.CodeID]++
	}
	return counts, nil
}

func cmdCodeAdd(c *cli, args []string) error {
	fs := newFlags("code-add")
	color := fs.String("color", "", "colour as #RRGGBB (default: picked from the palette)")
	desc := fs.String("description", "", "the code's definition")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errCodeAdd, nil)
	}
	if *color != "" {
		if err := coding.ValidateColor(*color); err != nil {
			return usageError{err}
		}
	}
	return withProject(pos[0], func(p *store.Project) error {
		code, created, err := p.EnsureCodePath(pos[1], *color, *desc)
		if err != nil {
			return err
		}
		if !created {
			return errCodeExists.New(message.Args{"Code": pos[1]})
		}
		c.say(i18n.TF("added code \"{{.Code}}\" (id {{.ID}})", map[string]any{"Code": pos[1], "ID": code.ID}))
		return nil
	})
}

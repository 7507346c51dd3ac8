package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"teema/coding/cloud"
	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/store/chart"
	"teema/study"
)

func init() {
	register("codefreq", "codefreq PROJECT [--by-name] [--format table|json] [--out FILE.png]", cmdCodefreq)
}

func cmdCodefreq(c *cli, args []string) error {
	fs := newFlags("codefreq")
	byName := fs.Bool("by-name", false, "add sub-themes up by name across themes")
	format := fs.String("format", "table", "table or json")
	out := fs.String("out", "", "draw a code cloud (.png)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "codefreq"})
	}
	if err := oneOf("--format", *format, "table", "json"); err != nil {
		return err
	}
	if err := outFile(*out, ".png"); err != nil {
		return err
	}
	return readProject(pos[0], func(p *store.Project) error {
		counts, err := study.CodeFrequencies(p, *byName)
		if err != nil {
			return err
		}
		if *out != "" {
			return c.drawCodeCloud(*out, counts)
		}
		if *format == "json" {
			if counts == nil {
				counts = []wordfreq.CodeCount{}
			}
			return c.json(counts)
		}
		tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "CODE\tEXCERPTS\tDOCS")
		for _, cc := range counts {
			fmt.Fprintf(tw, "%s\t%d\t%d\n", cc.Code, cc.Excerpts, cc.Docs)
		}
		return tw.Flush()
	})
}

// drawCodeCloud draws the code names sized by their number of excerpts:
// the sub-theme word network of the Calpro study's figure 20.
func (c *cli) drawCodeCloud(path string, counts []wordfreq.CodeCount) error {
	words := make([]cloud.Word, len(counts))
	for i, cc := range counts {
		words[i] = cloud.Word{Text: cc.Code, Weight: cc.Excerpts}
	}
	dropped := 0
	err := study.WriteFile(path, func(w io.Writer) (err error) {
		dropped, err = chart.Cloud(w, i18n.T("Codes by number of excerpts"), words)
		return err
	})
	if err != nil {
		return err
	}
	c.say(i18n.TF("wrote {{.File}} ({{.N}} codes)", map[string]any{"File": path, "N": len(counts) - dropped}))
	if dropped > 0 {
		c.notes([]message.Note{noteNoRoom.Say(message.Args{"N": dropped})})
	}
	return nil
}

package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"teema/coding/cloud"
	"teema/coding/wordfreq"
	"teema/store"
	"teema/store/chart"
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
	switch {
	case len(pos) != 1:
		return usagef("codefreq takes one project")
	case *format != "table" && *format != "json":
		return usagef("--format is table or json, not %q", *format)
	case *out != "" && !strings.EqualFold(filepath.Ext(*out), ".png"):
		return usagef("--out must name a .png file")
	}
	return readProject(pos[0], func(p *store.Project) error {
		corpus, err := p.Corpus()
		if err != nil {
			return err
		}
		counts := wordfreq.CodeFreq(corpus, *byName)
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
	var buf bytes.Buffer
	dropped, err := chart.Cloud(&buf, inLang("Codes by number of excerpts", "Koodit otteiden määrän mukaan"), words)
	if err == nil {
		err = writeFile(path, buf.Bytes())
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.out, "wrote %s (%d codes)\n", path, len(counts)-dropped)
	if dropped > 0 {
		fmt.Fprintf(c.errOut, "teema-cli: note: %d codes found no room in the picture\n", dropped)
	}
	return nil
}

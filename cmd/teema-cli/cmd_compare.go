package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"teema/coding"
	"teema/coding/wordfreq"
	"teema/store"
	"teema/store/workbook"
)

// compare counts two groups of interviews, KEY=A against KEY=B, within
// the rest of the scope, and lists the words most characteristic of each.
func (c *cli) compare(p *store.Project, corpus coding.Corpus, sc wordfreq.Scope, o wordfreq.Options, a wordfreqArgs, note string) error {
	key, values, err := splitKV(a.compare)
	if err != nil {
		return err
	}
	va, vb, ok := strings.Cut(values, ",")
	va, vb = strings.TrimSpace(va), strings.TrimSpace(vb)
	if !ok || va == "" || vb == "" || va == vb {
		return usagef("--compare wants KEY=A,B with two different values, not %q", a.compare)
	}
	if !hasAttr(corpus, key) {
		return fmt.Errorf("no interview has the attribute %q (attributes: %s)", key, strings.Join(coding.AttributeKeys(corpus.Docs), ", "))
	}
	group := func(v string) (wordfreq.Result, error) {
		g := sc
		g.Where = map[string][]string{}
		for k, vs := range sc.Where {
			g.Where[k] = vs
		}
		g.Where[key] = []string{v}
		return p.CountWords(g.Select(corpus), o)
	}
	ra, err := group(va)
	if err != nil {
		return err
	}
	rb, err := group(vb)
	if err != nil {
		return err
	}
	if ra.Docs == 0 || rb.Docs == 0 {
		return fmt.Errorf("--compare: %s=%s has %d interviews in scope and %s=%s has %d; both need text", key, va, ra.Docs, key, vb, rb.Docs)
	}
	keys := wordfreq.Keyness(ra, rb)
	if a.top > 0 && len(keys) > a.top {
		keys = keys[:a.top]
	}
	note = fmt.Sprintf("%s=%s: %d words in %d interviews; %s=%s: %d words in %d interviews; %s",
		key, va, ra.Counted, ra.Docs, key, vb, rb.Counted, rb.Docs, note)
	return c.writeKeys(a, keys, va, vb, ra.Counted, rb.Counted, note)
}

func (c *cli) writeKeys(a wordfreqArgs, keys []wordfreq.Key, va, vb string, na, nb int, note string) error {
	if a.out != "" {
		var buf bytes.Buffer
		var err error
		if strings.EqualFold(filepath.Ext(a.out), ".csv") {
			err = store.WriteKeysCSV(&buf, keys, va, vb)
		} else {
			err = workbook.WriteKeys(&buf, workbook.Keys{Keys: keys, A: va, B: vb, SizeA: na, SizeB: nb, Note: note}, systemLang())
		}
		if err == nil {
			err = writeFile(a.out, buf.Bytes())
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(c.out, "wrote %s (%d words; %s)\n", a.out, len(keys), note)
		return nil
	}
	switch a.format {
	case "json":
		if keys == nil {
			keys = []wordfreq.Key{}
		}
		return c.json(keys)
	case "csv":
		return store.WriteKeysCSV(c.out, keys, va, vb)
	}
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "WORD\t%s\t%s\tG2\tCHARACTERISTIC OF\n", strings.ToUpper(va), strings.ToUpper(vb))
	for _, k := range keys {
		side := va
		if k.G2 < 0 {
			side = vb
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%s\n", k.Word, k.A, k.B, k.G2, side)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(c.out, "\n%s\n|G2| above 3.84 is significant at p < 0.05, above 6.63 at p < 0.01\n", note)
	return nil
}

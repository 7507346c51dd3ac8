package main

import (
	"slices"
	"strings"

	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/store"
)

func init() {
	register("stopwords", "stopwords PROJECT [--add WORD]... [--keep WORD]... [--reset WORD]...", cmdStopwords)
}

// cmdStopwords shows and changes the project's own stop words: words it
// leaves out besides the shipped lists (--add), listed words it counts
// anyway (--keep), and words given back to the lists' say (--reset).
func cmdStopwords(c *cli, args []string) error {
	fs := newFlags("stopwords")
	var add, keep, reset multi
	fs.Var(&add, "add", "leave this word out of word counts too (repeatable)")
	fs.Var(&keep, "keep", "count this word even though a stop-word list has it (repeatable)")
	fs.Var(&reset, "reset", "undo --add or --keep for this word (repeatable)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return misuse(errOneProject, message.Args{"Command": "stopwords"})
	}
	if len(add)+len(keep)+len(reset) == 0 {
		return readProject(pos[0], func(p *store.Project) error {
			s, err := p.StopWords()
			if err != nil {
				return err
			}
			c.printStopWords(s)
			return nil
		})
	}
	add, keep, reset = lower(add), lower(keep), lower(reset)
	return withProject(pos[0], func(p *store.Project) error {
		s, err := p.StopWords()
		if err != nil {
			return err
		}
		// A word moves between the lists: added, it is no longer kept.
		in := func(ws ...[]string) func(string) bool {
			return func(w string) bool { return slices.Contains(slices.Concat(ws...), w) }
		}
		s.Added = append(slices.DeleteFunc(s.Added, in(reset, keep)), add...)
		s.Kept = append(slices.DeleteFunc(s.Kept, in(reset, add)), keep...)
		if _, err := (coding.SetStopWords{StopWords: s}).Apply(p); err != nil {
			return err
		}
		s, err = p.StopWords()
		if err != nil {
			return err
		}
		c.printStopWords(s)
		return nil
	})
}

func (c *cli) printStopWords(s store.StopWords) {
	c.say(i18n.TF("left out too ({{.N}}): {{.Words}}", map[string]any{"N": len(s.Added), "Words": strings.Join(s.Added, ", ")}),
		i18n.TF("counted anyway ({{.N}}): {{.Words}}", map[string]any{"N": len(s.Kept), "Words": strings.Join(s.Kept, ", ")}))
}

func lower(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(strings.TrimSpace(w))
	}
	return out
}

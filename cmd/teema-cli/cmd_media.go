package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"teema/coding"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/study"
)

func init() {
	register("media", "media PROJECT DOC FILE", cmdMedia)
	register("import-transcript", "import-transcript PROJECT FILE.(srt|vtt|json|txt) [--media FILE] [--attr KEY=VALUE]...", cmdImportTranscript)
	register("times", "times PROJECT DOC [--json]", cmdTimes)
}

// cmdMedia attaches a recording to a document and says how long it is.
func cmdMedia(c *cli, args []string) error {
	pos, err := parse(newFlags("media"), args)
	if err != nil {
		return err
	}
	if len(pos) != 3 {
		return misuse(errMediaArgs, nil)
	}
	return withProject(pos[0], func(p *store.Project) error {
		d, err := p.FindDocument(pos[1])
		if err != nil {
			return err
		}
		ch, notes, err := study.AttachRecording(context.Background(), p, d.ID, pos[2], nil)
		if err == nil {
			_, err = ch.Apply(p)
		}
		if err != nil {
			return err
		}
		c.attached(ch.Recording, d.Name, notes)
		return nil
	})
}

func (c *cli) attached(rec *coding.Recording, doc string, notes []message.Note) {
	c.say(i18n.TF(`attached {{.File}} to "{{.Document}}" ({{.Length}})`, map[string]any{
		"File": rec.Path, "Document": doc, "Length": coding.FormatTime(rec.Seconds)}))
	for _, n := range notes {
		c.say("  " + i18n.Say(n))
	}
}

// cmdImportTranscript imports a timed transcript (or any transcript) and
// attaches its recording.
func cmdImportTranscript(c *cli, args []string) error {
	fs := newFlags("import-transcript")
	recording := fs.String("media", "", "the recording to attach")
	var attrs multi
	fs.Var(&attrs, "attr", "attribute KEY=VALUE of the document")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errImportTranscriptArgs, nil)
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
		r, notes, err := study.ImportTimedTranscript(context.Background(), p, pos[1], kv, *recording)
		if err != nil {
			return err
		}
		c.imported(r)
		c.say(i18n.TF("{{.N}} time marks", map[string]any{"N": len(r.Doc.Times)}))
		if *recording != "" {
			rec, err := p.Recording(r.Doc.ID)
			if err != nil {
				return err
			}
			c.attached(rec, r.Doc.Name, notes)
		}
		return nil
	})
}

// timeJSON is one stretch of a transcript's time index: the characters
// from start to end begin to be heard at seconds.
type timeJSON struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Seconds float64 `json:"seconds"`
}

// cmdTimes prints a document's time index.
func cmdTimes(c *cli, args []string) error {
	fs := newFlags("times")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return misuse(errTimesArgs, nil)
	}
	return readProject(pos[0], func(p *store.Project) error {
		d, err := document(p, pos[1])
		if err != nil {
			return err
		}
		spans := timeSpans(d.Times, coding.RuneLen(d.Text))
		if *asJSON {
			return c.json(spans)
		}
		text := coding.NewSlicer(d.Text)
		tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "TIME\tSTART\tEND\tTEXT")
		for _, s := range spans {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%s\n", coding.FormatTime(s.Seconds), s.Start, s.End, oneLine(text.Slice(s.Start, s.End), 60))
		}
		return tw.Flush()
	})
}

// timeSpans are the index's marks as stretches of text, each to the next
// mark or the end of the text.
func timeSpans(ix coding.TimeIndex, chars int) []timeJSON {
	out := make([]timeJSON, 0, len(ix))
	for i, m := range ix {
		end := chars
		if i+1 < len(ix) {
			end = ix[i+1].Offset
		}
		out = append(out, timeJSON{Start: m.Offset, End: end, Seconds: m.Seconds})
	}
	return out
}

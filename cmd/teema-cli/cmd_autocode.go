package main

import (
	"fmt"
	"text/tabwriter"

	"teema/coding/autocode"
	"teema/coding/units"
	"teema/i18n"
	"teema/message"
	"teema/store"
	"teema/study"
)

func init() {
	register("autocode", "autocode PROJECT QUERY --code PATH [--extent hit|sentence|turn|paragraph] [--coder NAME] [--preview]\n"+
		"        [--forms …] [--compounds] [--scope …] [--doc DOC]... [--where KEY=VALUE]... [--in-code PATH]... [--not-code PATH]...\n"+
		"        [--speaker NAME]... [--no-interviewer]\n"+
		"        autocode PROJECT --speaker NAME|* --code PATH [--where KEY=VALUE]... [--coder NAME] [--preview]", cmdAutocode)
}

type autocodeArgs struct {
	searchArgs
	code, extent, coder string
	preview             bool
}

func cmdAutocode(c *cli, args []string) error {
	fs := newFlags("autocode")
	var a autocodeArgs
	a.flags(fs, "in-code")
	fs.StringVar(&a.code, "code", "", "the code to code with, e.g. Yhteistyö/Tapaamiset; made when missing")
	fs.StringVar(&a.extent, "extent", units.Hit.String(), "what of each hit to code: the hit, its sentence, its turn or its paragraph")
	fs.StringVar(&a.coder, "coder", "", "coder's name (default: $USER)")
	fs.BoolVar(&a.preview, "preview", false, "list what would be coded, and code nothing")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := a.check(pos); err != nil {
		return err
	}
	if a.coder == "" {
		a.coder = defaultCoder()
	}
	open := withProject
	if a.preview {
		open = readProject
	}
	return open(pos[0], func(p *store.Project) error { return c.autocode(p, pos[1:], a) })
}

func (a autocodeArgs) check(pos []string) error {
	switch {
	case len(pos) == 1 && len(a.speakers) == 0, len(pos) > 2, len(pos) == 0:
		return misuse(errAutocodeArgs, nil)
	case a.code == "":
		return misuse(errAutocodeCode, nil)
	}
	if _, err := extentOf(a.extent); err != nil {
		return err
	}
	return a.searchArgs.check()
}

// extentOf reads --extent.
func extentOf(s string) (units.Kind, error) {
	k, ok := units.Parse(s)
	if !ok || k == units.Document {
		return 0, misuse(errExtent, message.Args{"Value": s})
	}
	return k, nil
}

func (c *cli) autocode(p *store.Project, query []string, a autocodeArgs) error {
	code, err := existingCode(p, a.code)
	if err != nil {
		return err
	}
	var pl autocode.Plan
	if len(query) == 0 {
		pl, err = c.speakerPlan(p, a, code)
	} else {
		pl, err = c.searchPlan(p, query[0], a, code)
	}
	if err != nil {
		return err
	}
	return c.runPlan(p, pl, a.code, a.preview, c.say)
}

// existingCode is the code of a path, 0 when there is none yet: it has
// no codings to skip, and is made once there is something to code.
func existingCode(p *store.Project, path string) (int64, error) {
	book, err := p.CodeBook()
	if err != nil {
		return 0, err
	}
	code, _ := book.Lookup(path)
	return code.ID, nil
}

// withCode makes the plan's code when it is still to be made.
func withCode(p *store.Project, pl autocode.Plan, path string, report func(...string)) (autocode.Plan, error) {
	if pl.Code != 0 || len(pl.Excerpts) == 0 {
		return pl, nil
	}
	code, made, err := p.EnsureCodePath(path, "", "")
	if made {
		report(i18n.TF("made the code {{.Code}}", map[string]any{"Code": path}))
	}
	return pl.WithCode(code.ID), err
}

// searchPlan plans coding a search's hits.
func (c *cli) searchPlan(p *store.Project, query string, a autocodeArgs, code int64) (autocode.Plan, error) {
	q, err := a.search(p, query)
	if err != nil {
		return autocode.Plan{}, err
	}
	forms := study.NewForms()
	defer c.closeForms(forms)
	s := study.NewSearcher(forms)
	found, err := s.Search(p, q)
	if err != nil {
		return autocode.Plan{}, err
	}
	c.notes(found.Notes)
	extent, _ := extentOf(a.extent)
	return s.PlanAutoCode(p, found.Hits, study.AutoCode{Code: code, Extent: extent, Coder: a.coder})
}

// speakerPlan plans coding a speaker's turns.
func (c *cli) speakerPlan(p *store.Project, a autocodeArgs, code int64) (autocode.Plan, error) {
	where, err := study.Where(p, a.where)
	if err != nil {
		return autocode.Plan{}, err
	}
	return study.PlanSpeakerTurns(p, study.SpeakerTurns{Speaker: a.speakers[0], Where: where, Code: code, Coder: a.coder})
}

// runPlan codes what a plan says, or lists it for a preview; report
// says what was done.
func (c *cli) runPlan(p *store.Project, pl autocode.Plan, path string, preview bool, report func(...string)) error {
	args := map[string]any{"N": len(pl.Excerpts), "Code": path, "Asked": pl.Asked, "Skipped": pl.Skipped}
	if preview {
		if err := c.listPlan(p, pl); err != nil {
			return err
		}
		c.say("", i18n.TF("would code {{.N}} passages as {{.Code}} ({{.Asked}} found; {{.Skipped}} already coded, skipped)", args))
		return nil
	}
	pl, err := withCode(p, pl, path, report)
	if err != nil {
		return err
	}
	if ch := pl.Change(); ch != nil {
		if _, err := ch.Apply(p); err != nil {
			return err
		}
	}
	report(i18n.TF("coded {{.N}} passages as {{.Code}} ({{.Asked}} found; {{.Skipped}} already coded, skipped)", args))
	return nil
}

// listPlan lists the codings a run would make.
func (c *cli) listPlan(p *store.Project, pl autocode.Plan) error {
	docs, err := p.Documents()
	if err != nil {
		return err
	}
	names := map[int64]string{}
	for _, d := range docs {
		names[d.ID] = d.Name
	}
	tw := tabwriter.NewWriter(c.out, 0, 4, 2, ' ', 0)
	for _, e := range pl.Excerpts {
		fmt.Fprintf(tw, "%s\t%d–%d\t%s\n", names[e.DocID], e.Start, e.End, oneLine(e.Text, 100))
	}
	return tw.Flush()
}

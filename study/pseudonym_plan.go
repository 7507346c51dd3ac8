package study

import (
	"fmt"
	"slices"
	"strings"

	"teema/coding"
	"teema/coding/pseudonym"
	"teema/message"
	"teema/store"
)

// Pseudonymisation is a key applied to a project: the change that
// replaces every form of its words wherever the project holds them, as
// one undoable step, and what it replaces where.
type Pseudonymisation struct {
	Change coding.Change
	Places []Replacements
	Notes  []message.Note
	key    pseudonym.Key
}

// Replacements are the replacements made in one place of the project.
type Replacements struct {
	Place message.Note // "transcript Kunta A"
	Made  []pseudonym.Replaced
}

// Pseudonymise replaces the key's words in the chosen transcripts (all
// when docIDs is empty), their names, file names, attributes and memos,
// and their codings' memos and copies of the coded words, and in the
// project's memo, codes, summaries, findings and stop words. Speaker
// labels are part of the text. Codings keep to their words.
func Pseudonymise(p *store.Project, key pseudonym.Key, docIDs []int64, r *NameReader) (Pseudonymisation, error) {
	b := &planner{p: p, rep: pseudonym.NewReplacer(key, r.Analyser()), inScope: map[int64]bool{}}
	b.ps.key = key
	ids, err := scopeIDs(p, docIDs)
	if err != nil {
		return Pseudonymisation{}, err
	}
	for _, id := range ids {
		b.inScope[id] = true
	}
	for _, step := range []func() error{b.transcripts, b.memos, b.codingMemos, b.codes, b.summaries, b.findings, b.stopWords} {
		if err := step(); err != nil {
			return Pseudonymisation{}, err
		}
	}
	if len(b.changes) == 0 {
		return Pseudonymisation{}, errNothingFound.New(nil)
	}
	b.ps.Change = coding.Batch{Name: pseudonym.LabelPseudonymise, Changes: b.changes}
	b.ps.Notes = append(b.ps.Notes, r.Notes()...)
	return b.ps, nil
}

// planner gathers the changes of a pseudonymisation.
type planner struct {
	p       *store.Project
	rep     *pseudonym.Replacer
	inScope map[int64]bool
	names   map[int64]string // the transcripts' names, for the report
	changes []coding.Change
	ps      Pseudonymisation
}

// replace is a text with the key's words replaced, recorded as made at
// place; changed says whether any was.
func (b *planner) replace(place message.Note, text string) (string, bool) {
	out, made := b.rep.Replace(text)
	if len(made) > 0 {
		b.ps.Places = append(b.ps.Places, Replacements{Place: place, Made: made})
	}
	return out, len(made) > 0
}

func (b *planner) add(c coding.Change) { b.changes = append(b.changes, c) }

// transcripts replace in each transcript's text, name, file name and
// attributes.
func (b *planner) transcripts() error {
	docs, err := b.p.Documents()
	if err != nil {
		return err
	}
	b.names = map[int64]string{}
	for _, info := range docs {
		b.names[info.ID] = info.Name
		if !b.inScope[info.ID] {
			continue
		}
		if err := b.transcript(info); err != nil {
			return err
		}
	}
	return nil
}

func (b *planner) transcript(info coding.DocumentInfo) error {
	d, err := b.p.DocumentText(info.ID)
	if err != nil {
		return err
	}
	doc := message.Args{"Name": d.Name}
	if made := b.rep.Find(d.Text); len(made) > 0 {
		b.ps.Places = append(b.ps.Places, Replacements{Place: placeTranscript.Say(doc), Made: made})
		b.add(coding.RewriteText{DocID: d.ID, Rewrite: edits(made)})
	}
	if name, ok := b.replace(placeDocName.Say(doc), d.Name); ok {
		b.add(coding.RenameDocument{DocID: d.ID, Name: name})
	}
	if name, ok := b.replace(placeFileName.Say(doc), d.OriginalName); ok {
		b.add(coding.SetOriginalName{DocID: d.ID, Name: name})
	}
	for _, k := range sortedKeys(d.Attributes) {
		if v, ok := b.replace(placeAttribute.Say(message.Args{"Key": k, "Name": d.Name}), d.Attributes[k]); ok {
			b.add(coding.SetAttribute{DocID: d.ID, Key: k, Value: v})
		}
	}
	return nil
}

func edits(made []pseudonym.Replaced) coding.Rewrite {
	rw := make(coding.Rewrite, len(made))
	for i, m := range made {
		rw[i] = coding.Edit{Start: m.Start, End: m.End, Insert: m.Insert}
	}
	return rw
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// memos replace in the project's memo, the chosen transcripts' memos and
// every code's.
func (b *planner) memos() error {
	memos, err := b.p.Memos()
	if err != nil {
		return err
	}
	book, err := b.p.CodeBook()
	if err != nil {
		return err
	}
	targets := make([]coding.MemoTarget, 0, len(memos))
	for t := range memos {
		targets = append(targets, t)
	}
	slices.SortFunc(targets, func(a, c coding.MemoTarget) int {
		return strings.Compare(fmt.Sprint(a.Kind, a.ID), fmt.Sprint(c.Kind, c.ID))
	})
	for _, t := range targets {
		var place message.Note
		switch t.Kind {
		case coding.ProjectMemo:
			place = placeProjectMemo.Say(nil)
		case coding.DocumentMemo:
			if !b.inScope[t.ID] {
				continue
			}
			place = placeDocMemo.Say(message.Args{"Name": b.names[t.ID]})
		case coding.CodeMemo:
			place = placeCodeMemo.Say(message.Args{"Code": book.Path(t.ID)})
		}
		if text, ok := b.replace(place, memos[t]); ok {
			b.add(coding.SetMemo{Target: t, Text: text})
		}
	}
	return nil
}

// codingMemos replace in the memos of the chosen transcripts' codings.
func (b *planner) codingMemos() error {
	es, err := b.p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		return err
	}
	for _, e := range es {
		if !b.inScope[e.DocID] || e.Memo == "" {
			continue
		}
		if memo, ok := b.replace(placeCodingMemo.Say(message.Args{"Name": b.names[e.DocID]}), e.Memo); ok {
			b.add(coding.SetExcerptMemo{ID: e.ID, Memo: memo})
		}
	}
	return nil
}

// codes replace in the codes' names (an in-vivo code may quote a name)
// and definitions.
func (b *planner) codes() error {
	book, err := b.p.CodeBook()
	if err != nil {
		return err
	}
	book.Walk(func(c coding.Code, _ int) {
		place := placeCode.Say(message.Args{"Code": book.Path(c.ID)})
		name, renamed := b.replace(place, c.Name)
		desc, redefined := b.replace(place, c.Description)
		if renamed || redefined {
			c.Name, c.Description = name, desc
			b.add(coding.UpdateCode{Code: c})
		}
	})
	return nil
}

// summaries replace in the matrix cells' summaries, and in their rows'
// keys where a row is a speaker or an attribute's value, so each summary
// stays in its row.
func (b *planner) summaries() error {
	sums, err := b.p.Summaries()
	if err != nil {
		return err
	}
	book, err := b.p.CodeBook()
	if err != nil {
		return err
	}
	keys := make([]coding.SummaryKey, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, c coding.SummaryKey) int {
		return strings.Compare(fmt.Sprint(a.CodeID, a.RowsBy, a.Row), fmt.Sprint(c.CodeID, c.RowsBy, c.Row))
	})
	for _, k := range keys {
		place := placeSummary.Say(message.Args{"Code": book.Path(k.CodeID)})
		text, changed := b.replace(place, sums[k])
		moved := k
		if k.RowsBy != string(coding.ByDocument) {
			moved.Row, _ = b.rep.Replace(k.Row)
		}
		if moved != k {
			b.add(coding.SetSummary{Key: k, Text: ""})
			changed = true
		}
		if changed {
			b.add(coding.SetSummary{Key: moved, Text: text})
		}
	}
	return nil
}

// findings replace in the findings table.
func (b *planner) findings() error {
	fs, err := b.p.Findings()
	if err != nil {
		return err
	}
	for i, f := range fs {
		place := placeFinding.Say(message.Args{"N": i + 1})
		finding, a := b.replace(place, f.Finding)
		proposal, c := b.replace(place, f.Proposal)
		if a || c {
			f.Finding, f.Proposal = finding, proposal
			b.add(coding.PutFinding{Finding: f})
		}
	}
	return nil
}

// stopWords drop the key's words and their forms from the project's
// stop-word lists: a name left out of word counts must not stay behind
// in the list that leaves it out.
func (b *planner) stopWords() error {
	sw, err := b.p.StopWords()
	if err != nil {
		return err
	}
	gone := map[string]bool{}
	for _, w := range b.ps.Words() {
		gone[strings.ToLower(w)] = true
	}
	var dropped []string
	keep := func(ws []string) []string {
		return slices.DeleteFunc(slices.Clone(ws), func(w string) bool {
			if gone[w] {
				dropped = append(dropped, w)
			}
			return gone[w]
		})
	}
	clean := coding.StopWords{Added: keep(sw.Added), Kept: keep(sw.Kept)}
	if len(dropped) > 0 {
		b.add(coding.SetStopWords{StopWords: clean})
		b.ps.Notes = append(b.ps.Notes, noteStopWordGone.Say(message.Args{"Words": strings.Join(dropped, ", ")}))
	}
	return nil
}

// Lines say what is replaced where, a line per place: "transcript Kunta
// A: Katille → H2:lle (2), Kati → H2".
func (ps Pseudonymisation) Lines() []message.Note {
	out := make([]message.Note, 0, len(ps.Places))
	for _, pl := range ps.Places {
		out = append(out, notePlace.Say(message.Args{"Place": pl.Place, "Replaced": tally(pl.Made)}))
	}
	return out
}

// tally lists each form replaced with what replaced it, and how often.
func tally(made []pseudonym.Replaced) string {
	type pair struct{ form, insert string }
	counts := map[pair]int{}
	var order []pair
	for _, m := range made {
		pr := pair{m.Form, m.Insert}
		if counts[pr] == 0 {
			order = append(order, pr)
		}
		counts[pr]++
	}
	parts := make([]string, len(order))
	for i, pr := range order {
		parts[i] = pr.form + " → " + pr.insert
		if n := counts[pr]; n > 1 {
			parts[i] += fmt.Sprintf(" (%d)", n)
		}
	}
	return strings.Join(parts, ", ")
}

// Count is how many replacements the pseudonymisation makes.
func (ps Pseudonymisation) Count() int {
	n := 0
	for _, pl := range ps.Places {
		n += len(pl.Made)
	}
	return n
}

// Words are the key's originals and every form replaced: what must not
// be left in the project file once the pseudonymisation is final.
func (ps Pseudonymisation) Words() []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, o := range ps.key.Originals() {
		add(o)
	}
	for _, pl := range ps.Places {
		for _, m := range pl.Made {
			add(m.Form)
		}
	}
	return out
}

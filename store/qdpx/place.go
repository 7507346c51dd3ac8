package qdpx

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"teema/coding"
	"teema/message"
	"teema/store"
)

// placer puts a source's selections on the normalised text Teema keeps.
// Offsets count positions in the text as the other program wrote it, in
// one of several readings; the placer tries each and keeps the one under
// which most selections select the text their name says.
type placer struct {
	b      *builder
	source string  // the source's quoted name, for the report
	orig   []rune  // the source file's text
	text   []rune  // the normalised text
	pos    []int32 // rune index in orig → rune index in text
	bom    bool    // the file began with a byte-order mark
}

type selection struct {
	x          xSelection
	start, end int
	numeric    bool
}

type span struct {
	start, end int
	ok         bool
}

func newPlacer(b *builder, source string, bom bool) *placer {
	return &placer{b: b, source: source, bom: bom}
}

// place returns the codings of a source's selections and, as memo text,
// the notes of selections that carry no coding. The texts, as the file
// has it and normalised, are indexed by character only for a source with
// selections: the indexes take 12 bytes a character.
func (p *placer) place(s xTextSource, raw, text string) ([]store.ExchangeExcerpt, string) {
	sels, offsets := parseSelections(s.Selections)
	if len(sels) == 0 {
		return nil, ""
	}
	p.orig, p.text = []rune(raw), []rune(text)
	p.pos = align(p.orig, p.text)
	spans, confirmed := p.choose(sels, offsets)
	var out []store.ExchangeExcerpt
	var annotations []string
	for i, sel := range sels {
		es, note := p.selection(sel, spans[i], confirmed > 0)
		out = append(out, es...)
		if note != "" {
			annotations = append(annotations, note)
		}
	}
	return out, joinMemo(annotations...)
}

func parseSelections(xs []xSelection) ([]selection, []int) {
	sels := make([]selection, len(xs))
	var offsets []int
	for i, x := range xs {
		start, err1 := strconv.Atoi(strings.TrimSpace(x.Start))
		end, err2 := strconv.Atoi(strings.TrimSpace(x.End))
		sels[i] = selection{x: x, start: start, end: end, numeric: err1 == nil && err2 == nil}
		if sels[i].numeric {
			offsets = append(offsets, start, end)
		}
	}
	return sels, offsets
}

// tried is what placing a source's selections in one reading gives.
type tried struct {
	r                          reading
	spans                      []span
	confirmed, placed, bounded int // by their names; at all; on word boundaries
}

// choose decides how the source's offsets were counted, reports it, and
// returns the selections' places and how many their names confirm. Where
// the selections carry their text, the reading that confirms most wins.
// Where none does (NVivo for Windows writes no names), the reading under
// which most selections start and end on word boundaries wins when it
// clearly does; otherwise the way the file's program counts.
func (p *placer) choose(sels []selection, offsets []int) ([]span, int) {
	var all []tried
	for _, r := range readings {
		if r.bom && !p.bom {
			continue
		}
		all = append(all, p.try(r, sels, offsets))
	}
	args := message.Args{"Name": p.source, "Total": len(sels)}
	if anyNamed(sels) {
		best := all[0]
		for _, t := range all[1:] {
			if t.confirmed > best.confirmed || t.confirmed == best.confirmed && t.placed > best.placed {
				best = t
			}
		}
		args["Reading"], args["N"] = best.r.name(), best.confirmed
		p.b.rep.Readings = append(p.b.rep.Readings, noteReadByNames.Say(args))
		return best.spans, best.confirmed
	}
	best, next, clear := byBoundaries(all)
	if !clear {
		best, origin := p.preferred(all, best)
		args["Reading"], args["N"], args["Origin"] = best.r.name(), best.bounded, p.b.x.Origin
		if origin {
			p.b.rep.remark(noteReadWeakly, args)
		} else {
			p.b.rep.remark(noteReadStandard, args)
		}
		return best.spans, 0
	}
	args["Reading"], args["N"] = best.r.name(), best.bounded
	if next != nil {
		args["Next"], args["M"] = next.r.name(), next.bounded
		p.b.rep.Readings = append(p.b.rep.Readings, noteReadByBounds.Say(args))
	} else {
		p.b.rep.Readings = append(p.b.rep.Readings, noteReadAnyWay.Say(args))
	}
	return best.spans, 0
}

// anyNamed reports whether any selection carries its text (its name).
func anyNamed(sels []selection) bool {
	for _, s := range sels {
		if strings.TrimSpace(s.x.Name) != "" {
			return true
		}
	}
	return false
}

// byBoundaries ranks the readings by how many selections they put on word
// boundaries, readings that place every selection alike counting as one.
// next is the best reading that places them otherwise (nil when all
// agree), and clear says whether best wins by a margin the text can vouch
// for: most of its selections on boundaries, and a tenth of them (at
// least two) more than under next.
func byBoundaries(all []tried) (best tried, next *tried, clear bool) {
	best = all[0]
	for _, t := range all[1:] {
		if t.bounded > best.bounded {
			best = t
		}
	}
	for i := range all {
		if !sameSpans(all[i].spans, best.spans) && (next == nil || all[i].bounded > next.bounded) {
			next = &all[i]
		}
	}
	total := len(best.spans)
	margin := max(2, total/10)
	clear = 2*best.bounded > total && (next == nil || best.bounded-next.bounded >= margin)
	return best, next, clear
}

// preferred is the reading to take when the text cannot tell: the way the
// file's program counts (origin: NVivo's, for a file NVivo wrote), else
// the standard's.
func (p *placer) preferred(all []tried, best tried) (t tried, origin bool) {
	want := readings[0]
	origin = strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.b.x.Origin)), "nvivo")
	if origin {
		want = nvivo
	}
	for _, t := range all {
		if t.r == want {
			return t, origin
		}
	}
	return best, false
}

func sameSpans(a, b []span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (p *placer) try(r reading, sels []selection, offsets []int) tried {
	idx := r.runeIndexes(p.orig, offsets)
	t := tried{r: r, spans: make([]span, len(sels))}
	for i, sel := range sels {
		a, okA := idx[sel.start]
		z, okZ := idx[sel.end]
		if !sel.numeric || !okA || !okZ || sel.start >= sel.end {
			continue
		}
		t.spans[i] = span{start: int(p.pos[a]), end: int(p.pos[z]), ok: true}
		t.placed++
		if nameMatches(p.slice(t.spans[i]), sel.x.Name) {
			t.confirmed++
		}
		if p.onBoundaries(t.spans[i]) {
			t.bounded++
		}
	}
	return t
}

// onBoundaries reports whether a span starts and ends at word boundaries:
// where a word begins or ends (or the text does), not inside a word.
func (p *placer) onBoundaries(s span) bool {
	return s.end > s.start && p.boundary(s.start) && p.boundary(s.end)
}

func (p *placer) boundary(i int) bool {
	return i <= 0 || i >= len(p.text) || isWordRune(p.text[i-1]) != isWordRune(p.text[i])
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func (p *placer) slice(s span) string { return string(p.text[s.start:s.end]) }

// selection turns one selection into codings; names says whether this
// source's selection names hold their text, so a mismatch means a
// misplaced selection rather than a label.
func (p *placer) selection(sel selection, sp span, names bool) ([]store.ExchangeExcerpt, string) {
	rep := p.b.rep
	rep.Selections++
	switch {
	case !sel.numeric:
		rep.NotPlaced++
		rep.skip(skipNotNumbers, p.args(sel.x, strconv.Quote(sel.x.Start), strconv.Quote(sel.x.End)))
		return nil, ""
	case !sp.ok:
		rep.NotPlaced++
		rep.skip(skipOutside, p.args(sel.x, sel.start, sel.end))
		return nil, ""
	case strings.TrimSpace(p.slice(sp)) == "":
		rep.NotPlaced++
		rep.skip(skipBlank, p.args(sel.x, sel.start, sel.end))
		return nil, ""
	case names && sel.x.Name != "" && !nameMatches(p.slice(sp), sel.x.Name):
		rep.NotPlaced++
		a := p.args(sel.x, sp.start, sp.end)
		a["Text"] = strconv.Quote(preview(p.slice(sp)))
		rep.remark(noteMisplaced, a)
	case !names || sel.x.Name == "":
		rep.Unverified++
	}
	memo := p.b.memo(sel.x.Description, sel.x.NoteRefs, sel.x.GUID)
	if len(sel.x.Codings) == 0 {
		return nil, p.annotation(sel.x, sp, memo)
	}
	var out []store.ExchangeExcerpt
	for _, c := range sel.x.Codings {
		if e, ok := p.b.excerpt(c, p.source, selectionName(sel.x), sel.x.CreatingUser, sel.x.CreationDateTime); ok {
			e.Start, e.End, e.Memo = sp.start, sp.end, joinMemo(memo, e.Memo)
			out = append(out, e)
		}
	}
	return out, ""
}

// annotation keeps the note of a selection without a coding, which Teema
// cannot hold as such, in the document memo next to the words it is on.
func (p *placer) annotation(x xSelection, sp span, memo string) string {
	if memo == "" {
		p.b.rep.skip(skipUncoded, p.args(x, sp.start, sp.end))
		return ""
	}
	p.b.rep.skip(skipAnnotation, p.args(x, sp.start, sp.end))
	return fmt.Sprintf("“%s”: %s", preview(p.slice(sp)), memo)
}

// args name a selection of the source, and its positions, in a line of
// the report.
func (p *placer) args(x xSelection, start, end any) message.Args {
	return message.Args{"Name": p.source, "Selection": selectionName(x), "Start": start, "End": end}
}

// nameMatches checks a selection's text against its name, which tools
// fill with the selected text or its beginning, often cut with "…".
func nameMatches(text, name string) bool {
	name = strings.TrimRight(strings.TrimSpace(name), ".…")
	if name != "" && strings.HasPrefix(text, name) {
		return true // as Teema and most tools write it: no need to normalise
	}
	want := squash(name)
	if want == "" {
		return false
	}
	// A name is short and a selection can be pages long: squash only as
	// much of the text as the name needs, with a margin so the cut cannot
	// change what is compared.
	for n := 2*len(want) + 64; n < len(text); n *= 2 {
		for !utf8.RuneStart(text[n]) {
			n--
		}
		if head := squash(text[:n]); len(head) >= len(want)+16 {
			return strings.HasPrefix(head, want)
		}
	}
	return strings.HasPrefix(squash(text), want)
}

// squash normalises a text and reduces its white space to single spaces.
func squash(s string) string {
	return strings.Join(strings.Fields(coding.Normalize(s)), " ")
}

func selectionName(x xSelection) string {
	if strings.TrimSpace(x.Name) == "" {
		return "{" + x.GUID + "}"
	}
	return fmt.Sprintf("%q", preview(x.Name))
}

// preview shortens a text for a report line.
func preview(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

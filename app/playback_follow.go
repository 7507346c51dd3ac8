package app

import (
	"sort"

	"teema/coding"
)

// heardAt marks the speaker turn being heard at seconds into the
// recording and keeps the paragraph being heard in view. The view
// scrolls only when the paragraph changes, so a researcher who scrolls
// away to read on is brought back at the next paragraph, not at every
// tick of the clock.
func (p *playback) heardAt(seconds float64) {
	d := p.s.Doc()
	if d == nil || len(p.times) == 0 {
		return // without times the place in the text is not known
	}
	offset, ok := p.times.OffsetAt(seconds)
	if !ok && seconds < p.times[0].Seconds {
		p.setHeard(mark{}) // before the first words
		return
	}
	para := p.paras.at(offset)
	p.setHeard(turnAt(d.Turns, offset, para))
	if para != p.para {
		p.para = para
		p.reader.view.ScrollTo(offset)
	}
}

// remark marks the turn heard again in a text just edited (a speaker
// renamed), which the view shows unmarked, without scrolling to it.
func (p *playback) remark() {
	if p.state != ready || len(p.times) == 0 || p.s.Doc() == nil {
		return
	}
	offset, _ := p.times.OffsetAt(p.bar.Time())
	p.para = p.paras.at(offset)
	p.heardAt(p.bar.Time())
}

// setHeard marks a stretch as the one being heard.
func (p *playback) setHeard(m mark) {
	if m == (mark{}) {
		p.para = mark{}
	}
	p.reader.view.SetMark(m.start, m.end)
}

// turnAt is the speaker turn holding offset, or its paragraph when the
// transcript has no turn there (a subtitle file without speakers).
func turnAt(turns []coding.Turn, offset int, para mark) mark {
	i := sort.Search(len(turns), func(i int) bool { return turns[i].End > offset })
	if i < len(turns) && turns[i].Start <= offset {
		return mark{turns[i].Start, turns[i].End}
	}
	return para
}

// paragraphs are where a text's paragraphs (parted by blank lines) start
// and end, in code points, found once per text rather than at every
// tick of the player's clock.
type paragraphs []mark

// paragraphsOf finds the paragraphs of a normalised text.
func paragraphsOf(text string) paragraphs {
	var out paragraphs
	start, at, breaks := 0, 0, 0
	for _, r := range text {
		if r == '\n' {
			breaks++
		} else {
			if breaks >= 2 {
				out = append(out, mark{start, at - breaks})
				start = at
			}
			breaks = 0
		}
		at++
	}
	return append(out, mark{start, at - breaks})
}

// at is the paragraph holding offset; an offset in the blank lines after
// a paragraph belongs to it.
func (ps paragraphs) at(offset int) mark {
	i := sort.Search(len(ps), func(i int) bool { return ps[i].start > offset }) - 1
	if i < 0 {
		return mark{}
	}
	return ps[i]
}

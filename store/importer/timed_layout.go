package importer

import (
	"strings"
	"unicode/utf8"

	"teema/coding"
)

// layout writes cues as a transcript, counting code points as it goes so
// that each mark's offset is exact in the text it makes.
type layout struct {
	b       strings.Builder
	at      int // code points written
	index   coding.TimeIndex
	speaker string // whose turn the text is in, "" before the first label
}

func (l *layout) write(s string) {
	l.b.WriteString(s)
	l.at += utf8.RuneCountInString(s)
}

// mark ties the place being written to ms. Callers keep the marks in
// order; mark only refuses a second mark at one place.
func (l *layout) mark(ms int64) {
	if n := len(l.index); n > 0 && l.index[n-1].Offset == l.at {
		return
	}
	l.index = append(l.index, coding.TimeMark{Offset: l.at, Seconds: seconds(ms)})
}

// lastMS is the time of the latest mark, in milliseconds.
func (l *layout) lastMS() int64 {
	if len(l.index) == 0 {
		return -1
	}
	return int64(l.index[len(l.index)-1].Seconds*1000 + 0.5)
}

// separate ends the previous cue and parts it from c: a space within a
// paragraph, a blank line between paragraphs. A new paragraph begins
// with a new speaker, or, for cues without a speaker, after a pause; a
// speaker's own cues stay in their turn's paragraph. When silence follows
// prev, its end is marked on the character after it.
func (l *layout) separate(prev, c cue) {
	until := prev.start
	if prev.end >= 0 {
		until = prev.end
		if prev.end < c.start && prev.end > l.lastMS() {
			l.mark(prev.end)
		}
	}
	if c.speaker != "" && c.speaker != l.speaker || c.speaker == "" && c.start-until > pauseGap {
		l.write("\n\n")
		return
	}
	l.write(" ")
}

// writeCue writes c, after its speaker's label when it opens the
// speaker's turn, with a mark at its start, on its timed words and, when
// it is the last cue, at its end. next is the next cue's start, or -1:
// a word is marked only before it, so marks keep their order when cues
// overlap.
func (l *layout) writeCue(c cue, next int64) {
	if c.speaker != "" && c.speaker != l.speaker {
		l.write(c.speaker + ": ") // on a paragraph of its own (separate)
		l.speaker = c.speaker
	}
	l.mark(c.start)
	l.markWords(c, next)
	l.write(c.text)
	if next < 0 && c.end > l.lastMS() {
		l.mark(c.end)
	}
}

// wordReach is how far in a cue's text, in bytes, the next timed word
// is looked for: words follow one another, so a word not found near is
// not in the text (WhisperX's words are the text's, but another tool's
// may not be), and looking further would make a long cue's unfound
// words cost its whole length each.
const wordReach = 1000

// markWords marks each timed word of c found in its text, in order, from
// its second character on (the cue's own start marks its first). A word
// whose time runs back, or past the cue's end or the next cue's start, is
// left unmarked: the text between marks is timed by interpolation.
func (l *layout) markWords(c cue, next int64) {
	base, text := l.at, c.text
	from, runes := 0, 0 // bytes and code points of text searched
	for _, w := range c.words {
		word := oneLine(w.word)
		i := strings.Index(text[from:min(len(text), from+wordReach)], word)
		if word == "" || i < 0 {
			continue
		}
		runes += utf8.RuneCountInString(text[from : from+i])
		from += i
		late := c.end >= 0 && w.start > c.end || next >= 0 && w.start >= next
		if runes > 0 && w.start >= l.lastMS() && !late {
			l.at = base + runes
			l.mark(w.start)
			l.at = base
		}
		runes += utf8.RuneCountInString(word)
		from += len(word)
	}
}

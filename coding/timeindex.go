package coding

import (
	"math"
	"sort"

	"teema/message"
)

// TimeMark ties a place in a document's text to a moment of its
// recording: the character at Offset (a code point, as codings count) is
// spoken Seconds after the recording starts. A mark may also sit on the
// space or line break after a cue's last word, holding the moment the cue
// ends, so that the silence before the next cue is not spread over words.
type TimeMark struct {
	Offset  int
	Seconds float64
}

// TimeIndex is a timed transcript's marks in text order: offsets strictly
// increasing, seconds never decreasing (two cues may start together).
// Between two marks time runs evenly over the characters, which is as
// much as a subtitle file says; at a mark it is exact. An index may be
// empty: the document has no recording, or no times for it.
type TimeIndex []TimeMark

// The rules of a time index (Check).
var (
	errMarkOrder   = message.New("Time mark {{.N}} is out of order: each mark must come later in the text than the one before it, at the same time or later.")
	errMarkOutside = message.New("Time mark {{.N}} at character {{.Offset}} is outside the text, which has {{.Chars}} characters.")
	errMarkTime    = message.New("Time mark {{.N}} has an impossible time: {{.Seconds}} seconds.")
)

// Check reports the first way ix breaks its rules for a text of chars
// code points: a mark outside the text (the text's end itself is a
// place, where the last cue ends), out of order, or at a negative or
// infinite time. Marks are numbered from 1 in the messages.
func (ix TimeIndex) Check(chars int) error {
	for i, m := range ix {
		n := i + 1
		switch {
		case m.Offset < 0 || m.Offset > chars:
			return errMarkOutside.New(message.Args{"N": n, "Offset": m.Offset, "Chars": chars})
		case m.Seconds < 0 || math.IsInf(m.Seconds, 0) || math.IsNaN(m.Seconds):
			return errMarkTime.New(message.Args{"N": n, "Seconds": m.Seconds})
		case i > 0 && (m.Offset <= ix[i-1].Offset || m.Seconds < ix[i-1].Seconds):
			return errMarkOrder.New(message.Args{"N": n})
		}
	}
	return nil
}

// SecondsAt is the moment the character at offset is spoken. ok is false
// when the index is empty or offset lies outside its first and last
// marks; seconds is then the nearest mark's time, where a player would
// start (0 for an empty index).
func (ix TimeIndex) SecondsAt(offset int) (seconds float64, ok bool) {
	if len(ix) == 0 {
		return 0, false
	}
	// i is the first mark past offset, so ix[i-1] is at or before it.
	i := sort.Search(len(ix), func(i int) bool { return ix[i].Offset > offset })
	switch {
	case i == 0:
		return ix[0].Seconds, false
	case i == len(ix):
		last := ix[len(ix)-1]
		return last.Seconds, offset == last.Offset
	}
	return ix.between(i-1, offset), true
}

// between interpolates the time of offset between marks a and a+1.
func (ix TimeIndex) between(a, offset int) float64 {
	m, n := ix[a], ix[a+1]
	if offset == m.Offset {
		return m.Seconds // exact, without rounding
	}
	return m.Seconds + (n.Seconds-m.Seconds)*float64(offset-m.Offset)/float64(n.Offset-m.Offset)
}

// OffsetAt is the character being spoken at seconds: the last one whose
// time (SecondsAt) has come. At a mark's time it is the mark's offset; when
// marks share a time, the first of them, where that moment's speech
// begins. ok is false when the index is empty or seconds lies outside
// its first and last marks; offset is then the nearest mark's.
func (ix TimeIndex) OffsetAt(seconds float64) (offset int, ok bool) {
	if len(ix) == 0 {
		return 0, false
	}
	// i is the first mark at seconds or later.
	i := sort.Search(len(ix), func(i int) bool { return ix[i].Seconds >= seconds })
	switch {
	case i == len(ix):
		return ix[len(ix)-1].Offset, false
	case ix[i].Seconds == seconds:
		return ix[i].Offset, true
	case i == 0:
		return ix[0].Offset, false
	}
	return ix.offsetBetween(i-1, seconds), true
}

// offsetBetween finds the last offset from mark a up to (not including)
// mark a+1 whose time has come by seconds, which lies strictly between
// the two marks' times. The estimate is checked against between so that
// OffsetAt(SecondsAt(o)) == o whatever floating point rounds.
func (ix TimeIndex) offsetBetween(a int, seconds float64) int {
	m, n := ix[a], ix[a+1]
	span := n.Offset - m.Offset
	k := int((seconds - m.Seconds) / (n.Seconds - m.Seconds) * float64(span))
	k = min(max(k, 0), span-1)
	for k > 0 && ix.between(a, m.Offset+k) > seconds {
		k--
	}
	for k+1 < span && ix.between(a, m.Offset+k+1) <= seconds {
		k++
	}
	return m.Offset + k
}

// SpanTime is when the stretch [start, end) of the text is spoken, an
// excerpt's place in the recording: from its first character's time to
// the time its last one ends, which is the time of end. ok is false when
// the stretch is empty or reaches outside the timed part of the text.
func (ix TimeIndex) SpanTime(start, end int) (from, to float64, ok bool) {
	from, okFrom := ix.SecondsAt(start)
	to, okTo := ix.SecondsAt(end)
	return from, to, okFrom && okTo && start < end
}

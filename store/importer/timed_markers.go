package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"teema/coding"
	"teema/message"
)

// timeMarker is a time a transcriber typed into the text: [01:02:03],
// [02:03], (02:03) or (01:02:03) as oTranscribe and most transcribers
// write them, with or without a fraction of a second, and #01:02:03-4#
// as f4transkript does (tenths after the dash). Group 1, 2 or 3 is the
// time.
var timeMarker = regexp.MustCompile(`\[(\d{1,4}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)\]|\((\d{1,4}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?)\)|#(\d{1,4}(?::\d{1,2}){1,2}(?:[-.,]\d{1,3})?)#`)

// markedLine is a line of text with its markers taken out.
type markedLine struct {
	text  string
	marks []lineMark
}

// lineMark is a marker's time and where it stood in its line, in code
// points of the line without markers.
type lineMark struct {
	col int
	ms  int64
}

// markedText reads a plain-text transcript with time markers typed into
// it. Each marker says when the place it stands in is spoken, wherever
// it stands: at a paragraph's start (oTranscribe) or its end (f4), so
// the markers are taken out and a mark left in their place. A marker on
// a line of its own marks the start of the next line of text. Paragraphs
// are kept as written; lines are normalised as Read normalises them.
func markedText(text string) (timedText, error) {
	var lines []markedLine
	var out timedText
	last, found := int64(-1), false
	for i, raw := range strings.Split(text, "\n") {
		ml, err := takeMarkers(coding.Normalize(raw), i+1, &last, &out)
		if err != nil {
			return timedText{}, err
		}
		found = found || len(ml.marks) > 0
		lines = append(lines, ml)
	}
	if !found {
		return timedText{}, errNoMarkers.New(nil)
	}
	out.text, out.index = joinMarked(lines)
	if len(out.index) > maxTimes {
		return timedText{}, errManyCues.New(message.Args{"Limit": maxTimes})
	}
	if coding.Normalize(out.text) != out.text || out.index.Check(utf8.RuneCountInString(out.text)) != nil {
		return timedText{}, errUnreadable.New(nil)
	}
	return out, nil
}

// takeMarkers takes the markers out of one normalised line, with the
// space after a marker that opens the line and the space before one that
// ends it, so words stay one space apart. last is the latest marker's
// time; a marker before it by more than overlapSlack is refused, by less
// moved to it and counted in out.
func takeMarkers(line string, n int, last *int64, out *timedText) (markedLine, error) {
	var ml markedLine
	var w lineWriter
	at := 0
	for _, m := range timeMarker.FindAllStringSubmatchIndex(line, -1) {
		ms, err := markerTime(line, m, n, last, out)
		if err != nil {
			return markedLine{}, err
		}
		w.write(line[at:m[0]])
		at = m[1]
		after := line[at:]
		switch rest := strings.TrimLeft(after, " \t"); {
		case !w.words || w.space:
			at += len(after) - len(rest)
		case after != "" && rest == after:
			w.write(" ") // "sana[00:12]sana" keeps its two words apart
		}
		ml.marks = append(ml.marks, lineMark{col: w.runes, ms: ms})
	}
	w.write(line[at:])
	ml.text = strings.TrimRightFunc(w.b.String(), unicode.IsSpace)
	n = utf8.RuneCountInString(ml.text)
	for i := range ml.marks {
		ml.marks[i].col = min(ml.marks[i].col, n)
	}
	return ml, nil
}

// markerTime is the time of the marker match m on line n, in order: a
// marker before the last one by more than overlapSlack is refused, by
// less moved to it and counted in out.
func markerTime(line string, m []int, n int, last *int64, out *timedText) (int64, error) {
	ms, ok := parseClock(markerClock(line, m))
	if !ok {
		return 0, errBadClock.New(message.Args{"Line": n, "Time": line[m[0]:m[1]]})
	}
	if ms < *last {
		if *last-ms > overlapSlack {
			return 0, errTimeBackward.New(message.Args{"Line": n, "Time": line[m[0]:m[1]], "Previous": clockText(*last)})
		}
		if out.overlaps++; out.overlaps == 1 {
			out.overlapLine = n
		}
		ms = *last
	}
	*last = ms
	return ms, nil
}

// lineWriter writes a line without its markers, keeping count of what it
// wrote, so a line of many markers costs no more than its length.
type lineWriter struct {
	b     strings.Builder
	runes int
	words bool // something besides spaces has been written
	space bool // the last character written is a space or tab
}

func (w *lineWriter) write(s string) {
	if s == "" {
		return
	}
	w.b.WriteString(s)
	w.runes += utf8.RuneCountInString(s)
	w.words = w.words || strings.Trim(s, " \t") != ""
	w.space = s[len(s)-1] == ' ' || s[len(s)-1] == '\t'
}

// markerClock is the time a marker match m holds, from whichever of the
// three forms matched.
func markerClock(line string, m []int) string {
	for g := 1; g <= 3; g++ {
		if m[2*g] >= 0 {
			return line[m[2*g]:m[2*g+1]]
		}
	}
	return ""
}

// joinMarked lays the lines out as normal text, no blank line at either
// end and at most one between paragraphs, each mark at its place; the
// marks of a line left blank go to the start of the next line of text.
// Of marks that come to one place the latest is kept: it is nearest the
// words that follow.
func joinMarked(lines []markedLine) (string, coding.TimeIndex) {
	var b strings.Builder
	var ix coding.TimeIndex
	var carried []lineMark
	at, blank := 0, false
	put := func(offset int, ms int64) {
		if n := len(ix); n > 0 && ix[n-1].Offset == offset {
			ix = ix[:n-1]
		}
		ix = append(ix, coding.TimeMark{Offset: offset, Seconds: seconds(ms)})
	}
	for _, l := range lines {
		if l.text == "" {
			blank = blank || at > 0
			carried = append(carried, l.marks...)
			continue
		}
		if at > 0 {
			b.WriteByte('\n')
			at++
		}
		if at > 0 && blank {
			b.WriteByte('\n')
			at++
		}
		blank = false
		for _, m := range carried {
			put(at, m.ms)
		}
		carried = carried[:0]
		for _, m := range l.marks {
			put(at+m.col, m.ms)
		}
		b.WriteString(l.text)
		at += utf8.RuneCountInString(l.text)
	}
	for _, m := range carried {
		put(at, m.ms) // markers after the last words: the recording's end
	}
	return b.String(), ix
}

// MarkerAt is the time, in seconds, of the time marker that the code
// point col of line stands in (or just after), as a transcriber clicks a
// typed time to hear the recording from there.
func MarkerAt(line string, col int) (float64, bool) {
	at := len(line)
	for i := range line {
		if col == 0 {
			at = i
			break
		}
		col--
	}
	for _, m := range timeMarker.FindAllStringSubmatchIndex(line, -1) {
		if at < m[0] || at > m[1] {
			continue
		}
		if ms, ok := parseClock(markerClock(line, m)); ok {
			return seconds(ms), true
		}
	}
	return 0, false
}

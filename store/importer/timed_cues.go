package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"teema/coding"
	"teema/message"
)

// cue is one timed stretch of a transcript as a format gives it, before
// its words are laid out as Teema's text.
type cue struct {
	start, end int64  // milliseconds; end is -1 when the format gives none
	speaker    string // "" when the format names none
	text       string // its words, on one line or more
	words      []wordTime
	line       int // where the cue starts in the file
}

// wordTime is when a word of a cue begins, as WhisperX and Whisper with
// word timestamps tell it.
type wordTime struct {
	word  string
	start int64
}

// How cues become paragraphs and marks.
const (
	// pauseGap is the silence between cues without speakers that starts a
	// new paragraph: a breath is shorter, a new thought usually longer.
	pauseGap = 2000
	// overlapSlack is how far a cue may start before the cue before it and
	// be taken to start with it: subtitle editors and speech recognition
	// let cues of overlapping speech start a little out of order.
	overlapSlack = 1000
	// maxTimes bounds the marks of one transcript, and the memory they
	// take. A three-hour interview timed word by word has some 30,000.
	maxTimes = 1_000_000
)

// timedText is a timed transcript laid out: normalised text, its marks,
// and how many cues were moved to keep the times in order.
type timedText struct {
	text        string
	index       coding.TimeIndex
	overlaps    int
	overlapLine int // the first moved cue's line
}

// layCues makes a transcript of cues: each cue's lines joined into one,
// consecutive cues of one speaker into one paragraph that opens with the
// speaker's label ("SPEAKER_00: …", which coding.ParseTurns reads as a
// turn), cues without speakers into paragraphs parted by pauses. A mark
// sits on each cue's first character at the cue's start, on each word
// whose time is known, and on the character after a cue at its end when
// silence follows.
func layCues(cues []cue) (timedText, error) {
	var out timedText
	if err := orderCues(cues, &out); err != nil {
		return timedText{}, err
	}
	cues = cleanCues(cues)
	if len(cues) == 0 {
		return timedText{}, errNoCues.New(nil)
	}
	var l layout
	for i, c := range cues {
		next := int64(-1)
		if i+1 < len(cues) {
			next = cues[i+1].start
		}
		if i > 0 {
			l.separate(cues[i-1], c)
		}
		l.writeCue(c, next)
		if len(l.index) > maxTimes {
			return timedText{}, errManyCues.New(message.Args{"Limit": maxTimes})
		}
	}
	out.text, out.index = l.b.String(), l.index
	// By construction the text is normal and the marks in order; a slip
	// here would misplace every coding, so it is refused, not stored.
	if coding.Normalize(out.text) != out.text || out.index.Check(utf8.RuneCountInString(out.text)) != nil {
		return timedText{}, errUnreadable.New(nil)
	}
	return out, nil
}

// orderCues refuses times that run back further than overlapSlack, and
// moves a cue that starts less before the one before it to start with
// it, so that the marks keep their order. A cue that ends before it starts
// is refused as well, unless by a slip within the slack, when its end is
// dropped.
func orderCues(cues []cue, out *timedText) error {
	for i := range cues {
		c := &cues[i]
		if c.end >= 0 && c.end < c.start {
			if c.start-c.end > overlapSlack {
				return errEndsEarly.New(message.Args{"Line": c.line, "Start": clockText(c.start), "End": clockText(c.end)})
			}
			c.end = -1
		}
		if i == 0 || c.start >= cues[i-1].start {
			continue
		}
		prev := cues[i-1].start
		if prev-c.start > overlapSlack {
			return errTimeBackward.New(message.Args{"Line": c.line, "Time": clockText(c.start), "Previous": clockText(prev)})
		}
		if out.overlaps++; out.overlaps == 1 {
			out.overlapLine = c.line
		}
		c.start = prev
	}
	return nil
}

// cleanCues makes each cue's text and speaker one line of normal text,
// finds the speakers that cue texts open with, and drops cues left with
// nothing to read.
func cleanCues(cues []cue) []cue {
	for i := range cues {
		cues[i].text = oneLine(cues[i].text)
		cues[i].speaker = strings.ReplaceAll(oneLine(cues[i].speaker), ":", "")
	}
	textSpeakers(cues)
	out := cues[:0]
	for _, c := range cues {
		if strings.IndexFunc(c.text, visible) >= 0 {
			out = append(out, c)
		}
	}
	return out
}

// oneLine is text as one line of normal text: a cue's line breaks are a
// subtitle's layout, not the speaker's.
func oneLine(s string) string {
	return strings.Join(strings.Fields(coding.Normalize(s)), " ")
}

// bracketLabel is a speaker label in brackets at a cue's start, as
// WhisperX's subtitle writers put it: "[SPEAKER_00]: …" or
// "[SPEAKER_00] …". Without a colon only a diarisation label counts, so
// that "[naurua] joo" keeps its laughter.
var bracketLabel = regexp.MustCompile(`^\[([^\[\]]{1,30})\](:)?\s*`)

var diarised = regexp.MustCompile(`^[A-Z]+_[0-9]+$`)

// textSpeakers gives a cue without a speaker the one its text opens with:
// a label in brackets, or "Label: …" when coding.ParseTurns would read it
// as a speaker's, which is when it recurs at cue starts (or as a speaker
// the format names) or names a role.
func textSpeakers(cues []cue) {
	lines := make([]string, len(cues))
	starts := map[int]int{} // a line's offset in the joined text → its cue
	at := 0
	for i := range cues {
		c := &cues[i]
		if m := bracketLabel.FindStringSubmatch(c.text); c.speaker == "" && m != nil && (m[2] != "" || diarised.MatchString(m[1])) {
			c.speaker, c.text = strings.TrimSpace(strings.ReplaceAll(m[1], ":", "")), c.text[len(m[0]):]
		}
		lines[i] = c.text
		if c.speaker != "" {
			lines[i] = c.speaker + ":" // counts for a label's recurring
		}
		starts[at] = i
		at += utf8.RuneCountInString(lines[i]) + 1
	}
	for _, t := range coding.ParseTurns(strings.Join(lines, "\n")) {
		i, ok := starts[t.Start]
		if !ok || cues[i].speaker != "" {
			continue
		}
		if _, rest, ok := strings.Cut(cues[i].text, ":"); ok {
			cues[i].speaker, cues[i].text = t.Speaker, strings.TrimSpace(rest)
		}
	}
}

package importer

import (
	"strings"

	"teema/message"
)

// subtitleCues reads the cues of a SubRip (.srt) or WebVTT (.vtt) file:
// blocks parted by blank lines, each an optional number or identifier, a
// timing line "start --> end" (WebVTT's cue settings after it are
// ignored) and the cue's text. WebVTT's header, NOTE, STYLE and REGION
// blocks are skipped. Files are not always as tidy as the formats say, so
// a timing line starts a cue wherever it is, and lines of text after a
// blank line that no timing line follows are kept with the cue before
// them rather than lost.
func subtitleCues(text string, vtt bool) ([]cue, error) {
	p := subtitleParser{vtt: vtt}
	for i, line := range strings.Split(text, "\n") {
		if err := p.line(i+1, strings.TrimSpace(line)); err != nil {
			return nil, err
		}
	}
	p.flush()
	for i := range p.cues {
		p.cues[i].text = strings.Join(p.text[i], "\n")
	}
	return p.cues, nil
}

// subtitleParser reads a subtitle file line by line.
type subtitleParser struct {
	vtt     bool
	cues    []cue
	text    [][]string // each cue's lines, joined once at the end
	inCue   bool       // the lines are the last cue's text
	skip    bool       // the lines are a block to skip
	pending []string   // lines of the block before its timing line
	blank   bool       // the line before was blank, or there was none
}

func (p *subtitleParser) line(n int, line string) error {
	start := p.blank || n == 1
	p.blank = line == ""
	switch {
	case line == "":
		p.flush()
		p.inCue, p.skip = false, false
	case strings.Contains(line, "-->"):
		c, err := timingLine(line, n)
		if err != nil {
			return err
		}
		p.dropID()
		p.flush()
		p.cues = append(p.cues, c)
		p.text = append(p.text, nil)
		p.inCue, p.skip = true, false
	case p.skip:
	case p.inCue:
		p.addText(line)
	case start && p.vtt && skippedBlock(line, n):
		p.skip = true
	default:
		p.pending = append(p.pending, line)
	}
	return nil
}

// dropID drops the line before a timing line when it is the cue's number
// or, in WebVTT, its identifier.
func (p *subtitleParser) dropID() {
	if k := len(p.pending) - 1; k >= 0 && (p.vtt || isNumber(p.pending[k])) {
		p.pending = p.pending[:k]
	}
}

// flush keeps stray lines with the cue before them; stray numbers, and
// lines before the first cue (a title, WebVTT's header text), are dropped.
func (p *subtitleParser) flush() {
	for _, line := range p.pending {
		if len(p.cues) > 0 && !isNumber(line) {
			p.addText(line)
		}
	}
	p.pending = p.pending[:0]
}

// addText adds a line to the last cue's text.
func (p *subtitleParser) addText(line string) {
	k := len(p.text) - 1
	p.text[k] = append(p.text[k], line)
}

// skippedBlock reports whether a block that opens with line holds no
// cue: WebVTT's header (its first line), a NOTE, a STYLE or a REGION.
func skippedBlock(line string, n int) bool {
	if n == 1 && strings.HasPrefix(line, "WEBVTT") {
		return true
	}
	for _, kw := range []string{"NOTE", "STYLE", "REGION"} {
		if rest, ok := strings.CutPrefix(line, kw); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}

func isNumber(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// timingLine reads "00:00:01,000 --> 00:00:04,000" and whatever settings
// follow it.
func timingLine(line string, n int) (cue, error) {
	left, right, _ := strings.Cut(line, "-->")
	fields := strings.Fields(right)
	left = strings.TrimSpace(left)
	if left == "" || len(fields) == 0 {
		return cue{}, errBadTiming.New(message.Args{"Line": n})
	}
	start, ok := parseClock(left)
	if !ok {
		return cue{}, errBadClock.New(message.Args{"Line": n, "Time": left})
	}
	end, ok := parseClock(fields[0])
	if !ok {
		return cue{}, errBadClock.New(message.Args{"Line": n, "Time": fields[0]})
	}
	return cue{start: start, end: end, line: n}, nil
}

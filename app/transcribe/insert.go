package transcribe

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a transcriber's key types is worked out here from the text around
// the caret, apart from the widget, so the rules are tested on strings.

// marker is a time as the importer reads it back out of the text
// (store/importer): [hh:mm:ss], hours always written, so every marker
// of a transcript has one width and sorts as it reads.
func marker(seconds float64) string {
	if !(seconds > 0) || math.IsInf(seconds, 0) {
		seconds = 0
	}
	s := int64(seconds)
	return fmt.Sprintf("[%02d:%02d:%02d]", s/3600, s/60%60, s%60)
}

// lastMarked is the latest time typed into text, where a transcription
// continued picks up: the transcriber heard that far.
func lastMarked(text string) (seconds float64, ok bool) {
	for _, m := range typedTime.FindAllString(text, -1) {
		if s, good := markedSeconds(m[1 : len(m)-1]); good && s >= seconds {
			seconds, ok = s, true
		}
	}
	return seconds, ok
}

// markedSeconds reads "01:02:03", "02:03" or "02:03.5" as seconds.
func markedSeconds(clock string) (float64, bool) {
	var total float64
	for _, part := range strings.Split(strings.ReplaceAll(clock, ",", "."), ":") {
		v, err := strconv.ParseFloat(part, 64)
		if err != nil {
			return 0, false
		}
		total = total*60 + v
	}
	return total, true
}

// leadingMarkers are time markers, and the spaces around them, at the
// start of a line: a turn may open with its time before its label.
var leadingMarkers = regexp.MustCompile(`^[ \t]*(?:\[\d{1,4}(?::\d{1,2}){1,2}(?:[.,]\d{1,3})?\][ \t]*)*`)

// timeEdit is how the time key changes the text at the caret, given the
// line up to the caret and the text after it: del characters before the
// caret are taken back, then insert is typed.
//
//   - On a line that holds only a label so far, the time goes before the
//     label: the importer reads a time as timing its line only where it
//     opens or ends the line (importer.HasTimeMarkers), and a turn's time
//     belongs to its start.
//   - Anywhere else the time goes at the caret, kept a word apart from
//     the text on either side, so "sana[00:01:02]" never runs together.
func timeEdit(line, after, mark string) (del int, insert string) {
	head := leadingMarkers.FindString(line)
	if rest := line[len(head):]; isLabelOnly(rest) {
		if head != "" && !strings.HasSuffix(head, " ") && !strings.HasSuffix(head, "\t") {
			mark = " " + mark
		}
		return utf8.RuneCountInString(rest), mark + " " + strings.TrimRight(rest, " \t") + " "
	}
	if r, _ := utf8.DecodeLastRuneInString(line); line != "" && !unicode.IsSpace(r) {
		mark = " " + mark
	}
	if r, _ := utf8.DecodeRuneInString(after); after == "" || !unicode.IsSpace(r) {
		mark += " "
	}
	return 0, mark
}

// labelEdit is how a speaker's key changes the line the caret is on,
// given the line up to the caret: del characters before the caret are
// taken back, then insert is typed.
//
//   - On a line holding nothing yet but times, the label goes at the
//     caret: a turn may open with its time.
//   - On a line that holds only a label so far, the label is replaced:
//     the transcriber pressed the wrong speaker's key.
//   - Anywhere else the label opens a new line, a new turn.
func labelEdit(line, label string) (del int, insert string) {
	turn := label + ": "
	head := leadingMarkers.FindString(line)
	rest := line[len(head):]
	switch {
	case rest == "" && (head == "" || strings.HasSuffix(head, " ") || strings.HasSuffix(head, "\t")):
		return 0, turn
	case rest == "":
		return 0, " " + turn
	case isLabelOnly(rest):
		return utf8.RuneCountInString(rest), turn
	}
	return 0, "\n" + turn
}

// isLabelOnly reports whether s is a speaker's label and its colon, as a
// speaker's key types it, and nothing more.
func isLabelOnly(s string) bool {
	label, ok := strings.CutSuffix(strings.TrimRight(s, " \t"), ":")
	return ok && validLabel(label)
}

// currentLine is the part of text's line before the caret at offset (in
// code points, as the entry counts).
func currentLine(text string, offset int) string {
	before := prefix(text, offset)
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		return before[i+1:]
	}
	return before
}

// prefix is text up to offset, counted in code points.
func prefix(text string, offset int) string {
	for i := range text {
		if offset == 0 {
			return text[:i]
		}
		offset--
	}
	return text
}

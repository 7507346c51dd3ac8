package coding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Turn is a speaker's turn: a line that starts with a label and a colon
// ("H5: ...", "Haastattelija: ..."), plus the unlabelled lines and
// paragraphs that follow it. Transcribers put turns in paragraphs of their
// own or one per line; both are read the same way. Offsets are code
// points, [Start, End) covers the label.
type Turn struct {
	Speaker string
	Start   int
	End     int
}

// maxLabelRunes keeps ordinary sentences with a colon ("Se oli näin: ...")
// from being taken for speaker labels.
const maxLabelRunes = 30

// ParseTurns finds the speaker turns of a normalised text. Text before the
// first label is not part of any turn. A line's label counts only when it
// recurs in the text or names a usual role (knownLabel): a thesis or a
// report has lines such as "Case: ..." or "Taulukko 1: ...", each once,
// where a transcript's speakers speak again and again.
func ParseTurns(text string) []Turn {
	lines := strings.Split(text, "\n")
	labels := make([]string, len(lines))
	seen := map[string]int{}
	for i, line := range lines {
		if label, ok := speakerLabel(line); ok {
			labels[i] = label
			seen[label]++
		}
	}
	var turns []Turn
	pos := 0
	for i, line := range lines {
		n := utf8.RuneCountInString(line)
		if label := labels[i]; label != "" && (seen[label] > 1 || knownLabel(label)) {
			turns = append(turns, Turn{Speaker: label, Start: pos, End: pos + n})
		} else if len(turns) > 0 && n > 0 {
			turns[len(turns)-1].End = pos + n
		}
		pos += n + 1
	}
	return turns
}

// roleLabels are the words transcribers label the interviewer and the
// interviewee with, before a number if any ("Haastateltava 2", "H5").
var roleLabels = map[string]bool{
	"haastateltava": true, "vastaaja": true, "osallistuja": true, "informantti": true, "puhuja": true,
	"interviewee": true, "respondent": true, "participant": true, "informant": true, "speaker": true,
	"v": true, "r": true, "p": true, "a": true,
}

// knownLabel reports whether a label names a usual role, so that a
// speaker who speaks once is still a speaker. Numbers after it, also
// after an underscore as speech recognition writes them (SPEAKER_01),
// do not change the role.
func knownLabel(label string) bool {
	role := strings.ToLower(strings.TrimRight(label, "0123456789 _"))
	return roleLabels[role] || interviewerLabels[role]
}

// speakerLabel returns the label of a line that opens with one.
// A label is at most maxLabelRunes long, has no sentence punctuation,
// is followed by a colon and then a space or the end of the line, starts
// with a letter, and has at most three words, each after the first
// capitalised or a number.
func speakerLabel(line string) (string, bool) {
	i := strings.IndexByte(line, ':')
	if i <= 0 {
		return "", false
	}
	label := strings.TrimSpace(line[:i])
	rest := line[i+1:]
	if label == "" || utf8.RuneCountInString(label) > maxLabelRunes {
		return "", false
	}
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '\n' {
		return "", false // "klo 10:30" or a URL
	}
	first, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsLetter(first) || strings.ContainsAny(label, ".,;!?\"“”()[]\n") {
		return "", false
	}
	words := strings.Fields(label)
	if len(words) > 3 {
		return "", false
	}
	// "Haastateltava 2" and "Anna K" are labels; "Se oli näin" is a sentence.
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return "", false
		}
	}
	return label, true
}

// interviewerLabels are the labels transcribers use for the interviewer.
var interviewerLabels = map[string]bool{
	"haastattelija": true, "haast": true, "h": true, "kysyjä": true, "tutkija": true,
	"interviewer": true, "i": true, "q": true, "int": true, "researcher": true,
}

// IsInterviewer reports whether a speaker label names the interviewer, so
// analyses can leave the interviewer's own words out.
func IsInterviewer(speaker string) bool {
	return interviewerLabels[strings.ToLower(strings.TrimSpace(speaker))]
}

// SpeakerAt returns the speaker of the turn that contains offset, or "".
func SpeakerAt(turns []Turn, offset int) string {
	lo, hi := 0, len(turns)
	for lo < hi {
		m := (lo + hi) / 2
		if turns[m].End <= offset {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(turns) && turns[lo].Start <= offset {
		return turns[lo].Speaker
	}
	return ""
}

package transcribe

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"teema/coding"
)

// prefLabels keeps the speakers' labels the transcriber chose, one a
// line, for every transcription.
const prefLabels = "transcribe.labels"

// defaultLabels are a theme interview's speakers, as Finnish theses
// label them: the interviewer and the people interviewed.
var defaultLabels = []string{"Haastattelija", "H1", "H2"}

// maxKeyed is how many labels have a key: Ctrl+1 to Ctrl+9.
const maxKeyed = 9

// savedLabels are the labels the transcriber chose, or the defaults.
func savedLabels(prefs fyne.Preferences) []string {
	var out []string
	for _, l := range strings.Split(prefs.String(prefLabels), "\n") {
		if l = strings.TrimSpace(l); validLabel(l) && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return slices.Clone(defaultLabels)
	}
	return out
}

// saveLabels keeps the labels chosen for the next transcription.
func saveLabels(prefs fyne.Preferences, labels []string) {
	prefs.SetString(prefLabels, strings.Join(labels, "\n"))
}

// withUsed adds to labels those the text already uses, in the order they
// first speak: a draft continued, or a speaker the transcriber typed out
// by hand, gets a key too.
func withUsed(labels []string, text string) []string {
	out := slices.Clone(labels)
	for _, l := range usedLabels(text) {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// usedLabels are the speakers' labels of a draft, read as the finished
// transcript's turns will be (coding.ParseTurns), with the times that may
// open a line taken out first as the importer takes them out.
func usedLabels(text string) []string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = l[len(leadingMarkers.FindString(l)):]
	}
	var out []string
	for _, t := range coding.ParseTurns(strings.Join(lines, "\n")) {
		if !slices.Contains(out, t.Speaker) {
			out = append(out, t.Speaker)
		}
	}
	return out
}

// parseLabels reads the labels typed one a line in the labels dialog; bad
// are the lines that cannot be a label.
func parseLabels(text string) (labels, bad []string) {
	for _, l := range strings.Split(text, "\n") {
		switch l = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l), ":")); {
		case l == "" || slices.Contains(labels, l):
		case validLabel(l):
			labels = append(labels, l)
		default:
			bad = append(bad, l)
		}
	}
	return labels, bad
}

// validLabel reports whether label would be read as a speaker's label in
// the finished transcript. The rule is coding.ParseTurns's own, asked of
// two turns in which the label recurs, so the two can never disagree.
func validLabel(label string) bool {
	if label == "" || strings.ContainsAny(label, ":\n") {
		return false
	}
	turns := coding.ParseTurns(label + ": a\n" + label + ": b")
	return len(turns) == 2 && turns[0].Speaker == label
}

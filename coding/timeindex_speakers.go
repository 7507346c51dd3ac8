package coding

import (
	"strings"
	"unicode"

	"teema/message"
)

// Why a speaker cannot be renamed (RenameSpeaker).
var (
	errNoSpeaker       = message.New("No turn in the transcript is labelled {{.Speaker}}.")
	errBadLabel        = message.New("{{.Label}} cannot be a speaker's label: a label is a name of at most three words that starts with a letter, without a colon or other punctuation.")
	labelRenameSpeaker = message.New("speaker renaming")
	errLabelUnread     = message.New("Labelled {{.Label}}, the turns of {{.Speaker}} would no longer be read as a speaker's: choose a label that names a role, such as H2 or Haastateltava, or one that recurs in the transcript.")
)

// RenameSpeakerIn is the change that relabels a speaker of a document
// (RenameSpeaker), named so that undo says what it takes back. An empty
// Rewrite renames nothing.
func RenameSpeakerIn(docID int64, text, from, to string) (RewriteText, error) {
	rw, err := RenameSpeaker(text, from, to)
	return RewriteText{DocID: docID, Rewrite: rw, Named: labelRenameSpeaker}, err
}

// RenameSpeaker is the rewrite that relabels every turn of speaker from
// as to, "SPEAKER_00" as "H1" in one step, as a transcript from speech
// recognition needs: only labels that open a turn change, never the same
// word inside what someone said. Applied as a RewriteText, codings and
// the time index (TimeIndex.Rewrite) keep to their words. Renaming a
// speaker to another's label merges the two. It refuses a label that
// would not be read as one, so no turn is lost, and a speaker with no
// turns; a speaker renamed to itself is an empty rewrite.
func RenameSpeaker(text, from, to string) (Rewrite, error) {
	from, to = strings.TrimSpace(from), strings.TrimSpace(to)
	if label, ok := speakerLabel(to + ":"); !ok || label != to {
		return nil, errBadLabel.New(message.Args{"Label": to})
	}
	if from == to {
		return nil, nil
	}
	var rw Rewrite
	var starts []int // the lines the renamed turns start on
	s := NewSlicer(text)
	for _, t := range ParseTurns(text) {
		if t.Speaker != from {
			continue
		}
		if at, ok := labelAt(s.Slice(t.Start, t.End), from); ok {
			rw = append(rw, Edit{Start: t.Start + at, End: t.Start + at + RuneLen(from), Insert: to})
			starts = append(starts, t.Start)
		}
	}
	if len(rw) == 0 {
		return nil, errNoSpeaker.New(message.Args{"Speaker": from})
	}
	return rw, checkRenamed(text, rw, starts, from, to)
}

// labelAt is where a turn's label begins in its text, after the spaces a
// line may start with.
func labelAt(turn, label string) (int, bool) {
	line, _, _ := strings.Cut(turn, "\n")
	rest := strings.TrimLeftFunc(line, unicode.IsSpace)
	return RuneLen(line[:len(line)-len(rest)]), strings.HasPrefix(rest, label)
}

// checkRenamed makes sure each renamed turn is still read as a turn of to:
// a label found only because it named a role ("Haastateltava" said one
// thing) may become one no longer recognised.
func checkRenamed(text string, rw Rewrite, starts []int, from, to string) error {
	newText, err := rw.Apply(text)
	if err != nil {
		return err
	}
	turnOf := map[int]bool{}
	for _, t := range ParseTurns(newText) {
		turnOf[t.Start] = t.Speaker == to
	}
	d := RuneLen(to) - RuneLen(from)
	for k, start := range starts {
		if !turnOf[start+k*d] {
			return errLabelUnread.New(message.Args{"Label": to, "Speaker": from})
		}
	}
	return nil
}

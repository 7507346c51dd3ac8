package coding

import (
	"strings"
	"unicode/utf8"
)

// Attribution names who said an excerpt, as thesis quotes cite it: the
// speaker label of the turn it starts in (e.g. "H5"), or the document's
// name when the turn has no label.
func Attribution(doc Document, e Excerpt) string {
	if sp := SpeakerAt(doc.Turns, e.Start); sp != "" {
		return sp
	}
	return doc.Name
}

// Quote formats an excerpt for a thesis: the text in quotation marks with
// its attribution, e.g. `"Yhteistyö sujuu hyvin." (H5)`. A speaker label
// inside the excerpt is dropped, and long quotes are shortened to max runes.
func Quote(doc Document, e Excerpt, max int) string {
	text := strings.Join(strings.Fields(e.Text), " ")
	if sp := SpeakerAt(doc.Turns, e.Start); sp != "" {
		text = strings.TrimPrefix(text, sp+": ")
	}
	if max > 1 && utf8.RuneCountInString(text) > max {
		text = string([]rune(text)[:max-1]) + "…"
	}
	return "\u201C" + text + "\u201D (" + Attribution(doc, e) + ")"
}

package wordfreq

import "strings"

// lines is a list of strings kept as one, each ended by a newline (no
// token or form holds one): the stored list of tally words and of their
// forms. Reading it is finding the newlines, and an item is a slice of
// the one string, so a list of 30,000 words costs two allocations.
type lines struct {
	text string
	ends []uint32 // where in text each item ends
}

// readLines decodes a version byte and items each ended by a newline.
func readLines(b []byte) (lines, bool) {
	if len(b) == 0 || b[0] != tallyVersion || len(b) > 1 && b[len(b)-1] != '\n' || len(b) > 1<<31 {
		return lines{}, false
	}
	l := lines{text: string(b[1:])}
	l.ends = make([]uint32, 0, len(l.text)/8)
	for start := 0; start < len(l.text); start++ {
		start += strings.IndexByte(l.text[start:], '\n')
		l.ends = append(l.ends, uint32(start))
	}
	return l, true
}

func (l lines) len() int { return len(l.ends) }

// at is item i, which must be below len.
func (l lines) at(i int) string {
	start := 0
	if i > 0 {
		start = int(l.ends[i-1]) + 1
	}
	return l.text[start:l.ends[i]]
}

// hasEmpty reports whether an item is empty.
func (l lines) hasEmpty() bool {
	return strings.HasPrefix(l.text, "\n") || strings.Contains(l.text, "\n\n")
}

package pseudonym

import (
	"regexp"
	"strconv"
	"strings"
)

// The placeholders suggested for names that are not persons, as Finnish
// data archives write them.
var placeholders = map[Kind]string{Place: "[paikka]", Organisation: "[organisaatio]", Word: "[nimi]"}

// personCode matches the speaker labels that are already codes: H1, H12.
var personCode = regexp.MustCompile(`^H(\d+)$`)

// Suggest gives each candidate a replacement by its kind: persons a code
// of their own, H1, H2…, numbered after the codes the speaker labels
// already use; places, organisations and other words a placeholder; a
// label that names a role ("Haastattelija", "H1") itself. Speakers are
// numbered first, and the names in a speaker's label share the speaker's
// code, so a speaker and what others say of them stay one person.
func Suggest(cs []Candidate) []string {
	out := make([]string, len(cs))
	next := firstFreeCode(cs)
	code := func() string { next++; return "H" + strconv.Itoa(next-1) }
	byWord := map[string]int{}
	for i, c := range cs {
		byWord[c.Word] = i
	}
	for i, c := range cs {
		if c.Speaker && (c.Kind == Person || c.Kind == Word) && out[i] == "" {
			out[i] = code()
			for _, w := range strings.Fields(c.Word) {
				if j, ok := byWord[w]; ok && out[j] == "" && cs[j].Kind == Person {
					out[j] = out[i]
				}
			}
		}
	}
	for i, c := range cs {
		switch {
		case out[i] != "":
		case c.Kind == Speaker:
			out[i] = c.Word
		case c.Kind == Person:
			out[i] = code()
		default:
			out[i] = placeholders[c.Kind]
		}
	}
	return out
}

// firstFreeCode is the number after the highest code a label uses.
func firstFreeCode(cs []Candidate) int {
	n := 1
	for _, c := range cs {
		if m := personCode.FindStringSubmatch(c.Word); m != nil && c.Speaker {
			if k, err := strconv.Atoi(m[1]); err == nil && k >= n {
				n = k + 1
			}
		}
	}
	return n
}

package coding

import (
	"slices"
	"strconv"
	"strings"
)

// codeAttributes are the attributes in which a researcher gives an
// interview a code of their own, such as the numbering of a thesis.
var codeAttributes = []string{"koodi", "code"}

// InterviewCodes names each interview as a thesis cites it anonymously:
// its attribute koodi (or code) when it has one, otherwise "H" and its
// number among the project's interviews in name order, which is the
// order of the rows of a matrix by interview. So "Asiakas 3" of eight
// customers is H3, as in the Calpro study's "(H5)".
func InterviewCodes(docs []DocumentInfo) map[int64]string {
	sorted := slices.Clone(docs)
	slices.SortStableFunc(sorted, func(a, b DocumentInfo) int {
		switch {
		case lessNatural(a.Name, b.Name):
			return -1
		case lessNatural(b.Name, a.Name):
			return 1
		}
		return 0
	})
	codes := make(map[int64]string, len(docs))
	for i, d := range sorted {
		codes[d.ID] = ownCode(d)
		if codes[d.ID] == "" {
			codes[d.ID] = "H" + strconv.Itoa(i+1)
		}
	}
	return codes
}

// ownCode is the code the researcher gave an interview, if any.
func ownCode(d DocumentInfo) string {
	for _, k := range codeAttributes {
		if v := strings.TrimSpace(d.Attributes[k]); v != "" {
			return v
		}
	}
	return ""
}

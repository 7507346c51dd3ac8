package qdpx

import (
	"fmt"
	"strconv"
	"strings"

	"teema/coding"
	"teema/message"
	"teema/store"
)

// unnamedCode stands in for an empty code name, which other programs allow.
const unnamedCode = "(unnamed code)"

// codeTree flattens the file's code tree, parents first. Codes are matched
// by GUID, never by name, so names only need to become valid Teema names:
// unique among siblings, without "/", not empty.
func (b *builder) codeTree(codes []xCode) []store.ExchangeCode {
	var out []store.ExchangeCode
	var rec func(parent string, codes []xCode)
	rec = func(parent string, codes []xCode) {
		taken := map[string]bool{}
		for _, c := range codes {
			key := guidKey(c.GUID)
			if key == "" || b.codes[key] {
				b.rep.skip(skipCode, message.Args{"Name": quoteName(c.Name, c.GUID)})
				continue
			}
			b.codes[key] = true
			name := b.codeName(c.Name, taken)
			out = append(out, store.ExchangeCode{Key: key, ParentKey: parent, Name: name,
				Color: codeColor(c.Color), Description: memoText(c.Description),
				Memo: b.memo("", c.NoteRefs, c.GUID)})
			rec(key, c.Codes)
		}
	}
	rec("", codes)
	return out
}

// codeName makes a valid name that no sibling has (ignoring case) and
// tells the researcher when it differs from the file's.
func (b *builder) codeName(raw string, taken map[string]bool) string {
	name := strings.ReplaceAll(store.CleanName(raw), coding.PathSep, "∕")
	name = truncateRunes(name, coding.MaxNameRunes-8)
	if name == "" {
		name = unnamedCode
	}
	unique := name
	for n := 2; taken[strings.ToLower(unique)]; n++ {
		unique = fmt.Sprintf("%s (%d)", name, n)
	}
	taken[strings.ToLower(unique)] = true
	if unique != raw {
		b.rep.remark(noteRenamedCode, message.Args{"Name": strconv.Quote(raw), "NewName": strconv.Quote(unique)})
	}
	return unique
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n]))
}

// codeColor accepts #RRGGBB and the schema's short #RGB; anything else
// lets Teema pick a colour.
func codeColor(c string) string {
	c = strings.TrimSpace(c)
	if len(c) == 4 && c[0] == '#' {
		c = "#" + strings.Repeat(c[1:2], 2) + strings.Repeat(c[2:3], 2) + strings.Repeat(c[3:4], 2)
	}
	if coding.ValidateColor(c) != nil {
		return ""
	}
	return strings.ToLower(c)
}

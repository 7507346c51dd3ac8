package study

import (
	"path/filepath"
	"strings"

	"teema/coding"
)

// docMatcher finds the interview a spreadsheet names: by its name as
// written, else ignoring case and spacing, else by the file it was
// imported from, with or without the file's extension ("asiakas1.docx").
type docMatcher struct {
	exact map[string]coding.DocumentInfo
	loose map[string]coding.DocumentInfo
}

func newDocMatcher(docs []coding.DocumentInfo) docMatcher {
	m := docMatcher{exact: map[string]coding.DocumentInfo{}, loose: map[string]coding.DocumentInfo{}}
	for _, d := range docs {
		m.exact[d.Name] = d
	}
	for _, d := range docs {
		for _, name := range []string{d.Name, d.OriginalName, withoutExt(d.OriginalName)} {
			if k := looseKey(name); k != "" {
				if _, taken := m.loose[k]; !taken {
					m.loose[k] = d
				}
			}
		}
	}
	return m
}

func (m docMatcher) match(name string) (coding.DocumentInfo, bool) {
	if d, ok := m.exact[name]; ok && name != "" {
		return d, true
	}
	for _, n := range []string{name, withoutExt(name)} {
		if d, ok := m.loose[looseKey(n)]; ok && n != "" {
			return d, true
		}
	}
	return coding.DocumentInfo{}, false
}

// looseKey compares names ignoring case and spacing.
func looseKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func withoutExt(name string) string { return strings.TrimSuffix(name, filepath.Ext(name)) }

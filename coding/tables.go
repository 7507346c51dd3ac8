package coding

// InterviewGroup is the interviews under one heading of an interviews
// table: a value of the row attribute, or no heading at all.
type InterviewGroup struct {
	Heading string
	Docs    []DocumentInfo
}

// InterviewGroups puts the interviews in the readable order of rows by
// interview ("Asiakas 2" before "Asiakas 10"), grouped by the row
// attribute when there is one, as the Calpro study's table 1 lists them.
func (c Corpus) InterviewGroups(by RowsBy) []InterviewGroup {
	byID := map[int64]DocumentInfo{}
	for _, d := range c.Docs {
		byID[d.ID] = d
	}
	var all []DocumentInfo
	for _, r := range c.Rows(RowsBy{Kind: ByDocument}) {
		all = append(all, byID[r.Docs[0]])
	}
	if by.Kind != ByAttribute {
		return []InterviewGroup{{Docs: all}}
	}
	var groups []InterviewGroup
	for _, r := range c.Rows(by) {
		in := map[int64]bool{}
		for _, id := range r.Docs {
			in[id] = true
		}
		g := InterviewGroup{Heading: r.Label}
		for _, d := range all {
			if in[d.ID] {
				g.Docs = append(g.Docs, d)
			}
		}
		groups = append(groups, g)
	}
	return groups
}

// ThemesWithContent keeps the themes something is coded with, or
// summarised under, in their order: a table of empty cells tells a reader
// nothing.
func (c Corpus) ThemesWithContent(themes []int64) []int64 {
	used := map[int64]bool{}
	for _, e := range c.Excerpts {
		used[c.Book.Theme(e.CodeID).ID] = true
	}
	for k, text := range c.Summaries {
		if text != "" {
			used[c.Book.Theme(k.CodeID).ID] = true
		}
	}
	var kept []int64
	for _, id := range themes {
		if used[id] {
			kept = append(kept, id)
		}
	}
	return kept
}

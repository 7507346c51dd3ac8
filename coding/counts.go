package coding

import (
	"sort"
	"strconv"
	"strings"
)

// Count is one cell of the count view: how much of a row a code covers.
type Count struct {
	Excerpts int
	Docs     int     // interviews with at least one excerpt
	Share    float64 // share of the row's text covered by the code, 0–1
}

// Counts is codes (rows of the table) by matrix rows (its columns), with
// numbers to shade like a heat map.
type Counts struct {
	Codes []Code
	Rows  []Row
	Cells [][]Count // [code][row]
}

// Counts tallies the given codes across the rows. Share counts each
// character once, however many codings of the code cover it.
func (c Corpus) Counts(codes []Code, by RowsBy) Counts {
	m := c.Matrix("", codes, by)
	out := Counts{Codes: codes, Rows: m.Rows, Cells: make([][]Count, len(codes))}
	rowChars := make([]int, len(m.Rows))
	for i, r := range m.Rows {
		rowChars[i] = c.rowChars(by, r)
	}
	for j := range codes {
		out.Cells[j] = make([]Count, len(m.Rows))
		for i := range m.Rows {
			cell := m.Cells[i][j]
			n := Count{Excerpts: len(cell.Excerpts), Docs: cell.Docs}
			if rowChars[i] > 0 {
				n.Share = float64(coveredChars(cell.Excerpts)) / float64(rowChars[i])
			}
			out.Cells[j][i] = n
		}
	}
	return out
}

// rowChars is the size of a row's text: its documents, or a speaker's turns.
func (c Corpus) rowChars(by RowsBy, r Row) int {
	n := 0
	if by.Kind == BySpeaker {
		for _, turns := range c.Turns {
			for _, t := range turns {
				if t.Speaker == r.Key {
					n += t.End - t.Start
				}
			}
		}
		return n
	}
	for _, id := range r.Docs {
		if d, ok := c.Doc(id); ok {
			n += d.Chars
		}
	}
	return n
}

// coveredChars counts the characters under a set of excerpts, each once.
func coveredChars(es []Excerpt) int {
	byDoc := map[int64][][2]int{}
	for _, e := range es {
		byDoc[e.DocID] = append(byDoc[e.DocID], [2]int{e.Start, e.End})
	}
	n := 0
	for _, rs := range byDoc {
		sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
		end := -1
		for _, r := range rs {
			if r[0] > end {
				n += r[1] - r[0]
				end = r[1]
			} else if r[1] > end {
				n += r[1] - end
				end = r[1]
			}
		}
	}
	return n
}

// Cooccurrence counts, for each pair of the given codes, the places where
// their codings overlap in the same document. Codings of sub-codes count
// for their code. The result is symmetric; the diagonal holds each code's
// own number of excerpts.
func (c Corpus) Cooccurrence(codes []Code) [][]int {
	col := map[int64][]int{}
	for j, code := range codes {
		for _, id := range c.Book.Subtree(code.ID) {
			col[id] = append(col[id], j)
		}
	}
	type tagged struct {
		e   Excerpt
		col int
	}
	byDoc := map[int64][]tagged{}
	out := make([][]int, len(codes))
	for i := range out {
		out[i] = make([]int, len(codes))
	}
	for _, e := range c.Excerpts {
		for _, j := range col[e.CodeID] {
			byDoc[e.DocID] = append(byDoc[e.DocID], tagged{e, j})
			out[j][j]++
		}
	}
	for _, ts := range byDoc {
		sort.Slice(ts, func(a, b int) bool { return ts[a].e.Start < ts[b].e.Start })
		for a := range ts {
			for b := a + 1; b < len(ts) && ts[b].e.Start < ts[a].e.End; b++ {
				if x, y := ts[a].col, ts[b].col; x != y {
					out[x][y]++
					out[y][x]++
				}
			}
		}
	}
	return out
}

// peopleAttrs are the attribute names that hold how many people an
// interview had, in the languages Teema ships.
var peopleAttrs = []string{"haastateltavia", "henkilöitä", "people", "interviewees", "participants"}

// People says how many people an interview had: the number in a people
// attribute when there is one, else the distinct non-interviewer speakers.
func (c Corpus) People(d DocumentInfo) int {
	for _, k := range peopleAttrs {
		if n, err := strconv.Atoi(strings.TrimSpace(d.Attributes[k])); err == nil && n >= 0 {
			return n
		}
	}
	seen := map[string]bool{}
	for _, t := range c.Turns[d.ID] {
		if !IsInterviewer(t.Speaker) {
			seen[t.Speaker] = true
		}
	}
	return len(seen)
}

package store

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"teema/coding"
)

// WriteExcerptsCSV writes one row per excerpt: document, each attribute in
// its own column, theme, sub-theme, code path, speaker, text, memo, coder,
// start and end. A BOM lets Excel read the UTF-8 Finnish letters.
func WriteExcerptsCSV(w io.Writer, p *Project) error {
	docs, err := p.Documents()
	if err != nil {
		return err
	}
	cb, err := p.CodeBook()
	if err != nil {
		return err
	}
	es, err := p.Excerpts(coding.ExcerptFilter{})
	if err != nil {
		return err
	}
	keys := coding.AttributeKeys(docs)
	info := map[int64]coding.DocumentInfo{}
	for _, d := range docs {
		info[d.ID] = d
	}
	turns, err := p.allTurns()
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	header := append(append([]string{"document"}, keys...), "theme", "sub-theme", "code", "speaker", "text", "memo", "coder", "start", "end")
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, e := range es {
		row := []string{info[e.DocID].Name}
		for _, k := range keys {
			row = append(row, info[e.DocID].Attributes[k])
		}
		theme, sub := themeAndSub(cb, e.CodeID)
		row = append(row, theme, sub, cb.Path(e.CodeID), coding.SpeakerAt(turns[e.DocID], e.Start), e.Text, e.Memo, e.Coder,
			strconv.Itoa(e.Start), strconv.Itoa(e.End))
		for i := range row {
			row[i] = SafeCell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write CSV: %w", err)
	}
	return nil
}

// themeAndSub splits a code into its theme's name and the rest of its path.
func themeAndSub(cb *coding.CodeBook, id int64) (string, string) {
	path := cb.Path(id)
	theme, sub, _ := strings.Cut(path, coding.PathSep)
	return theme, sub
}

// SafeCell keeps spreadsheet programs from running user text as a
// formula: text that starts like one gets a leading apostrophe.
func SafeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

package workbook

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Column widths in Excel's units (characters of the default font).
const (
	narrow = 10.0 // numbers, offsets
	medium = 18.0 // names, attribute values
	label  = 28.0 // row labels, code names
	path   = 40.0 // code paths, long theme names
	wide   = 56.0 // matrix cells, transcript text
)

// styles are created before any sheet streams, as the stream writer needs.
type styles struct {
	header   int // bold, bottom border: a table's header row
	bold     int // group headings, row labels and totals
	wrap     int // matrix cells and transcript text: wrapped, top-aligned
	text     int // one-line text, top-aligned to sit level with wrapped cells
	number   int
	percent  int
	decimal  int // two decimals
	diagonal int // a code's co-occurrence with itself, shaded apart

	// The theme matrices' cells, ruled on every side: header, row label
	// and body.
	gridHeader, gridBold, gridWrap int
}

// wrapping are the styles whose text wraps.
func (st styles) wrapping() map[int]bool {
	return map[int]bool{st.header: true, st.bold: true, st.wrap: true, st.gridHeader: true, st.gridBold: true, st.gridWrap: true}
}

func newStyles(f *excelize.File) (styles, error) {
	// Text cells carry the "@" (text) number format so Excel keeps treating
	// "=…" or "- …" as text even after someone edits the cell.
	const textFormat = 49
	top := func(wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Vertical: "top", WrapText: wrap}
	}
	grid := make([]excelize.Border, 4)
	for i, side := range []string{"left", "top", "right", "bottom"} {
		grid[i] = excelize.Border{Type: side, Color: "000000", Style: 1}
	}
	bold := &excelize.Font{Bold: true}
	var st styles
	for _, d := range []struct {
		id *int
		s  excelize.Style
	}{
		{&st.header, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top(true), NumFmt: textFormat,
			Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}}},
		{&st.bold, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: top(true), NumFmt: textFormat}},
		{&st.wrap, excelize.Style{Alignment: top(true), NumFmt: textFormat}},
		{&st.text, excelize.Style{Alignment: top(false), NumFmt: textFormat}},
		{&st.number, excelize.Style{Alignment: top(false)}},
		{&st.percent, excelize.Style{Alignment: top(false), NumFmt: 10}}, // 0.00 %
		{&st.decimal, excelize.Style{Alignment: top(false), NumFmt: 2}},  // 0.00
		{&st.diagonal, excelize.Style{Alignment: top(false),
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7E6E6"}}}},
		{&st.gridHeader, excelize.Style{Font: bold, Alignment: top(true), NumFmt: textFormat, Border: grid,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}}},
		{&st.gridBold, excelize.Style{Font: bold, Alignment: top(true), NumFmt: textFormat, Border: grid}},
		{&st.gridWrap, excelize.Style{Alignment: top(true), NumFmt: textFormat, Border: grid}},
	} {
		id, err := f.NewStyle(&d.s)
		if err != nil {
			return st, err
		}
		*d.id = id
	}
	return st, nil
}

// sheet streams one worksheet row by row, top to bottom.
type sheet struct {
	sw    *excelize.StreamWriter
	row   int
	cut   string       // the note ending text cut to fit a cell, a printf format
	cols  []float64    // column widths, for the heights of wrapped rows
	wraps map[int]bool // styles that wrap text
	texts []string     // scratch: the wrapped text of the row being added
}

// widths sets the widths of the columns from A on, once and before the
// first row. The stream writer puts each new width before the ones set
// earlier, and Excel wants them in column order: so right to left.
func (s *sheet) widths(w ...float64) error {
	s.cols = w
	for i := len(w) - 1; i >= 0; i-- {
		if err := s.sw.SetColWidth(i+1, i+1, w[i]); err != nil {
			return err
		}
	}
	return nil
}

// freeze keeps the first cols columns and rows rows in view; before the
// first row.
func (s *sheet) freeze(cols, rows int) error {
	pane := "bottomRight" // the pane that scrolls
	switch {
	case cols == 0:
		pane = "bottomLeft"
	case rows == 0:
		pane = "topRight"
	}
	topLeft, err := excelize.CoordinatesToCellName(cols+1, rows+1)
	if err != nil {
		return err
	}
	return s.sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: topLeft, ActivePane: pane})
}

// add writes the next row, tall enough for its wrapped text; nil values
// leave a cell empty.
func (s *sheet) add(values ...any) error {
	s.row++
	ref, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	s.texts = s.texts[:0]
	for _, v := range values {
		text := ""
		if c, ok := v.(excelize.Cell); ok && s.wraps[c.StyleID] {
			text, _ = c.Value.(string)
		}
		s.texts = append(s.texts, text)
	}
	if h := rowHeight(s.texts, s.cols); h > 0 {
		return s.sw.SetRow(ref, values, excelize.RowOpts{Height: h})
	}
	return s.sw.SetRow(ref, values)
}

// skip leaves a blank row between blocks.
func (s *sheet) skip() { s.row++ }

// str is a text cell, or no cell for empty text. The stream writer stores
// every string as an inline string, never a formula, so text starting
// with "=" or "- " stays text.
func (s *sheet) str(style int, v string) any {
	if v == "" {
		return nil
	}
	return excelize.Cell{StyleID: style, Value: fit(v, s.cut)}
}

// ruled is a text cell that is written even when empty, so its borders
// draw a table's grid.
func (s *sheet) ruled(style int, v string) excelize.Cell {
	c := excelize.Cell{StyleID: style}
	if v != "" {
		c.Value = fit(v, s.cut)
	}
	return c
}

func num(style int, v any) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }

// fit cuts text longer than a cell holds and says so in the cell: Excel
// would refuse the file, and excelize would cut it silently. A cut at a
// line break keeps whole bullets when one is near.
func fit(s, note string) string {
	// A string's UTF-16 length never exceeds its UTF-8 length.
	if len(s) <= excelize.TotalCellChars {
		return s
	}
	if len(truncateUTF16(s, excelize.TotalCellChars)) == len(s) {
		return s
	}
	// The byte length bounds the count the note will hold.
	room := excelize.TotalCellChars - utf16Len(fmt.Sprintf(note, len(s))) - 1
	keep := truncateUTF16(s, room)
	sep := ""
	if i := strings.LastIndexByte(keep, '\n'); i > len(keep)/2 {
		keep, sep = keep[:i], "\n"
	}
	return keep + sep + fmt.Sprintf(note, utf8.RuneCountInString(s[len(keep)+len(sep):]))
}

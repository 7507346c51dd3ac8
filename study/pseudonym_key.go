package study

import (
	"bytes"
	"encoding/csv"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"teema/coding/pseudonym"
	"teema/message"
	"teema/store"
)

// keyHeaders head a key file's two columns, in the UI's language; a key
// read is recognised by either language's.
var keyHeaders = map[string][2]string{"en": {"Original", "Replacement"}, "fi": {"Alkuperäinen", "Korvaava"}}

// ReadKey reads a key file (.xlsx or .csv): two columns, the original
// word and its replacement, a row each, under an optional header. The
// key is checked (pseudonym.Key.Check): a file that breaks a rule is
// refused whole, naming the row.
func ReadKey(path string) (pseudonym.Key, error) {
	rows, err := readSheet(path)
	if err != nil {
		return nil, err
	}
	if len(rows) > 0 && isKeyHeader(rows[0].Cells) {
		rows = rows[1:]
	}
	var key pseudonym.Key
	wide := false
	for _, r := range rows {
		e := pseudonym.Entry{Row: r.Line, Original: unsafeCell(cellAt(r, 0)), Replacement: unsafeCell(cellAt(r, 1))}
		wide = wide || len(r.Cells) > 1
		key = append(key, e)
	}
	if len(rows) > 0 && !wide {
		return nil, errKeyColumns.New(message.Args{"File": filepath.Base(path), "Row": rows[0].Line})
	}
	return key.Check()
}

func isKeyHeader(cells []string) bool {
	for _, h := range keyHeaders {
		if len(cells) >= 2 && strings.EqualFold(cells[0], h[0]) && strings.EqualFold(cells[1], h[1]) {
			return true
		}
	}
	return false
}

// unsafeCell takes back the apostrophe a key written here put before a
// word a spreadsheet would run as a formula (store.SafeCell).
func unsafeCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@", rune(s[1])) {
		return s[1:]
	}
	return s
}

// KeyWriter writes a key as a file of ext (".xlsx" or ".csv"), headed in
// lang ("fi" or "en").
func KeyWriter(key pseudonym.Key, ext, lang string) (func(io.Writer) error, error) {
	head, ok := keyHeaders[lang]
	if !ok {
		head = keyHeaders["en"]
	}
	rows := [][]string{head[:]}
	for _, e := range key {
		rows = append(rows, []string{e.Original, e.Replacement})
	}
	switch strings.ToLower(ext) {
	case ".xlsx":
		return func(w io.Writer) error { return writeKeyXLSX(w, rows) }, nil
	case ".csv":
		return func(w io.Writer) error { return writeKeyCSV(w, rows) }, nil
	}
	return nil, errKeyFileKind.New(message.Args{"Ext": ext})
}

func writeKeyXLSX(w io.Writer, rows [][]string) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	for i, r := range rows {
		for j, cell := range r {
			name, err := excelize.CoordinatesToCellName(j+1, i+1)
			if err != nil {
				return err
			}
			if err := f.SetCellStr(sheet, name, cell); err != nil {
				return err
			}
		}
	}
	if err := f.SetColWidth(sheet, "A", "B", 30); err != nil {
		return err
	}
	_, err := f.WriteTo(w)
	return err
}

// writeKeyCSV writes the key as Excel in Finland reads a CSV file: UTF-8
// with a byte-order mark, ";" between cells.
func writeKeyCSV(w io.Writer, rows [][]string) error {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	cw := csv.NewWriter(&b)
	cw.Comma = ';'
	for _, r := range rows {
		if err := cw.Write([]string{store.SafeCell(r[0]), store.SafeCell(r[1])}); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

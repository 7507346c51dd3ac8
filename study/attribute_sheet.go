package study

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"teema/message"
)

// What reading a spreadsheet of attributes can run into.
var (
	errSheetKind     = message.New("{{.File}} is not a spreadsheet Teema reads: save it as .xlsx or .csv.")
	errSheetDamaged  = message.New("{{.File}} cannot be read as a spreadsheet: open it in Excel or LibreOffice and save it again as .xlsx or .csv.")
	errSheetNoSheets = message.New("{{.File}} has no sheets.")
)

// sheetRow is a row of a spreadsheet, its cells trimmed; Line is its
// number as the spreadsheet shows it, counted from 1.
type sheetRow struct {
	Line  int
	Cells []string
}

// readSheet reads the first sheet of an .xlsx file, or a .csv file, as
// its rows that hold anything.
func readSheet(path string) ([]sheetRow, error) {
	var rows [][]string
	var err error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		rows, err = readXLSX(path)
	case ".csv":
		rows, err = readCSV(path)
	default:
		return nil, errSheetKind.New(fileArgs(path))
	}
	if err != nil {
		return nil, err
	}
	var out []sheetRow
	for i, cells := range rows {
		blank := true
		for j := range cells {
			cells[j] = strings.TrimSpace(cells[j])
			blank = blank && cells[j] == ""
		}
		if !blank {
			out = append(out, sheetRow{Line: i + 1, Cells: cells})
		}
	}
	return out, nil
}

func readXLSX(path string) ([][]string, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, sheetError(path, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errSheetNoSheets.New(fileArgs(path))
	}
	rows, err := f.GetRows(sheets[0])
	if err != nil {
		return nil, sheetError(path, err)
	}
	return rows, nil
}

// readCSV reads a CSV file as Excel saves it: in Finland with ";" between
// cells (the comma is the decimal mark), in UTF-8 with or without a
// byte-order mark, or in Windows-1252 from older Excel.
func readCSV(path string) ([][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, sheetError(path, err)
	}
	text := decodeCSV(data)
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = separator(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, sheetError(path, err)
	}
	return rows, nil
}

// decodeCSV makes text of a CSV file's bytes: UTF-8 when they are UTF-8
// (a byte-order mark dropped), else Windows-1252.
func decodeCSV(data []byte) string {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if utf8.Valid(data) {
		return string(data)
	}
	text, _ := charmap.Windows1252.NewDecoder().Bytes(data) // every byte is a character in Windows-1252
	return string(text)
}

// separator is the character that parts the cells of the CSV's first
// line that holds anything most often, outside quotes: ";", "," or a tab.
func separator(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range strings.TrimLeft(text, "\r\n") {
		if r == '\n' && !quoted {
			break
		}
		if r == '"' {
			quoted = !quoted
		} else if !quoted {
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// sheetError says a spreadsheet could not be read; a missing file or a
// refused one is said as the system says it.
func sheetError(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return err
	}
	return errSheetDamaged.Wrap(err, fileArgs(path))
}

func fileArgs(path string) message.Args { return message.Args{"File": filepath.Base(path)} }

// Package workbook writes a project's theme matrices and excerpts as an
// Excel workbook laid out like the tables of a Finnish thesis.
package workbook

import (
	"errors"
	"io"

	"teema/coding"
)

// Options choose what the workbook holds.
type Options struct {
	RowsBy   coding.RowsBy    // rows of the theme sheets and counts
	Themes   []int64          // theme sheets to write; empty means every theme
	Lang     string           // "fi" or "en": sheet names and headers
	Findings []coding.Finding // the findings sheet, when not empty
	Title    string           // the project's name
}

// Write writes the workbook to w.
func Write(w io.Writer, c coding.Corpus, o Options) error {
	return errors.New("not implemented")
}

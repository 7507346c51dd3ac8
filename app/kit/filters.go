package kit

import "teema/i18n"

// The kinds of file the tool windows export, for the save dialogs.
// Functions rather than variables: the names follow the language chosen
// at start-up.

// XLSX is an Excel workbook.
func XLSX() Filter { return Filter{Name: i18n.T("Excel workbook"), Exts: []string{".xlsx"}} }

// CSV is a table as comma-separated values.
func CSV() Filter { return Filter{Name: i18n.T("CSV table"), Exts: []string{".csv"}} }

// PNG is a picture.
func PNG() Filter { return Filter{Name: i18n.T("PNG picture"), Exts: []string{".png"}} }

// DOCX is a Word document.
func DOCX() Filter { return Filter{Name: i18n.T("Word document"), Exts: []string{".docx"}} }

package kit

import "teema/app/session"

// Host is what a tool window (matrices, word frequencies, agreement) asks
// of the main window it belongs to.
type Host interface {
	// Session is the open project.
	Session() *session.Session
	// ShowPassage shows text of a document in the main window's
	// transcript and brings that window forward; selected also selects
	// the text, ready to code.
	ShowPassage(docID int64, start, end int, selected bool)
	// ExportReport asks, in the main window, what the Word report holds
	// and where to write it.
	ExportReport()
	// PlayPassage shows text of a document in the main window's
	// transcript and plays its recording from where the text is spoken.
	PlayPassage(docID int64, start, end int)
	// Background runs work off the UI goroutine; the work comes back with
	// fyne.Do. Tests run it inline.
	Background(work func())
}

package app

import "teema/app/session"

// The main window is the host of its tool windows (kit.Host).

// Session is the open project's state.
func (u *UI) Session() *session.Session { return u.s }

// ShowPassage shows text in the transcript and brings the main window
// forward; selected also selects it, ready to code.
func (u *UI) ShowPassage(docID int64, start, end int, selected bool) {
	u.reader.Show(docID, start, end)
	if selected {
		u.reader.view.SetSelection(start, end)
	}
	u.win.RequestFocus()
}

// PlayPassage shows text in the transcript, brings the main window
// forward and plays the transcript's recording from where the text is
// spoken.
func (u *UI) PlayPassage(docID int64, start, end int) {
	u.ShowPassage(docID, start, end, false)
	u.playback.playAt(docID, start)
}

// Background runs work off the UI goroutine; tests run it inline.
func (u *UI) Background(work func()) { u.background(work) }

// ExportReport brings the main window forward with the report dialog.
func (u *UI) ExportReport() {
	u.win.RequestFocus()
	u.exportReport()
}

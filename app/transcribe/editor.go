package transcribe

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"teema/store/importer"
)

// editor is the text being transcribed: an entry of many lines, wrapped
// at words, that hands a transcriber's keys to the window. A focused
// entry takes every key and chord itself (the driver gives the canvas
// none of them), so the keys must be caught here.
type editor struct {
	widget.Entry
	act  func(action)
	seek func(seconds float64) // a time marker was clicked
}

func newEditor(act func(action), seek func(seconds float64)) *editor {
	e := &editor{act: act, seek: seek}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// MouseDown places the caret as usual; a click on a typed time marker
// ([00:12:34]) also takes the recording there, to hear again what was
// typed after it.
func (e *editor) MouseDown(ev *desktop.MouseEvent) {
	e.Entry.MouseDown(ev)
	if ev.Button != desktop.MouseButtonPrimary || e.SelectedText() != "" {
		return
	}
	at := e.CursorTextOffset()
	line := currentLine(e.Text, at)
	rest := e.Text[len(prefix(e.Text, at)):]
	if end := strings.IndexByte(rest, '\n'); end >= 0 {
		rest = rest[:end]
	}
	if s, ok := importer.MarkerAt(line+rest, utf8.RuneCountInString(line)); ok {
		e.seek(s)
	}
}

// TypedKey acts on F4 and F8; other keys type as usual.
func (e *editor) TypedKey(ev *fyne.KeyEvent) {
	if a, ok := keyAction(ev.Name); ok {
		e.act(a)
		return
	}
	e.Entry.TypedKey(ev)
}

// TypedShortcut acts on the transcriber's chords; others (copy, paste,
// undo) do as usual.
func (e *editor) TypedShortcut(sc fyne.Shortcut) {
	if a, ok := shortcutAction(sc); ok {
		e.act(a)
		return
	}
	e.Entry.TypedShortcut(sc)
}

// edit takes back del characters before the caret and types insert
// there, as the keyboard would, so the entry's own undo (Ctrl+Z) takes
// the insertion back like typing.
func (e *editor) edit(del int, insert string) {
	for range del {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	for _, r := range insert {
		if r == '\n' {
			e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			continue
		}
		e.Entry.TypedRune(r)
	}
}

// around is the text before the caret on its line and the text after
// the caret.
func (e *editor) around() (line, after string) {
	at := e.CursorTextOffset()
	before := prefix(e.Text, at)
	return currentLine(e.Text, at), e.Text[len(before):]
}

package matrices

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// headerCell names a column or a row, wrapped, with a note right under
// it such as how many excerpts or interviews it holds.
type headerCell struct {
	widget.BaseWidget
	name *widget.Label
	note *widget.Label
}

func newHeaderCell() *headerCell {
	h := &headerCell{name: widget.NewLabel(""), note: widget.NewLabel("")}
	h.name.Wrapping = fyne.TextWrapWord
	h.name.Truncation = fyne.TextTruncateEllipsis
	h.note.SizeName = theme.SizeNameCaptionText
	h.note.Truncation = fyne.TextTruncateEllipsis
	h.note.Hide()
	h.ExtendBaseWidget(h)
	return h
}

func (h *headerCell) set(name, note string, bold bool) {
	h.name.TextStyle.Bold = bold
	h.name.SetText(name)
	h.note.SetText(note)
	if note == "" {
		h.note.Hide()
	} else {
		h.note.Show()
	}
}

// MinSize is one line: the table sizes its header template into every
// row, and the headers' own sizes are set on the tables.
func (h *headerCell) MinSize() fyne.Size { return h.name.MinSize() }

// CreateRenderer lays out the name and its note.
func (h *headerCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(headerLayout{h}, h.name, h.note))
}

// headerLayout gives the name the lines it wraps to, as far as there is
// room above the note, and puts the note right under it.
type headerLayout struct{ h *headerCell }

func (l headerLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.h.name.MinSize() }

func (l headerLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	var noteH float32
	if l.h.note.Visible() {
		noteH = l.h.note.MinSize().Height - theme.Padding()
	}
	lines := wrappedLines(l.h.name.Text, l.h.name.TextStyle, size.Width)
	// At least a line: a truncating label given less has nothing to
	// truncate to, which Fyne does not survive.
	nameH := max(textHeight(1), min(textHeight(lines), size.Height-noteH))
	l.h.name.Move(fyne.NewPos(0, 0))
	l.h.name.Resize(fyne.NewSize(size.Width, nameH))
	l.h.note.Move(fyne.NewPos(0, nameH-theme.Padding()))
	l.h.note.Resize(fyne.NewSize(size.Width, noteH+theme.Padding()))
}

// wrappedLines counts the lines a label of the given width wraps a text
// to, breaking between words as word wrapping does.
func wrappedLines(text string, style fyne.TextStyle, width float32) int {
	room := width - 2*theme.InnerPadding()
	lines, line := 1, ""
	for _, w := range strings.Fields(text) {
		next := w
		if line != "" {
			next = line + " " + w
		}
		if line != "" && fyne.MeasureText(next, theme.TextSize(), style).Width > room {
			lines++
			next = w
		}
		line = next
	}
	return lines
}

// headerLines is how many lines the longest of some names needs at a
// column width, at most three.
func headerLines(names []string, width float32) int {
	n := 1
	for _, s := range names {
		n = max(n, wrappedLines(s, fyne.TextStyle{Bold: true}, width))
	}
	return min(n, 3)
}

// headerHeight fits a name of some lines and its note.
func headerHeight(lines int) float32 {
	return textHeight(lines) + captionHeight() - theme.Padding()
}

// textHeight is the height of a label of some lines, measured on a real
// label so it follows the theme's text size and padding.
func textHeight(lines int) float32 {
	return widget.NewLabel(strings.Repeat("Åg\n", lines-1) + "Åg").MinSize().Height
}

func captionHeight() float32 {
	l := widget.NewLabel("Åg")
	l.SizeName = theme.SizeNameCaptionText
	return l.MinSize().Height
}

package matrices

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
)

// cellLines is how many lines of a summary a matrix cell shows.
const cellLines = 5

// matrixCell shows a matrix cell's counts and the start of what it will
// say in the thesis table: the summary, or while there is none, its
// excerpts as quotes in italics, so an unwritten cell stands out.
type matrixCell struct {
	widget.BaseWidget
	counts *widget.Label
	text   *widget.Label
}

func newMatrixCell() *matrixCell {
	c := &matrixCell{counts: widget.NewLabel(""), text: widget.NewLabel("")}
	c.counts.SizeName = theme.SizeNameCaptionText
	c.counts.Truncation = fyne.TextTruncateEllipsis
	c.text.Wrapping = fyne.TextWrapWord
	c.text.Truncation = fyne.TextTruncateEllipsis
	c.ExtendBaseWidget(c)
	return c
}

func (c *matrixCell) set(cell coding.Cell, quote func(coding.Excerpt) string) {
	counts := ""
	if len(cell.Excerpts) > 0 {
		counts = excerptCount(len(cell.Excerpts)) + " · " + interviewCount(cell.Docs)
	}
	c.counts.SetText(counts)
	c.text.TextStyle.Italic = strings.TrimSpace(cell.Summary) == ""
	c.text.SetText(coding.CellLines(cell, quote, cellLines))
}

// MinSize makes room for the counts and a few lines of the summary.
func (c *matrixCell) MinSize() fyne.Size {
	return fyne.NewSize(120, captionHeight()+theme.Padding()+textHeight(cellLines))
}

// CreateRenderer puts the counts above the text.
func (c *matrixCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(c.counts, nil, nil, nil, c.text))
}

func excerptCount(n int) string {
	if n == 1 {
		return i18n.T("1 excerpt")
	}
	return i18n.TF("{{.N}} excerpts", map[string]any{"N": n})
}

func interviewCount(n int) string {
	if n == 1 {
		return i18n.T("1 interview")
	}
	return i18n.TF("{{.N}} interviews", map[string]any{"N": n})
}

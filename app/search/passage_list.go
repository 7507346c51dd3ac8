package search

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/study"
)

// passageList is the coding query's passages as a list's data source:
// each passage's interview · speaker · group over two lines of it. A
// passage opens in the main window's transcript.
type passageList struct {
	w        *Window
	passages []coding.Excerpt
	corpus   coding.Corpus
	group    string
	list     *widget.List
}

func newPassageList(w *Window) *passageList {
	l := &passageList{w: w}
	l.list = &widget.List{Length: l.Length, CreateItem: l.CreateItem, UpdateItem: l.UpdateItem, OnSelected: l.selected}
	l.list.ExtendBaseWidget(l.list)
	return l
}

// set shows the passages of an answer.
func (l *passageList) set(passages []coding.Excerpt, c coding.Corpus) {
	l.passages, l.corpus, l.group = passages, c, study.GroupKey(c.Docs)
	l.list.UnselectAll()
	l.list.Refresh()
}

// Length is a row per passage.
func (l *passageList) Length() int { return len(l.passages) }

// CreateItem makes a caption over two lines of text.
func (l *passageList) CreateItem() fyne.CanvasObject {
	src := widget.NewLabel("")
	src.SizeName = theme.SizeNameCaptionText
	src.Truncation = fyne.TextTruncateEllipsis
	return kit.TightVBox(src, kit.Lines(widget.NewLabel(""), 2))
}

// UpdateItem shows a passage.
func (l *passageList) UpdateItem(i widget.ListItemID, o fyne.CanvasObject) {
	e := l.passages[i]
	objs := o.(*fyne.Container).Objects
	objs[0].(*widget.Label).SetText(l.source(e))
	objs[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(e.Text)
}

// source says where a passage is: interview · speaker · group.
func (l *passageList) source(e coding.Excerpt) string {
	d, _ := l.corpus.Doc(e.DocID)
	parts := []string{d.Name}
	for _, s := range []string{l.corpus.Speaker(e), d.Attributes[l.group]} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

func (l *passageList) selected(i widget.ListItemID) {
	if i < len(l.passages) {
		e := l.passages[i]
		l.w.h.ShowPassage(e.DocID, e.Start, e.End, false)
	}
	l.list.UnselectAll()
}

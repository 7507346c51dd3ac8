package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/i18n"
	"teema/store"
)

// findPanel searches the open transcript or the whole project and lists
// the hits with their context; a hit opens its place in the transcript.
type findPanel struct {
	s       *session.Session
	reader  *readerPanel
	content fyne.CanvasObject
	entry   *widget.Entry
	scope   *widget.RadioGroup
	summary *widget.Label
	list    *widget.List
	hits    []store.Hit
}

// maxHits bounds a project-wide search so a common word stays responsive.
const maxHits = 500

func newFindPanel(s *session.Session, reader *readerPanel) *findPanel {
	p := &findPanel{s: s, reader: reader}
	p.entry = widget.NewEntry()
	p.entry.SetPlaceHolder(i18n.T("Find words…"))
	p.entry.OnSubmitted = func(string) { p.search() }
	p.scope = widget.NewRadioGroup([]string{i18n.T("This document"), i18n.T("All documents")}, nil)
	p.scope.SetSelected(i18n.T("This document"))
	p.scope.Required = true
	p.summary = widget.NewLabel("")
	p.summary.Importance = widget.LowImportance
	p.list = &widget.List{Length: p.length, CreateItem: p.createItem, UpdateItem: p.updateItem, OnSelected: p.selected}
	p.list.ExtendBaseWidget(p.list)
	p.scope.OnChanged = func(string) { p.search() }
	top := container.NewVBox(p.entry, p.scope, p.summary)
	p.content = container.NewBorder(top, nil, nil, nil, p.list)
	return p
}

// The list's data source: the hits, each a line of its context.
func (p *findPanel) length() int { return len(p.hits) }

func (p *findPanel) createItem() fyne.CanvasObject {
	rt := widget.NewRichText()
	rt.Wrapping = fyne.TextWrapOff
	rt.Truncation = fyne.TextTruncateEllipsis
	return rt
}

func (p *findPanel) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	p.fill(o.(*widget.RichText), p.hits[i])
}

func (p *findPanel) selected(i widget.ListItemID) {
	h := p.hits[i]
	p.reader.Show(h.DocID, h.Start, h.End)
}

func (p *findPanel) focus(w fyne.Window) { w.Canvas().Focus(p.entry) }

func (p *findPanel) search() {
	p.hits = nil
	q := p.entry.Text
	if q == "" || p.s.Project() == nil {
		p.summary.SetText("")
		p.list.Refresh()
		return
	}
	if p.scope.Selected == i18n.T("All documents") {
		hits, err := p.s.Project().Search(q, maxHits)
		if err != nil {
			p.s.Fail(err)
		}
		p.hits = hits
	} else if d := p.s.Doc(); d != nil {
		for _, h := range store.FindInText(d.Text, q) {
			h.DocID, h.DocName = d.ID, d.Name
			p.hits = append(p.hits, h)
		}
	}
	p.summary.SetText(i18n.TF("{{.N}} found", map[string]any{"N": len(p.hits)}))
	p.list.UnselectAll()
	p.list.Refresh()
}

func (p *findPanel) fill(rt *widget.RichText, h store.Hit) {
	rt.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: h.DocName + ":  ", Style: widget.RichTextStyle{Inline: true, ColorName: "disabled", TextStyle: fyne.TextStyle{Italic: true}}},
		&widget.TextSegment{Text: "…" + kit.OneLine(h.Before, 40) + " ", Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: h.Match, Style: widget.RichTextStyleStrong},
		&widget.TextSegment{Text: " " + kit.OneLine(h.After, 40) + "…", Style: widget.RichTextStyleInline},
	}
	rt.Refresh()
}

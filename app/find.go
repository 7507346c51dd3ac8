package app

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
	"teema/store"
)

// findPanel searches the open transcript or the whole project and lists
// the hits with their context; a hit opens its place in the transcript.
type findPanel struct {
	s       *session.Session
	reader  *readerPanel
	content fyne.CanvasObject
	entry   *kit.FilterEntry
	scope   *widget.RadioGroup
	summary *widget.Label
	list    *widget.List
	hits    []store.Hit
	turns   map[int64][]coding.Turn // each hit document's speaker turns, per search
}

// maxHits bounds a project-wide search so a common word stays responsive.
const maxHits = 500

func newFindPanel(s *session.Session, reader *readerPanel) *findPanel {
	p := &findPanel{s: s, reader: reader}
	p.entry = kit.NewFilterEntry(i18n.T("Find words…"))
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

// The list's data source: the hits, each where it is (document · speaker)
// over the hit in the middle of its context.
func (p *findPanel) length() int { return len(p.hits) }

func (p *findPanel) createItem() fyne.CanvasObject {
	src := widget.NewLabel("")
	src.SizeName = theme.SizeNameCaptionText
	src.Truncation = fyne.TextTruncateEllipsis
	return kit.TightVBox(src, kit.NewKWIC())
}

func (p *findPanel) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	h := p.hits[i]
	objs := o.(*fyne.Container).Objects
	objs[0].(*widget.Label).SetText(p.source(h))
	objs[1].(*kit.KWIC).Set(flat(h.Before), flat(h.Match), flat(h.After))
}

// flat puts a stretch of context on one line, keeping the space at its
// ends that parts it from the hit, or not when the hit is part of a word.
func flat(s string) string {
	out := strings.Join(strings.Fields(s), " ")
	if out == "" {
		return s
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsSpace(r) {
		out = " " + out
	}
	if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		out += " "
	}
	return out
}

// source names the hit's document and who is speaking there.
func (p *findPanel) source(h store.Hit) string {
	turns, ok := p.turns[h.DocID]
	if !ok {
		var err error
		if turns, err = p.s.Project().Turns(h.DocID); err != nil {
			p.s.Fail(err)
		}
		p.turns[h.DocID] = turns
	}
	if sp := coding.SpeakerAt(turns, h.Start); sp != "" {
		return h.DocName + " · " + sp
	}
	return h.DocName
}

func (p *findPanel) selected(i widget.ListItemID) {
	h := p.hits[i]
	p.reader.Show(h.DocID, h.Start, h.End)
}

func (p *findPanel) focus(w fyne.Window) { w.Canvas().Focus(p.entry) }

func (p *findPanel) search() {
	p.hits, p.turns = nil, map[int64][]coding.Turn{}
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
	if len(p.hits) == 1 {
		p.summary.SetText(i18n.T("1 found"))
	} else {
		p.summary.SetText(i18n.TF("{{.N}} found", map[string]any{"N": len(p.hits)}))
	}
	p.list.UnselectAll()
	p.list.Refresh()
}

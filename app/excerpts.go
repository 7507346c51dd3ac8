package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
	"teema/study"
)

// excerptsPanel lists the excerpts of the current code (with its
// sub-codes): where each comes from, and its text. Selecting one shows it
// in full, jumps to it in the transcript, and lets the user copy it as a
// quote for the thesis or choose it to quote in the report.
type excerptsPanel struct {
	s        *session.Session
	reader   *readerPanel
	content  fyne.CanvasObject
	header   *widget.Label
	list     *widget.List
	detail   *widget.Label
	copyBtn  *widget.Button
	playBtn  *widget.Button // plays the excerpt from its recording
	play     func(docID int64, start, end int)
	chosen   *widget.Check // the selected excerpt is quoted in the report
	items    []coding.Excerpt
	docs     map[int64]coding.Document // cache for attribution, per refresh
	updating bool                      // list.Select from update must not act
}

func newExcerptsPanel(s *session.Session, reader *readerPanel) *excerptsPanel {
	p := &excerptsPanel{s: s, reader: reader}
	p.header = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.header.Wrapping = fyne.TextWrapWord
	p.list = &widget.List{Length: p.length, CreateItem: p.createItem, UpdateItem: p.updateItem, OnSelected: p.selected}
	p.list.ExtendBaseWidget(p.list)
	p.detail = widget.NewLabel("")
	p.detail.Wrapping = fyne.TextWrapWord
	p.copyBtn = widget.NewButtonWithIcon(i18n.T("Copy as quote"), theme.ContentCopyIcon(), p.copyQuote)
	p.copyBtn.Disable()
	// Only an icon: the row must fit a narrow column beside Copy as quote.
	p.playBtn = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), p.playExcerpt)
	p.playBtn.Hide()
	p.chosen = widget.NewCheck(i18n.T("Quote in the report"), nil)
	p.chosen.Disable()
	actions := container.NewHBox(p.copyBtn, p.playBtn, p.chosen)
	bottom := container.NewBorder(nil, actions, nil, nil, container.NewVScroll(p.detail))
	split := container.NewVSplit(p.list, bottom)
	split.Offset = 0.65
	p.content = container.NewBorder(p.header, nil, nil, nil, split)
	s.OnChange(p.update)
	return p
}

// The list's data source: the current code's excerpts, each under where
// it comes from.
func (p *excerptsPanel) length() int { return len(p.items) }

// excerptLines is how many lines of its text an excerpt's row shows:
// enough to recognise a passage without opening it.
const excerptLines = 2

func (p *excerptsPanel) createItem() fyne.CanvasObject {
	src := widget.NewLabel("")
	src.SizeName = theme.SizeNameCaptionText
	src.Truncation = fyne.TextTruncateEllipsis
	return kit.TightVBox(src, kit.Lines(widget.NewLabel(""), excerptLines))
}

func (p *excerptsPanel) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	objs := o.(*fyne.Container).Objects
	objs[0].(*widget.Label).SetText(p.source(p.items[i]))
	objs[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(kit.OneLine(p.items[i].Text, 600))
}

func (p *excerptsPanel) update() {
	items, err := p.s.CodeExcerpts()
	if err != nil {
		p.s.Fail(err)
	}
	p.items, p.docs = items, map[int64]coding.Document{}
	switch {
	case p.s.CodeID() == 0:
		p.header.SetText(i18n.T("Click a code to list its excerpts."))
	default:
		p.header.SetText(p.s.Book().Path(p.s.CodeID()) + " — " + i18n.TF("{{.N}} excerpts", map[string]any{"N": len(items)}))
	}
	p.updating = true
	defer func() { p.updating = false }()
	p.list.Refresh()
	for i, e := range items {
		if e.ID == p.s.ExcerptID() {
			p.list.Select(i)
			p.showDetail(&e)
			return
		}
	}
	p.list.UnselectAll()
	p.showDetail(nil)
}

// doc returns what attribution needs of a document, its name and speaker
// turns; the text stays in the project file.
func (p *excerptsPanel) doc(id int64) coding.Document {
	if d, ok := p.docs[id]; ok {
		return d
	}
	d := coding.Document{ID: id}
	if info, ok := p.s.DocInfo(id); ok {
		d.Name = info.Name
	}
	var err error
	if d.Turns, err = p.s.Project().Turns(id); err != nil {
		p.s.Fail(err)
	}
	p.docs[id] = d
	return d
}

// source says where an excerpt comes from: document, speaker, group,
// code; first, whether it is a chosen quote.
func (p *excerptsPanel) source(e coding.Excerpt) string {
	d := p.doc(e.DocID)
	parts := d.Name
	if e.Quote {
		parts = i18n.T("Chosen quote") + " · " + parts
	}
	if sp := coding.SpeakerAt(d.Turns, e.Start); sp != "" {
		parts += " · " + sp
	}
	if info, ok := p.s.DocInfo(e.DocID); ok {
		if g := info.Attributes["ryhmä"]; g != "" {
			parts += " · " + g
		} else if g := info.Attributes["group"]; g != "" {
			parts += " · " + g
		}
	}
	if e.CodeID != p.s.CodeID() {
		if c, ok := p.s.Book().Code(e.CodeID); ok {
			parts += " · " + c.Name
		}
	}
	return parts
}

func (p *excerptsPanel) selected(i widget.ListItemID) {
	if p.updating {
		return
	}
	e := p.items[i]
	p.s.OpenDoc(e.DocID)
	p.s.SelectExcerpt(e.ID)
	p.reader.view.Flash(e.Start, e.End)
}

func (p *excerptsPanel) showDetail(e *coding.Excerpt) {
	p.chosen.OnChanged = nil // showing the mark is not choosing it
	p.showPlay(e)
	if e == nil {
		p.detail.SetText("")
		p.copyBtn.Disable()
		p.chosen.SetChecked(false)
		p.chosen.Disable()
		return
	}
	p.chosen.SetChecked(e.Quote)
	p.chosen.Enable()
	id := e.ID
	p.chosen.OnChanged = func(on bool) { p.s.Do(coding.SetQuote{ID: id, Quote: on}) }
	text := e.Text
	if e.Memo != "" {
		text += "\n\n" + i18n.T("Memo") + ": " + e.Memo
	}
	p.detail.SetText(text)
	p.copyBtn.Enable()
}

// copyQuote puts the selected excerpt on the clipboard as a quote, its
// source named by the project's rule, as the matrix window and the
// workbook name it.
func (p *excerptsPanel) copyQuote() {
	for _, e := range p.items {
		if e.ID == p.s.ExcerptID() {
			q, err := study.Quote(p.s.Project(), e)
			if err != nil {
				p.s.Fail(err)
				return
			}
			p.s.App().Clipboard().SetContent(q)
			p.s.Status(i18n.T("Copied") + ": " + kit.OneLine(q, 80))
		}
	}
}

// showPlay offers Play for an excerpt whose transcript has a recording.
func (p *excerptsPanel) showPlay(e *coding.Excerpt) {
	if e == nil || p.play == nil || !p.s.Recorded(e.DocID) {
		p.playBtn.Hide()
		return
	}
	p.playBtn.Show()
}

// playExcerpt plays the selected excerpt from its place in the recording.
func (p *excerptsPanel) playExcerpt() {
	for _, e := range p.items {
		if e.ID == p.s.ExcerptID() && p.play != nil {
			p.play(e.DocID, e.Start, e.End)
		}
	}
}

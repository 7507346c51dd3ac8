package app

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
)

// docsPanel lists the project's transcripts with a chosen attribute (the
// group), words and excerpts; sorted and filtered.
type docsPanel struct {
	s       *session.Session
	content fyne.CanvasObject
	list    *widget.List
	filter  *kit.FilterEntry
	groupBy *widget.Select
	sortBy  *widget.Select
	shown   []coding.DocumentInfo
}

func newDocsPanel(s *session.Session) *docsPanel {
	p := &docsPanel{s: s}
	p.filter = kit.NewFilterEntry(i18n.T("Filter documents"))
	p.filter.OnChanged = func(string) { p.update() }
	p.groupBy = widget.NewSelect(nil, func(string) { p.update() })
	p.groupBy.PlaceHolder = i18n.T("Group by…")
	// The sort orders, by index: name, group, words, excerpts.
	sorts := []string{i18n.T("Name"), i18n.T("Group"), i18n.T("Words"), i18n.T("Excerpts")}
	p.sortBy = widget.NewSelect(sorts, nil)
	p.sortBy.SetSelectedIndex(0)
	p.sortBy.OnChanged = func(string) { p.update() }
	p.list = &widget.List{Length: p.length, CreateItem: p.createItem, UpdateItem: p.updateItem}
	p.list.ExtendBaseWidget(p.list)
	title := widget.NewLabelWithStyle(i18n.T("Documents"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	tools := container.NewGridWithColumns(2, p.groupBy, p.sortBy)
	// The title shares a line with the filter: every line of header is a
	// document fewer in view.
	top := container.NewVBox(container.NewBorder(nil, nil, title, nil, p.filter), tools)
	p.content = container.NewBorder(top, nil, nil, nil, p.list)
	s.OnChange(p.update)
	return p
}

// The list's data source: the documents the filter lets through, in the
// order chosen.
func (p *docsPanel) length() int { return len(p.shown) }

func (p *docsPanel) createItem() fyne.CanvasObject { return newDocRow(p) }

func (p *docsPanel) updateItem(i widget.ListItemID, o fyne.CanvasObject) { o.(*docRow).set(p.shown[i]) }

// update rebuilds the shown rows from the session.
func (p *docsPanel) update() {
	p.updateGroupChoices()
	p.shown = p.shown[:0]
	for _, d := range p.s.Docs() {
		if kit.Matches(d.Name+" "+coding.AttributeLine(d.Attributes, ": ", " · "), p.filter.Text) {
			p.shown = append(p.shown, d)
		}
	}
	key := p.groupKey()
	by := p.sortBy.SelectedIndex()
	sort.SliceStable(p.shown, func(i, j int) bool {
		a, b := p.shown[i], p.shown[j]
		switch by {
		case 1:
			return a.Attributes[key] < b.Attributes[key]
		case 2:
			return a.Words > b.Words
		case 3:
			return a.Excerpts > b.Excerpts
		}
		return strings.ToLower(a.Name) < strings.ToLower(b.Name)
	})
	p.list.Refresh()
}

func (p *docsPanel) groupKey() string { return p.groupBy.Selected }

// updateGroupChoices offers every attribute name in the project; the
// first study attribute found becomes the default group.
func (p *docsPanel) updateGroupChoices() {
	keys := coding.AttributeKeys(p.s.Docs())
	p.groupBy.Options = keys
	if p.groupBy.Selected == "" && len(keys) > 0 {
		def := keys[0]
		for _, k := range keys {
			if k == "ryhmä" || k == "group" {
				def = k
			}
		}
		p.groupBy.Selected = def
	}
	p.groupBy.Refresh()
}

func (p *docsPanel) rename(id int64) {
	d, ok := p.s.DocInfo(id)
	if !ok {
		return
	}
	entry := widget.NewEntry()
	entry.SetText(d.Name)
	kit.ShowForm(i18n.T("Rename document"), i18n.T("Rename"), i18n.T("Cancel"),
		[]*widget.FormItem{widget.NewFormItem(i18n.T("Name"), entry)}, func(ok bool) {
			if !ok {
				return
			}
			p.s.Do(coding.RenameDocument{DocID: id, Name: entry.Text})
		}, p.s.Window())
}

// remove deletes a document after the user confirms; the question says
// what goes with it, and how to get it back.
func (p *docsPanel) remove(id int64) {
	d, ok := p.s.DocInfo(id)
	if !ok {
		return
	}
	msg := i18n.TF("Delete {{.Name}} and its {{.N}} codings? Edit → Undo puts them back.", map[string]any{"Name": d.Name, "N": d.Excerpts})
	dialog.ShowConfirm(i18n.T("Delete document"), msg, func(ok bool) {
		if !ok {
			return
		}
		p.s.Do(coding.DeleteDocument{DocID: id})
	}, p.s.Window())
}

// docRow is one document in the list: name, then group, words, excerpts.
type docRow struct {
	widget.BaseWidget
	p      *docsPanel
	id     int64
	name   *widget.Label
	detail *widget.Label
}

func newDocRow(p *docsPanel) *docRow {
	r := &docRow{p: p, name: widget.NewLabel(""), detail: widget.NewLabel("")}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.detail.SizeName = theme.SizeNameCaptionText
	r.ExtendBaseWidget(r)
	return r
}

func (r *docRow) set(d coding.DocumentInfo) {
	r.id = d.ID
	setLabel(r.name, d.Name, r.p.s.Doc() != nil && r.p.s.Doc().ID == d.ID)
	var parts []string
	if g := d.Attributes[r.p.groupKey()]; g != "" {
		parts = append(parts, g)
	}
	parts = append(parts, i18n.TF("{{.N}} words", map[string]any{"N": d.Words}), i18n.TF("{{.N}} excerpts", map[string]any{"N": d.Excerpts}))
	setLabel(r.detail, strings.Join(parts, " · "), r.detail.TextStyle.Bold)
}

// Tapped opens the document.
func (r *docRow) Tapped(*fyne.PointEvent) { r.p.s.OpenDoc(r.id) }

// TappedSecondary offers the document's actions.
func (r *docRow) TappedSecondary(ev *fyne.PointEvent) {
	m := fyne.NewMenu("",
		fyne.NewMenuItem(i18n.T("Open"), func() { r.p.s.OpenDoc(r.id) }),
		fyne.NewMenuItem(i18n.T("Rename document…"), func() { r.p.rename(r.id) }),
		fyne.NewMenuItem(i18n.T("Delete document…"), func() { r.p.remove(r.id) }),
	)
	widget.ShowPopUpMenuAtPosition(m, r.p.s.Window().Canvas(), ev.AbsolutePosition)
}

// CreateRenderer stacks the name over the details, compact.
func (r *docRow) CreateRenderer() fyne.WidgetRenderer {
	box := kit.TightVBox(kit.Compact(r.name), kit.Compact(r.detail))
	return widget.NewSimpleRenderer(box)
}

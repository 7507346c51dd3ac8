package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
)

// codeBookPanel shows the code book as a tree of themes and sub-themes
// with colour swatches and excerpt counts, filtered as the user types.
type codeBookPanel struct {
	s        *session.Session
	content  fyne.CanvasObject
	tree     *widget.Tree
	filter   *kit.FilterEntry
	empty    fyne.CanvasObject
	visible  map[int64]bool // nil: no filter
	onTapped func(id int64)
}

func newCodeBookPanel(s *session.Session) *codeBookPanel {
	p := &codeBookPanel{s: s, onTapped: s.SelectCode}
	p.filter = kit.NewFilterEntry(i18n.T("Filter codes"))
	p.filter.OnChanged = func(string) { p.update() }
	p.tree = widget.NewTree(p.childUIDs, p.isBranch,
		func(bool) fyne.CanvasObject { return newCodeItem(p) },
		func(uid widget.TreeNodeID, _ bool, o fyne.CanvasObject) { o.(*codeItem).set(p.codeOf(uid)) })
	tools := widget.NewToolbar(
		widget.NewToolbarAction(theme.ContentAddIcon(), func() { p.addCode(0) }),
		widget.NewToolbarAction(theme.ListIcon(), p.addSubTheme),
		widget.NewToolbarAction(theme.DocumentCreateIcon(), func() { p.edit(p.s.CodeID()) }),
		widget.NewToolbarAction(theme.DeleteIcon(), func() { p.remove(p.s.CodeID()) }),
	)
	title := widget.NewLabelWithStyle(i18n.T("Code book"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewVBox(container.NewBorder(nil, nil, title, tools), p.filter)
	p.empty = p.emptyState()
	p.content = container.NewBorder(top, nil, nil, nil, container.NewStack(p.tree, p.empty))
	s.OnChange(p.update)
	return p
}

// emptyState offers the two ways to start a code book.
func (p *codeBookPanel) emptyState() fyne.CanvasObject {
	hint := widget.NewLabel(i18n.T("The code book is empty. Add themes one by one, or start from the Calpro study's eight themes."))
	hint.Wrapping = fyne.TextWrapWord
	return container.NewVBox(hint,
		widget.NewButtonWithIcon(i18n.T("New theme…"), theme.ContentAddIcon(), func() { p.addCode(0) }),
		widget.NewButton(i18n.T("Add the Calpro code book"), p.addCalpro))
}

func uid(id int64) string { return strconv.FormatInt(id, 10) }

func (p *codeBookPanel) codeOf(u widget.TreeNodeID) coding.Code {
	id, _ := strconv.ParseInt(u, 10, 64)
	c, _ := p.s.Book().Code(id)
	return c
}

func (p *codeBookPanel) childUIDs(u widget.TreeNodeID) []widget.TreeNodeID {
	var parent int64
	if u != "" {
		parent = p.codeOf(u).ID
	}
	var out []string
	for _, id := range p.s.Book().Children(parent) {
		if p.visible == nil || p.visible[id] {
			out = append(out, uid(id))
		}
	}
	return out
}

func (p *codeBookPanel) isBranch(u widget.TreeNodeID) bool {
	return u == "" || len(p.childUIDs(u)) > 0
}

// update applies the filter: a code is shown when its path matches, and
// so are its ancestors, so matches keep their context.
func (p *codeBookPanel) update() {
	q := strings.TrimSpace(p.filter.Text)
	p.visible = nil
	if q != "" {
		p.visible = map[int64]bool{}
		p.s.Book().Walk(func(c coding.Code, _ int) {
			if !kit.Matches(p.s.Book().Path(c.ID), q) {
				return
			}
			for id := c.ID; id != 0; {
				p.visible[id] = true
				parent, _ := p.s.Book().Code(id)
				id = parent.ParentID
			}
		})
	}
	if p.s.Book().Len() == 0 {
		p.tree.Hide()
		p.empty.Show()
		return
	}
	p.empty.Hide()
	p.tree.Show()
	p.tree.Refresh()
	p.tree.OpenAllBranches()
}

// codeItem is one code in the tree: swatch, name, count and pin key.
// Tapping it codes the selected text (or makes the code current).
type codeItem struct {
	widget.BaseWidget
	p      *codeBookPanel
	code   coding.Code
	swatch *colorSwatch
	name   *widget.Label
	count  *widget.Label
}

func newCodeItem(p *codeBookPanel) *codeItem {
	it := &codeItem{p: p, swatch: newColorSwatch(), name: widget.NewLabel(""), count: widget.NewLabel("")}
	it.name.Truncation = fyne.TextTruncateEllipsis
	it.ExtendBaseWidget(it)
	return it
}

func (it *codeItem) set(c coding.Code) {
	it.code = c
	it.swatch.setColor(parseColor(c.Color))
	label := strconv.Itoa(it.p.s.TotalCount(c.ID))
	for i, id := range it.p.s.Pins() {
		if id == c.ID {
			label = "[" + strconv.Itoa(i+1) + "]  " + label
		}
	}
	setLabel(it.name, c.Name, c.ID == it.p.s.CodeID())
	setLabel(it.count, label, it.count.TextStyle.Bold)
}

// setLabel refreshes a label only when its text or weight changes: every
// coding refreshes every row of the code book and the documents list, and
// refreshing a truncated label shapes its text again (#8).
func setLabel(l *widget.Label, text string, bold bool) {
	if l.Text == text && l.TextStyle.Bold == bold {
		return
	}
	l.Text, l.TextStyle.Bold = text, bold
	l.Refresh()
}

// Tapped codes the selection with this code, or selects the code.
func (it *codeItem) Tapped(*fyne.PointEvent) { it.p.onTapped(it.code.ID) }

// TappedSecondary shows the code's actions.
func (it *codeItem) TappedSecondary(ev *fyne.PointEvent) {
	widget.ShowPopUpMenuAtPosition(it.p.menuFor(it.code.ID), it.p.s.Window().Canvas(), ev.AbsolutePosition)
}

// CreateRenderer lays out swatch, name and count in one line, compact.
func (it *codeItem) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(kit.Compact(container.NewBorder(nil, nil, container.NewCenter(it.swatch), it.count, it.name)))
}

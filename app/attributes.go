package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
)

// attrTable edits document attributes in place: one row per document, one
// column per attribute. Each edited cell is saved as an undoable change.
type attrTable struct {
	s     *session.Session
	win   fyne.Window
	table *widget.Table
	keys  []string
	cells []*attrCell
}

func (u *UI) showAttributes() {
	t := &attrTable{s: u.s, win: u.win}
	t.loadKeys()
	t.table = widget.NewTable(t.size, t.create, t.update)
	t.table.ShowHeaderRow = true
	t.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col == 0 {
			o.(*widget.Label).SetText(i18n.T("Document"))
			return
		}
		o.(*widget.Label).SetText(t.keys[id.Col-1])
	}
	t.sizeColumns()
	add := widget.NewButton(i18n.T("New attribute…"), func() {
		entry := widget.NewEntry()
		dialog.ShowForm(i18n.T("New attribute"), i18n.T("Add"), i18n.T("Cancel"), []*widget.FormItem{widget.NewFormItem(i18n.T("Name"), entry)}, func(ok bool) {
			if ok && entry.Text != "" {
				t.keys = append(t.keys, entry.Text)
				t.table.SetColumnWidth(len(t.keys), 150)
				t.table.Refresh()
			}
		}, u.win)
	})
	fromSheet := widget.NewButton(i18n.T("Import from a spreadsheet…"), func() { kit.OpenFile(u.win, sheetFilter(), t.importSheet) })
	hint := widget.NewLabel(i18n.T("Type a value in a cell; it is saved as you type. An empty cell removes the attribute."))
	hint.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(add, fromSheet)
	d := dialog.NewCustom(i18n.T("Attributes"), i18n.T("Close"), container.NewBorder(hint, buttons, nil, nil, t.table), u.win)
	d.SetOnClosed(t.flush)
	d.Resize(fyne.NewSize(900, 520))
	d.Show()
	// The table lays out its cells for the size the dialog gives it.
	t.table.Refresh()
}

func (t *attrTable) loadKeys() { t.keys = coding.AttributeKeys(t.s.Docs()) }

// sizeColumns gives the names and each attribute room.
func (t *attrTable) sizeColumns() {
	t.table.SetColumnWidth(0, 180)
	for i := range t.keys {
		t.table.SetColumnWidth(i+1, 150)
	}
}

func (t *attrTable) size() (int, int) { return len(t.s.Docs()), len(t.keys) + 1 }

func (t *attrTable) create() fyne.CanvasObject {
	c := newAttrCell(t)
	t.cells = append(t.cells, c)
	return c
}

// flush saves what is still waiting for its timer when the dialog closes.
func (t *attrTable) flush() {
	for _, c := range t.cells {
		if c.wait.Stop() {
			c.save()
		}
	}
}

func (t *attrTable) update(id widget.TableCellID, o fyne.CanvasObject) {
	o.(*attrCell).bind(id)
}

// attrCell shows a document name (first column) or an editable value.
type attrCell struct {
	widget.BaseWidget
	t     *attrTable
	label *widget.Label
	entry *widget.Entry
	id    widget.TableCellID
	wait  kit.Debounce
}

func newAttrCell(t *attrTable) *attrCell {
	c := &attrCell{t: t, label: widget.NewLabel(""), entry: widget.NewEntry(), wait: kit.NewDebounce(t.s)}
	c.label.Truncation = fyne.TextTruncateEllipsis
	c.entry.OnChanged = func(string) { c.wait.Schedule(c.save) }
	c.entry.OnSubmitted = func(string) { c.save() }
	c.ExtendBaseWidget(c)
	return c
}

func (c *attrCell) bind(id widget.TableCellID) {
	if c.wait.Stop() {
		c.save() // the cell is being reused: keep what was typed
	}
	c.id = id
	d := c.t.s.Docs()[id.Row]
	if id.Col == 0 {
		c.label.SetText(d.Name)
		c.label.Show()
		c.entry.Hide()
		return
	}
	c.label.Hide()
	c.entry.Show()
	c.entry.OnChanged = nil
	c.entry.SetText(d.Attributes[c.t.keys[id.Col-1]])
	c.entry.OnChanged = func(string) { c.wait.Schedule(c.save) }
}

func (c *attrCell) save() {
	c.wait.Stop()
	if c.id.Col == 0 || c.id.Row >= len(c.t.s.Docs()) {
		return
	}
	d := c.t.s.Docs()[c.id.Row]
	key := c.t.keys[c.id.Col-1]
	if d.Attributes[key] == c.entry.Text {
		return
	}
	c.t.s.Do(coding.SetAttribute{DocID: d.ID, Key: key, Value: c.entry.Text})
}

// CreateRenderer stacks the label and the entry; one is hidden.
func (c *attrCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.label, c.entry))
}

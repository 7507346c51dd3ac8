package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/i18n"
)

// Checklist lets the user tick items of a list (files to import, codes to
// compare), with a filter and Select all / none. It keeps its own record
// of what is ticked, apart from the labels, so ticking never changes the
// list itself.
type Checklist struct {
	labels  []string
	ticked  []bool
	shown   []int // indexes of the items the filter lets through
	list    *widget.List
	filter  *widget.Entry
	content fyne.CanvasObject
	// OnChanged hears every tick and untick.
	OnChanged func()
}

// NewChecklist lists labels, ticking those for which ticked says so.
func NewChecklist(labels []string, ticked func(i int) bool) *Checklist {
	c := &Checklist{labels: labels, ticked: make([]bool, len(labels))}
	for i := range labels {
		c.ticked[i] = ticked != nil && ticked(i)
	}
	c.list = &widget.List{Length: c.length, CreateItem: c.createItem, UpdateItem: c.updateItem}
	c.list.ExtendBaseWidget(c.list)
	c.filter = widget.NewEntry()
	c.filter.SetPlaceHolder(i18n.T("Filter"))
	c.filter.OnChanged = func(string) { c.applyFilter() }
	all := widget.NewButton(i18n.T("Select all"), func() { c.setShown(true) })
	none := widget.NewButton(i18n.T("Select none"), func() { c.setShown(false) })
	top := container.NewBorder(nil, nil, nil, container.NewHBox(all, none), c.filter)
	c.content = container.NewBorder(top, nil, nil, nil, c.list)
	c.applyFilter()
	return c
}

// Content is the checklist's widgets.
func (c *Checklist) Content() fyne.CanvasObject { return c.content }

// Ticked returns the indexes of the ticked items, in list order.
func (c *Checklist) Ticked() []int {
	var out []int
	for i, t := range c.ticked {
		if t {
			out = append(out, i)
		}
	}
	return out
}

// Label is item i's label.
func (c *Checklist) Label(i int) string { return c.labels[i] }

// SetTicked ticks or unticks item i.
func (c *Checklist) SetTicked(i int, on bool) {
	c.ticked[i] = on
	c.list.Refresh()
	if c.OnChanged != nil {
		c.OnChanged()
	}
}

// Filter is the filter's entry, for focusing it.
func (c *Checklist) Filter() *widget.Entry { return c.filter }

func (c *Checklist) applyFilter() {
	c.shown = c.shown[:0]
	for i, l := range c.labels {
		if Matches(l, c.filter.Text) {
			c.shown = append(c.shown, i)
		}
	}
	c.list.Refresh()
}

// setShown ticks or unticks every item the filter shows.
func (c *Checklist) setShown(on bool) {
	for _, i := range c.shown {
		c.ticked[i] = on
	}
	c.list.Refresh()
	if c.OnChanged != nil {
		c.OnChanged()
	}
}

func (c *Checklist) length() int { return len(c.shown) }

func (c *Checklist) createItem() fyne.CanvasObject { return widget.NewCheck("", nil) }

func (c *Checklist) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	i := c.shown[id]
	check := o.(*widget.Check)
	check.OnChanged = nil
	check.Text = c.labels[i]
	check.SetChecked(c.ticked[i])
	check.OnChanged = func(on bool) { c.SetTicked(i, on) }
}

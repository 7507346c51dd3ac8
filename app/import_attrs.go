package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/coding"
	"teema/i18n"
)

// importAttrs gives every file of an import the same attributes, as
// teema-cli import --attr does: a folder is often one group's interviews.
// Each row is a name, offering the project's own, and a value.
type importAttrs struct {
	keys    []string
	rows    *fyne.Container
	content fyne.CanvasObject
}

func newImportAttrs(keys []string) *importAttrs {
	a := &importAttrs{keys: keys, rows: container.NewVBox()}
	a.add()
	more := widget.NewButtonWithIcon(i18n.T("Another attribute"), theme.ContentAddIcon(), a.add)
	more.Importance = widget.LowImportance
	head := widget.NewLabel(i18n.T("Attributes for every file imported (optional)"))
	a.content = container.NewVBox(head, a.rows, container.NewHBox(more))
	return a
}

// add adds a row for one more attribute.
func (a *importAttrs) add() {
	key := widget.NewSelectEntry(a.keys)
	key.SetPlaceHolder(i18n.T("Attribute, e.g. ryhmä"))
	value := widget.NewEntry()
	value.SetPlaceHolder(i18n.T("Value, e.g. Kunnat"))
	a.rows.Add(container.NewGridWithColumns(2, key, value))
}

// values are the attributes the rows give, those with a name and a value.
func (a *importAttrs) values() map[string]string {
	out := map[string]string{}
	for _, row := range a.rows.Objects {
		fields := row.(*fyne.Container).Objects
		key, err := coding.AttributeKey(fields[0].(*widget.SelectEntry).Text)
		value := strings.TrimSpace(fields[1].(*widget.Entry).Text)
		if err == nil && value != "" {
			out[key] = value
		}
	}
	return out
}

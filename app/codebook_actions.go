package app

import (
	"fmt"
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/assets"
	"teema/coding"
	"teema/i18n"
)

func (p *codeBookPanel) menuFor(id int64) *fyne.Menu {
	pin := fyne.NewMenuItem(i18n.T("Pin to key"), nil)
	var keys []*fyne.MenuItem
	for n := 1; n <= 9; n++ {
		keys = append(keys, fyne.NewMenuItem(strconv.Itoa(n), func() { p.s.Pin(n, id) }))
	}
	pin.ChildMenu = fyne.NewMenu("", keys...)
	return fyne.NewMenu("",
		fyne.NewMenuItem(i18n.T("Show excerpts"), func() { p.s.SelectCode(id) }),
		fyne.NewMenuItem(i18n.T("New sub-theme…"), func() { p.addCode(p.s.Book().Theme(id).ID) }),
		fyne.NewMenuItem(i18n.T("New code under this code…"), func() { p.addCode(id) }),
		fyne.NewMenuItem(i18n.T("Edit code…"), func() { p.edit(id) }),
		fyne.NewMenuItem(i18n.T("Move…"), func() { p.move(id) }),
		fyne.NewMenuItem(i18n.T("Merge into…"), func() { p.merge(id) }),
		pin,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(i18n.T("Delete…"), func() { p.remove(id) }),
	)
}

// addSubTheme adds a sub-theme to the current code's theme. The matrices
// show themes and their sub-themes, so the ordinary command never makes a
// third level, even when the current code is a sub-theme.
func (p *codeBookPanel) addSubTheme() {
	if p.s.CodeID() == 0 {
		dialog.ShowInformation(i18n.T("New sub-theme"), i18n.T("First click the theme the new sub-theme belongs to."), p.s.Window())
		return
	}
	p.addCode(p.s.Book().Theme(p.s.CodeID()).ID)
}

// addUnder adds a code under the current code, a level deeper. It is a
// command of its own because the matrices show two levels: a third is made
// on purpose, never by a sub-theme landing under a sub-theme.
func (p *codeBookPanel) addUnder() {
	if p.s.CodeID() == 0 {
		dialog.ShowInformation(i18n.T("New code under the selected code"), i18n.T("First click the code the new code belongs under."), p.s.Window())
		return
	}
	p.addCode(p.s.CodeID())
}

// addCode asks for a name and description and adds a code under parent.
func (p *codeBookPanel) addCode(parent int64) {
	name, desc := widget.NewEntry(), kit.TextArea(4)
	title := i18n.T("New theme")
	if c, _ := p.s.Book().Code(parent); parent != 0 && c.ParentID == 0 {
		title = i18n.TF("New sub-theme of {{.Parent}}", map[string]any{"Parent": p.s.Book().Path(parent)})
	} else if parent != 0 {
		title = i18n.TF("New code under {{.Parent}}", map[string]any{"Parent": p.s.Book().Path(parent)})
	}
	kit.ShowForm(title, i18n.T("Add"), i18n.T("Cancel"), []*widget.FormItem{
		widget.NewFormItem(i18n.T("Name"), name),
		widget.NewFormItem(i18n.T("Definition"), desc),
	}, func(ok bool) {
		if !ok {
			return
		}
		var added coding.Code
		if p.s.Do(coding.AddCode{ParentID: parent, Name: name.Text, Description: desc.Text, Added: &added}) {
			p.s.SelectCode(added.ID)
		}
	}, p.s.Window())
}

// edit renames, recolours and describes a code in one dialog.
func (p *codeBookPanel) edit(id int64) {
	c, ok := p.s.Book().Code(id)
	if !ok {
		return
	}
	name, desc := widget.NewEntry(), kit.TextArea(4)
	name.SetText(c.Name)
	desc.SetText(c.Description)
	chosen := c.Color
	swatch := newColorSwatch()
	swatch.setColor(parseColor(chosen))
	pick := widget.NewButton(i18n.T("Choose colour…"), func() {
		picker := dialog.NewColorPicker(i18n.T("Colour"), c.Name, func(col color.Color) {
			chosen = hexColor(col)
			swatch.setColor(col)
		}, p.s.Window())
		picker.Advanced = true
		picker.Show()
	})
	kit.ShowForm(i18n.T("Edit code"), i18n.T("Save"), i18n.T("Cancel"), []*widget.FormItem{
		widget.NewFormItem(i18n.T("Name"), name),
		widget.NewFormItem(i18n.T("Colour"), container.NewHBox(swatch, pick)),
		widget.NewFormItem(i18n.T("Definition"), desc),
	}, func(ok bool) {
		if ok {
			p.s.Do(coding.UpdateCode{Code: coding.Code{ID: id, Name: name.Text, Color: chosen, Description: desc.Text}})
		}
	}, p.s.Window())
}

// remove deletes a code after the user confirms, saying what goes with it.
func (p *codeBookPanel) remove(id int64) {
	if _, ok := p.s.Book().Code(id); !ok {
		return
	}
	msg := i18n.TF("Delete {{.Code}}, its {{.Subs}} sub-codes and {{.N}} codings? Ctrl+Z brings them back.",
		map[string]any{"Code": p.s.Book().Path(id), "Subs": len(p.s.Book().Subtree(id)) - 1, "N": p.s.TotalCount(id)})
	dialog.ShowConfirm(i18n.T("Delete code"), msg, func(ok bool) {
		if ok {
			p.s.Do(coding.DeleteCode{ID: id})
		}
	}, p.s.Window())
}

// choose asks the user to pick a code (or, with top, the top level).
func (p *codeBookPanel) choose(title string, exclude int64, top bool, then func(id int64)) {
	var ids []int64
	var labels []string
	if top {
		ids, labels = append(ids, 0), append(labels, i18n.T("(top level: a theme)"))
	}
	// A code can be neither moved nor merged into itself or its sub-codes.
	skip := map[int64]bool{}
	if exclude != 0 {
		for _, d := range p.s.Book().Subtree(exclude) {
			skip[d] = true
		}
	}
	p.s.Book().Walk(func(c coding.Code, _ int) {
		if !skip[c.ID] {
			ids, labels = append(ids, c.ID), append(labels, p.s.Book().Path(c.ID))
		}
	})
	list := widget.NewSelect(labels, nil)
	kit.ShowForm(title, i18n.T("OK"), i18n.T("Cancel"), []*widget.FormItem{widget.NewFormItem(i18n.T("Code"), list)}, func(ok bool) {
		if ok && list.SelectedIndex() >= 0 {
			then(ids[list.SelectedIndex()])
		}
	}, p.s.Window())
}

func (p *codeBookPanel) move(id int64) {
	p.choose(i18n.TF("Move {{.Code}} under…", map[string]any{"Code": p.s.Book().Path(id)}), id, true, func(parent int64) {
		p.s.Do(coding.MoveCode{ID: id, ParentID: parent, Order: len(p.s.Book().Children(parent))})
	})
}

func (p *codeBookPanel) merge(id int64) {
	p.choose(i18n.TF("Merge {{.Code}} into…", map[string]any{"Code": p.s.Book().Path(id)}), id, false, func(into int64) {
		p.s.Do(coding.MergeCode{From: id, Into: into})
	})
}

// addCalpro adds the Calpro study's code book in one undoable step.
func (p *codeBookPanel) addCalpro() {
	raw, err := assets.Template("calpro")
	if err == nil {
		var t coding.Template
		if t, err = coding.ParseTemplate(raw); err == nil {
			p.s.Do(coding.ApplyTemplate{Template: t})
			return
		}
	}
	p.s.Fail(fmt.Errorf("calpro template: %w", err))
}

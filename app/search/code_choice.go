package search

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/coding"
	"teema/coding/autocode"
	"teema/i18n"
	"teema/message"
)

// newCodeOption is the code choice that asks for a new code's path.
const newCodeOption = "New code…"

var errNoParent = message.New("There is no code {{.Code}} to put {{.Name}} under: choose an existing code's path, or a name alone for a new theme.")

// codeChoice chooses the code to code with: one of the project's, by
// path, or a new one typed.
type codeChoice struct {
	w       *Window
	sel     *widget.Select
	ids     map[string]int64 // path → id
	newPath string           // the new code typed, "" when an existing one is chosen
}

func newCodeChoice(w *Window, changed func()) *codeChoice {
	c := &codeChoice{w: w, ids: map[string]int64{}}
	c.sel = widget.NewSelect(nil, func(label string) {
		if label == i18n.T(newCodeOption) {
			c.askNew(changed)
			return
		}
		if _, ok := c.ids[label]; ok {
			c.newPath = ""
		}
		changed()
	})
	c.sel.PlaceHolder = i18n.T("Choose a code")
	return c
}

// refresh offers the code book's codes, keeping the choice while it
// exists.
func (c *codeChoice) refresh(book *coding.CodeBook) {
	c.ids = map[string]int64{}
	var options []string
	book.Walk(func(code coding.Code, _ int) {
		p := book.Path(code.ID)
		c.ids[p] = code.ID
		options = append(options, p)
	})
	c.sel.Options = append(options, i18n.T(newCodeOption))
	if _, ok := c.ids[c.sel.Selected]; !ok && c.newPath == "" {
		c.sel.Selected = ""
	}
	c.sel.Refresh()
}

// askNew asks for a new code's path.
func (c *codeChoice) askNew(changed func()) {
	e := widget.NewEntry()
	e.SetPlaceHolder(i18n.T("Theme/New code"))
	kit.ShowForm(i18n.T(newCodeOption), i18n.T("Choose"), i18n.T("Cancel"), []*widget.FormItem{widget.NewFormItem(i18n.T("Code"), e)},
		func(ok bool) {
			path := strings.TrimSpace(e.Text)
			if existing, found := c.ids[path]; ok && found && existing != 0 {
				c.sel.SetSelected(path)
				return
			}
			if ok && path != "" {
				c.newPath = path
			}
			c.sel.Selected = c.label()
			c.sel.Refresh()
			changed()
		}, c.w.win)
}

// label is what the Select shows for the choice.
func (c *codeChoice) label() string {
	if c.newPath != "" {
		return i18n.TF("New code: {{.Code}}", map[string]any{"Code": c.newPath})
	}
	if _, ok := c.ids[c.sel.Selected]; ok {
		return c.sel.Selected
	}
	return ""
}

// chosen is the code chosen (0 for a new one), and its path; ok is false
// when none is.
func (c *codeChoice) chosen() (id int64, path string, ok bool) {
	if c.newPath != "" {
		return 0, c.newPath, true
	}
	id, ok = c.ids[c.sel.Selected]
	return id, c.sel.Selected, ok
}

// change is the step that codes a plan with the chosen code, adding the
// code first when it is new.
func (c *codeChoice) change(pl autocode.Plan) (coding.Change, error) {
	if c.newPath == "" {
		return pl.Change(), nil
	}
	names, err := coding.SplitPath(c.newPath)
	if err != nil {
		return nil, err
	}
	parent := int64(0)
	if len(names) > 1 {
		p, ok := c.w.s.Book().Lookup(strings.Join(names[:len(names)-1], coding.PathSep))
		if !ok {
			return nil, errNoParent.New(message.Args{"Code": strings.Join(names[:len(names)-1], coding.PathSep), "Name": names[len(names)-1]})
		}
		parent = p.ID
	}
	return autocode.NewCode{ParentID: parent, Name: names[len(names)-1], Plan: pl}, nil
}

// done chooses a new code by its path once it is made: the code book
// has it now.
func (c *codeChoice) done() {
	if c.newPath != "" {
		c.sel.Selected, c.newPath = c.newPath, ""
		c.sel.Refresh()
	}
}

// content is the Select, as wide as its longest path.
func (c *codeChoice) content() fyne.CanvasObject { return kit.FitSelect(c.sel) }

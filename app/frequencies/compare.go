package frequencies

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/i18n"
	"teema/store"
	"teema/store/workbook"
	"teema/study"
)

// compareTab sets two groups of interviews side by side (Kunnat against
// Yhteisöt): which words characterise each, by log-likelihood keyness,
// with the same word forms and stop words as the count.
type compareTab struct {
	w    *Window
	tab  *container.TabItem
	attr *widget.Select
	a, b *widget.Select
	run  *widget.Button
	note *widget.Label
	keys keyTable
	tbl  *widget.Table
	gen  int // the latest comparison; older results are dropped
}

func newCompareTab(w *Window) *compareTab {
	c := &compareTab{w: w}
	c.a = widget.NewSelect(nil, nil)
	c.b = widget.NewSelect(nil, nil)
	c.attr = widget.NewSelect(nil, func(string) { c.fillValues() })
	c.run = widget.NewButton(i18n.T("Compare"), c.compare)
	c.note = widget.NewLabel(i18n.T("Choose an attribute and two of its values."))
	c.note.Wrapping = fyne.TextWrapWord
	c.tbl = c.keys.newTable()
	c.tbl.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(c.keys.c.Keys) {
			w.openWord(c.keys.c.Keys[id.Row].Word)
		}
	}
	top := container.NewHBox(widget.NewLabel(i18n.T("Compare by")), kit.FitSelect(c.attr), kit.FitSelect(c.a),
		widget.NewLabel(i18n.T("against")), kit.FitSelect(c.b), c.run)
	c.tab = container.NewTabItem(i18n.T("Compare groups"), container.NewBorder(container.NewVBox(top, c.note), nil, nil, nil, c.tbl))
	return c
}

// projectChanged offers the project's attributes, first the one
// interviews are usually grouped by.
func (c *compareTab) projectChanged(keys []string) {
	c.attr.Options = keys
	if !slices.Contains(keys, c.attr.Selected) {
		c.attr.Selected = groupKey(keys)
	}
	c.attr.Refresh()
	c.fillValues()
}

// groupKey is the attribute interviews are grouped by, as the main
// window's documents list groups them by default: the customer group of
// the Calpro study, or the first attribute.
func groupKey(keys []string) string {
	for _, k := range []string{"ryhmä", "group"} {
		if slices.Contains(keys, k) {
			return k
		}
	}
	if len(keys) > 0 {
		return keys[0]
	}
	return ""
}

func (c *compareTab) fillValues() {
	values := attributeValues(c.w.docs, c.attr.Selected)
	for i, s := range []*widget.Select{c.a, c.b} {
		s.Options = values
		if !slices.Contains(values, s.Selected) {
			s.Selected = ""
			if i < len(values) {
				s.Selected = values[i]
			}
		}
		s.Refresh()
	}
	if len(values) < 2 {
		c.run.Disable()
	} else {
		c.run.Enable()
	}
}

// compare counts both groups in the background, with the window's
// settings, and lists the words by keyness.
func (c *compareTab) compare() {
	c.gen++
	gen, p, forms := c.gen, c.w.s.Project(), c.w.forms
	key, va, vb := c.attr.Selected, c.a.Selected, c.b.Selected
	q := c.w.query()
	q.Where = nil // the groups are the scope
	c.note.SetText(i18n.T("Counting…"))
	c.w.work.Run(func() func() {
		res, err := study.CompareGroups(p, q, key, va, vb, forms)
		return func() { c.compared(gen, res, err) }
	})
}

func (c *compareTab) compared(gen int, res study.Comparison, err error) {
	if gen != c.gen {
		return
	}
	if err != nil {
		c.note.SetText(i18n.Error(err))
		return
	}
	c.keys.c = res
	note := i18n.TF("{{.A}}: {{.NA}} words in {{.DA}} interviews. {{.B}}: {{.NB}} words in {{.DB}} interviews. The most characteristic words of each group come first; G² above 3.84 is significant at p < 0.05, above 6.63 at p < 0.01.",
		map[string]any{"A": res.A.Value, "NA": res.A.Words, "DA": res.A.Docs, "B": res.B.Value, "NB": res.B.Words, "DB": res.B.Docs})
	c.note.SetText(strings.Join(append([]string{note}, i18n.Lines(res.Notes)...), " "))
	c.tbl.Refresh()
	c.tbl.ScrollToTop()
}

// export saves the comparison as a workbook or CSV file.
func (c *compareTab) export(f kit.Filter) {
	r := c.keys.c
	if len(r.Keys) == 0 {
		return
	}
	t := workbook.Keys{Keys: r.Keys, A: r.A.Value, B: r.B.Value, SizeA: r.A.Words, SizeB: r.B.Words, Note: c.note.Text, Title: c.w.win.Title()}
	c.w.save(fmt.Sprintf("%s-%s", kit.FileName(t.A), kit.FileName(t.B)), f, func(out io.Writer) error {
		if f.Exts[0] == ".csv" {
			return store.WriteKeysCSV(out, t.Keys, t.A, t.B)
		}
		return workbook.WriteKeys(out, t, i18n.Lang())
	})
}

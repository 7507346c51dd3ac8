package app

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/coding/wordfreq"
	"teema/i18n"
	"teema/store"
	"teema/store/workbook"
)

// compareTab sets two groups of interviews side by side (Kunnat against
// Yhteisöt): which words characterise each, by log-likelihood keyness,
// with the same word forms and stop words as the count.
type compareTab struct {
	w    *wordfreqWindow
	tab  *container.TabItem
	attr *widget.Select
	a, b *widget.Select
	run  *widget.Button
	note *widget.Label
	tbl  *widget.Table

	keys         []wordfreq.Key
	nameA, nameB string
	sizeA, sizeB int
	gen          int
}

func newCompareTab(w *wordfreqWindow) *compareTab {
	c := &compareTab{w: w}
	c.a = widget.NewSelect(nil, nil)
	c.b = widget.NewSelect(nil, nil)
	c.attr = widget.NewSelect(nil, func(string) { c.fillValues() })
	c.run = widget.NewButton(T("Compare"), c.compare)
	c.note = widget.NewLabel(T("Choose an attribute and two of its values."))
	c.note.Wrapping = fyne.TextWrapWord
	c.tbl = widget.NewTable(func() (int, int) { return len(c.keys), 5 },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(c.cell(id)) })
	c.tbl.ShowHeaderRow = true
	c.tbl.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	c.tbl.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		heads := []string{T("Word"), c.nameA, c.nameB, "G²", T("Characteristic of")}
		if id.Row < 0 && id.Col >= 0 && id.Col < len(heads) {
			o.(*widget.Label).SetText(heads[id.Col])
		}
	}
	for col, width := range []float32{200, 110, 110, 90, 200} {
		c.tbl.SetColumnWidth(col, width)
	}
	c.tbl.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(c.keys) {
			w.openWord(c.keys[id.Row].Word)
		}
	}
	top := container.NewHBox(widget.NewLabel(T("Compare by")), fitSelect(c.attr), fitSelect(c.a),
		widget.NewLabel(T("against")), fitSelect(c.b), c.run)
	c.tab = container.NewTabItem(T("Compare groups"), container.NewBorder(container.NewVBox(top, c.note), nil, nil, nil, c.tbl))
	return c
}

// projectChanged offers the project's attributes, first the one the
// main window groups its documents by.
func (c *compareTab) projectChanged(keys []string) {
	c.attr.Options = keys
	if !slices.Contains(keys, c.attr.Selected) {
		c.attr.Selected = ""
		if g := c.w.u.docs.groupKey(); slices.Contains(keys, g) {
			c.attr.Selected = g
		} else if len(keys) > 0 {
			c.attr.Selected = keys[0]
		}
	}
	c.attr.Refresh()
	c.fillValues()
}

func (c *compareTab) fillValues() {
	var values []string
	for _, d := range c.w.docs {
		if v := strings.TrimSpace(d.Attributes[c.attr.Selected]); v != "" && !slices.Contains(values, v) {
			values = append(values, v)
		}
	}
	slices.Sort(values)
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

func (c *compareTab) cell(id widget.TableCellID) string {
	k := c.keys[id.Row]
	switch id.Col {
	case 0:
		return k.Word
	case 1:
		return strconv.Itoa(k.A)
	case 2:
		return strconv.Itoa(k.B)
	case 3:
		return decimal(k.G2, 2)
	}
	if k.G2 < 0 {
		return c.nameB
	}
	return c.nameA
}

// compare counts both groups in the background, with the window's
// settings, and lists the words by keyness.
func (c *compareTab) compare() {
	key, va, vb := c.attr.Selected, c.a.Selected, c.b.Selected
	if key == "" || va == "" || vb == "" || va == vb {
		c.note.SetText(T("Choose two different values to compare."))
		return
	}
	c.gen++
	gen, j := c.gen, c.w.job()
	voikko := c.w.voikko
	if j.forms == "lemma" && voikko == nil {
		j.forms = "stem" // the count that opens Voikko has not finished yet
	}
	c.note.SetText(T("Counting…"))
	group := func(v string) (wordfreq.Result, error) {
		g := j
		g.scope.Where = map[string][]string{key: {v}}
		res, _, err := countWords(g, voikko, nil)
		return res, err
	}
	c.w.u.background(func() {
		ra, err := group(va)
		var rb wordfreq.Result
		if err == nil {
			rb, err = group(vb)
		}
		fyne.Do(func() { c.done(gen, key, va, vb, ra, rb, err) })
	})
}

func (c *compareTab) done(gen int, key, va, vb string, ra, rb wordfreq.Result, err error) {
	if gen != c.gen || c.w.gone {
		return
	}
	if err != nil {
		c.note.SetText(i18n.Error(err))
		return
	}
	c.nameA, c.nameB, c.sizeA, c.sizeB = va, vb, ra.Counted, rb.Counted
	c.keys = wordfreq.Keyness(ra, rb)
	c.note.SetText(TF("{{.A}}: {{.NA}} words in {{.DA}} interviews. {{.B}}: {{.NB}} words in {{.DB}} interviews. The most characteristic words of each group come first; G² above 3.84 is significant at p < 0.05, above 6.63 at p < 0.01.",
		map[string]any{"A": va, "NA": ra.Counted, "DA": ra.Docs, "B": vb, "NB": rb.Counted, "DB": rb.Docs}))
	c.tbl.Refresh()
	c.tbl.ScrollToTop()
}

// export saves the comparison as a workbook or CSV file.
func (c *compareTab) export(ext string) {
	if len(c.keys) == 0 {
		return
	}
	t := workbook.Keys{Keys: c.keys, A: c.nameA, B: c.nameB, SizeA: c.sizeA, SizeB: c.sizeB, Note: c.note.Text, Title: c.w.win.Title()}
	c.w.save(fmt.Sprintf("%s-%s%s", fileName(c.nameA), fileName(c.nameB), ext), func(out io.Writer) error {
		if ext == ".csv" {
			return store.WriteKeysCSV(out, t.Keys, t.A, t.B)
		}
		return workbook.WriteKeys(out, t, uiLang())
	})
}

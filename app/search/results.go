package search

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	csearch "teema/coding/search"
	"teema/i18n"
	"teema/study"
)

// results show a search's hits, sortable, with their counts per
// interview and per word form, and code them.
type results struct {
	w       *Window
	content fyne.CanvasObject
	summary *widget.Label
	order   *widget.Select
	hits    *hitList
	perDoc  *countTable
	perForm *countTable
	code    *autoCodeBar

	found study.Found
	asked study.Search
	names map[int64]string
	group map[int64]string // each interview's value of the group attribute
}

func newResults(w *Window) *results {
	r := &results{w: w, names: map[int64]string{}, group: map[int64]string{}}
	r.summary = widget.NewLabel(i18n.T("Type what to search for, then press Enter."))
	r.summary.Wrapping = fyne.TextWrapWord
	r.order = widget.NewSelect([]string{i18n.T(byPlace), i18n.T(byForm), i18n.T(byBefore), i18n.T(byAfter)}, func(string) { r.reorder() })
	r.order.Selected = i18n.T(byPlace)
	r.hits = newHitList(r.source, r.ticked, r.play, w.s.Recorded)
	r.hits.list.OnSelected = r.selected
	r.perDoc = newCountTable([]string{i18n.T("Interview"), i18n.T("Hits")}, []bool{false, true}, []float32{180, 70})
	r.perForm = newCountTable([]string{i18n.T("Word form"), i18n.T("Matched as"), i18n.T("Hits"), i18n.T("Interviews")},
		[]bool{false, false, true, true}, []float32{150, 130, 60, 90})
	r.code = newAutoCodeBar(w, r)
	counts := container.NewVSplit(r.perDoc.table, r.perForm.table)
	split := container.NewHSplit(r.hits.list, counts)
	split.Offset = 0.64
	top := container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewLabel(i18n.T("Sort by")), kit.FitSelect(r.order)), r.summary)
	r.content = container.NewBorder(top, r.code.content, nil, nil, split)
	return r
}

// show shows a search's answer; a query that cannot be read is said
// under it, naming the word at fault.
func (r *results) show(q study.Search, found study.Found, err error) {
	switch {
	case errors.Is(err, csearch.ErrQuery):
		r.w.tell(i18n.Error(err))
		return
	case err != nil:
		r.w.tell("")
		r.w.fail(err)
		return
	}
	r.asked, r.found = q, found
	r.names, r.group = map[int64]string{}, map[int64]string{}
	key := study.GroupKey(found.Docs)
	for _, d := range found.Docs {
		r.names[d.ID], r.group[d.ID] = d.Name, d.Attributes[key]
	}
	r.hits.set(sortHits(found.Hits, r.order.Selected))
	r.fillCounts()
	r.summary.SetText(r.describe())
	r.w.tell(strings.Join(i18n.Lines(found.Notes), " "))
	r.code.refresh()
}

// clear forgets the hits of another project.
func (r *results) clear() {
	r.found = study.Found{}
	r.hits.set(nil)
	r.perDoc.set(nil)
	r.perForm.set(nil)
	r.summary.SetText(i18n.T("Type what to search for, then press Enter."))
}

// projectChanged offers Play on the hits of an interview whose recording
// was just attached, and takes it from one detached.
func (r *results) projectChanged() {
	r.code.projectChanged()
	if len(r.found.Hits) > 0 {
		r.hits.list.Refresh()
	}
}

// describe says how many hits there are, where, and how they matched.
func (r *results) describe() string {
	f := r.found
	if len(f.Hits) == 0 {
		return i18n.TF("No hits for {{.Query}}.", map[string]any{"Query": r.asked.Query})
	}
	return i18n.TF("{{.Hits}} hits in {{.Docs}} interviews; {{.Forms}}; several words in {{.Unit}}.",
		map[string]any{"Hits": len(f.Hits), "Docs": len(f.Counts.Docs), "Forms": formsName(f.Forms), "Unit": unitName(f.Scope)})
}

// fillCounts fills the tables of counts.
func (r *results) fillCounts() {
	var docs, forms [][]string
	for _, d := range r.found.Counts.Docs {
		docs = append(docs, []string{r.names[d.DocID], strconv.Itoa(d.Hits)})
	}
	for _, f := range r.found.Counts.Forms {
		forms = append(forms, []string{f.Written, f.Form, strconv.Itoa(f.Hits), strconv.Itoa(f.Docs)})
	}
	r.perDoc.set(docs)
	r.perForm.set(forms)
}

// source says where a hit is: interview · speaker · group.
func (r *results) source(h csearch.Hit) string {
	parts := []string{r.names[h.DocID]}
	for _, s := range []string{h.Speaker, r.group[h.DocID]} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// reorder sorts the lines again.
func (r *results) reorder() {
	ticked := r.hits.ticked
	r.hits.set(sortHits(r.found.Hits, r.order.Selected))
	r.hits.ticked = ticked
}

// selected shows a hit in the main window's transcript.
func (r *results) selected(i widget.ListItemID) {
	if i < len(r.hits.hits) {
		h := r.hits.hits[i]
		r.w.h.ShowPassage(h.DocID, h.Start, h.End, false)
	}
	r.hits.list.UnselectAll()
}

// play plays a hit from its transcript's recording in the main window.
func (r *results) play(h csearch.Hit) { r.w.h.PlayPassage(h.DocID, h.Start, h.End) }

// ticked tells the auto-coding bar which hits it codes.
func (r *results) ticked() { r.code.refresh() }

// formsName says how words matched.
func formsName(forms string) string {
	switch forms {
	case study.FormsRaw:
		return i18n.T("words matched as written")
	case study.FormsStem:
		return i18n.T("words matched by their stems")
	}
	return i18n.T("words matched by their base forms")
}

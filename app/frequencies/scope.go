package frequencies

import (
	"fmt"
	"slices"
	"strings"

	"teema/coding"
	"teema/i18n"
)

func wholeProject() string { return i18n.T("Whole project") }

// ProjectChanged counts again when what was counted changed: the texts,
// their attributes, the project's stop words, or (when the count is of
// coded text) the codings. A refresh that changed none of these, such as
// coding text in a whole-interview count, counts nothing.
func (w *Window) ProjectChanged() {
	p := w.s.Project()
	if p == nil {
		return
	}
	w.codes.changed()
	if p != w.proj {
		w.proj, w.sig = p, ""
		w.showLimit(wordLimit{}) // another project: its choices mean nothing here
	}
	stopChanged := w.loadStopWords()
	if sig := docsSignature(w.s.Docs()); sig != w.sig {
		w.newTexts(sig)
		return
	}
	if stopChanged || len(w.limit.codes) > 0 {
		w.recompute()
	}
}

// newTexts offers the attributes of the project's interviews and counts.
func (w *Window) newTexts(sig string) {
	w.sig = sig
	w.docs = w.s.Docs()
	w.lines.names = map[int64]string{}
	for _, d := range w.docs {
		w.lines.names[d.ID] = d.Name
	}
	w.win.SetTitle(i18n.T("Word frequencies") + " — " + w.s.ProjectName())
	keys := coding.AttributeKeys(w.docs)
	w.ready = false
	w.attr.Options = append([]string{wholeProject()}, keys...)
	if !slices.Contains(w.attr.Options, w.attr.Selected) {
		w.attr.Selected = wholeProject()
	}
	w.attr.Refresh()
	w.fillValues()
	w.compare.projectChanged(keys)
	w.ready = true
	w.recompute()
}

// docsSignature changes when a document, its length or its attributes do.
// It is never "", which stands for nothing counted yet.
func docsSignature(docs []coding.DocumentInfo) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d", len(docs))
	for _, d := range docs {
		fmt.Fprintf(&b, "|%d %s %d %d %v", d.ID, d.Name, d.Chars, d.Words, d.Attributes)
	}
	return b.String()
}

func (w *Window) attrChosen() {
	w.ready = false
	w.fillValues()
	w.ready = true
	w.recompute()
}

// fillValues offers the chosen attribute's values.
func (w *Window) fillValues() {
	if w.attr.Selected == wholeProject() || w.attr.Selected == "" {
		w.value.Options = nil
		w.value.Selected = ""
		w.value.Disable()
		w.value.Refresh()
		return
	}
	values := attributeValues(w.docs, w.attr.Selected)
	w.value.Options = values
	if !slices.Contains(values, w.value.Selected) {
		w.value.Selected = ""
		if len(values) > 0 {
			w.value.Selected = values[0]
		}
	}
	w.value.Enable()
	w.value.Refresh()
}

// attributeValues are the values the interviews have for key, sorted.
func attributeValues(docs []coding.DocumentInfo, key string) []string {
	var values []string
	for _, d := range docs {
		if v := strings.TrimSpace(d.Attributes[key]); v != "" && !slices.Contains(values, v) {
			values = append(values, v)
		}
	}
	slices.Sort(values)
	return values
}

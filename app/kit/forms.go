package kit

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"teema/i18n"
	"teema/study"
)

// formLabels name the ways words are matched (study.Forms*), as the
// word-frequency and search windows offer them, base forms first.
func formLabels() []struct{ forms, label string } {
	return []struct{ forms, label string }{
		{study.FormsLemma, i18n.T("Base form (lemma)")},
		{study.FormsStem, i18n.T("Stem")},
		{study.FormsRaw, i18n.T("As written")},
	}
}

// FormsLabel is how a way of matching words is offered.
func FormsLabel(forms string) string {
	for _, f := range formLabels() {
		if f.forms == forms {
			return f.label
		}
	}
	return forms
}

// NewFormsSelect offers the ways of matching words, base forms chosen.
func NewFormsSelect(changed func(string)) *widget.Select {
	var options []string
	for _, f := range formLabels() {
		options = append(options, f.label)
	}
	sel := widget.NewSelect(options, changed)
	sel.Selected = options[0]
	return sel
}

// FormsChosen is the way of matching words chosen in a NewFormsSelect.
func FormsChosen(sel *widget.Select) string {
	for _, f := range formLabels() {
		if sel.Selected == f.label {
			return f.forms
		}
	}
	return study.FormsLemma
}

// WithoutLemmas takes base forms off a NewFormsSelect, when Voikko could
// not be opened, choosing stems in their place.
func WithoutLemmas(sel *widget.Select) {
	lemma := FormsLabel(study.FormsLemma)
	sel.Options = slices.DeleteFunc(slices.Clone(sel.Options), func(o string) bool { return o == lemma })
	if sel.Selected == lemma {
		sel.Selected = FormsLabel(study.FormsStem)
	}
	sel.Refresh()
}

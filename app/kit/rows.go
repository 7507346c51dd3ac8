package kit

import (
	"teema/coding"
	"teema/i18n"
)

// RowOptions are the labels of a rows choice, one row per interview, per
// value of each attribute in keys, or per speaker, and the choice each
// label stands for.
func RowOptions(keys []string) ([]string, map[string]coding.RowsBy) {
	byDoc, bySpeaker := i18n.T("One row per interview"), i18n.T("One row per speaker")
	of := map[string]coding.RowsBy{byDoc: {Kind: coding.ByDocument}, bySpeaker: {Kind: coding.BySpeaker}}
	options := []string{byDoc}
	for _, k := range keys {
		of[k] = coding.RowsBy{Kind: coding.ByAttribute, Attr: k}
		options = append(options, k)
	}
	return append(options, bySpeaker), of
}

// LabelOf finds the label a Select shows for a value ("" if none).
func LabelOf[V comparable](labels map[string]V, v V) string {
	for label, x := range labels {
		if x == v {
			return label
		}
	}
	return ""
}

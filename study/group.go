package study

import (
	"slices"
	"strings"

	"teema/coding"
)

// groupKeys are the attributes that usually name an interview's group,
// the first of which a search's lines show.
var groupKeys = []string{"ryhmä", "group", "ryhma", "asiakasryhmä"}

// GroupKey is the attribute that names the interviews' groups: ryhmä
// (or group) when they have it, else "".
func GroupKey(docs []coding.DocumentInfo) string {
	keys := coding.AttributeKeys(docs)
	for _, g := range groupKeys {
		if i := slices.IndexFunc(keys, func(k string) bool { return strings.EqualFold(k, g) }); i >= 0 {
			return keys[i]
		}
	}
	return ""
}

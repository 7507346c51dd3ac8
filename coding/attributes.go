package coding

import (
	"sort"
	"strings"
)

// AttributeKeys lists every attribute name used by the documents, sorted,
// for table columns and row-attribute choices.
func AttributeKeys(docs []DocumentInfo) []string {
	seen := map[string]bool{}
	var keys []string
	for _, d := range docs {
		for k := range d.Attributes {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// AttributeLine shows attributes in one line in key order, e.g.
// "haastateltavia: 2 · ryhmä: Kunnat" with kv ": " and sep " · ".
func AttributeLine(a map[string]string, kv, sep string) string {
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + kv + a[k]
	}
	return strings.Join(parts, sep)
}

// AttributeKey checks an attribute's name and returns it trimmed.
func AttributeKey(key string) (string, error) {
	if key = strings.TrimSpace(key); key == "" {
		return "", errAttrNameless.New(nil)
	}
	return key, nil
}

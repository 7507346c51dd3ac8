package voikko

import "strings"

// ParseWordBases reads Voikko's WORDBASES into the base forms of the
// parts, lower-cased; fewer than two parts is no compound, and nil.
//
// Voikko writes a part as +surface(base), a derivational suffix as
// +u(+u) after its stem, and a bound first part without a base
// ("+yhteis+työ(työ)"). A stem with its suffixes is one part, named as
// written (palvel + u is palvelu), and a bound part by its surface.
func ParseWordBases(s string) []string {
	type part struct {
		surface, base string
		derived       bool // suffixes follow: the part is named as written
	}
	var parts []part
	for s != "" {
		s = strings.TrimPrefix(s, "+")
		end := strings.IndexAny(s, "+(")
		if end < 0 {
			end = len(s)
		}
		p := part{surface: s[:end]}
		s = s[end:]
		if strings.HasPrefix(s, "(") {
			close := strings.IndexByte(s, ')')
			if close < 0 {
				close = len(s)
			}
			p.base, s = s[1:close], s[min(close+1, len(s)):]
		}
		switch n := len(parts); {
		case p.surface == "" || p.surface == "-":
		case strings.HasPrefix(p.base, "+") && n > 0:
			parts[n-1].surface += p.surface
			parts[n-1].derived = true
		default:
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 {
		return nil
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = p.base
		if p.derived || p.base == "" {
			out[i] = p.surface
		}
		out[i] = strings.ToLower(out[i])
	}
	return out
}

package qdpx

import "strings"

// caseAttribute holds a case's name when it is not just the interview's.
const caseAttribute = "case"

// readCases turns the variable values of cases into attributes of the
// sources each case refers to. Teema keeps attributes per interview, so a
// case with no source has nowhere to put its values.
func (b *builder) readCases() {
	names := b.variableNames()
	sourceNames := map[string]string{}
	for _, s := range b.x.TextSources {
		sourceNames[guidKey(s.GUID)] = strings.TrimSpace(s.Name)
	}
	for _, c := range b.x.Cases {
		item := "case " + quoteName(c.Name, c.GUID)
		if len(c.CodeRefs) > 0 || len(c.SelectionRefs) > 0 {
			b.rep.skip(item+"'s codes and selections", "Teema codes text, not cases")
		}
		if len(c.SourceRefs) == 0 {
			if len(c.Values) > 0 {
				b.rep.skip(item, "it refers to no source, so its %d variable values belong to no interview", len(c.Values))
			}
			continue
		}
		for _, ref := range c.SourceRefs {
			src := guidKey(ref.Target)
			name := strings.TrimSpace(c.Name)
			if name != "" && name != sourceNames[src] {
				b.setAttr(src, caseAttribute, name)
			}
			for _, v := range c.Values {
				b.setValue(src, names, v, item)
			}
		}
	}
}

func (b *builder) variableNames() map[string]string {
	names := map[string]string{}
	for _, v := range b.x.Variables {
		names[guidKey(v.GUID)] = strings.TrimSpace(v.Name)
	}
	return names
}

func (b *builder) setValue(src string, names map[string]string, v xVariableValue, item string) {
	name := names[guidKey(v.VariableRef.Target)]
	if name == "" {
		b.rep.skip(item+" value", "it refers to variable {%s}, which is not in the file or has no name", v.VariableRef.Target)
		return
	}
	if value := v.text(); value != "" {
		b.setAttr(src, name, value)
	}
}

func (b *builder) setAttr(src, key, value string) {
	if b.attrs[src] == nil {
		b.attrs[src] = map[string]string{}
	}
	b.attrs[src][key] = value
}

// text is the value whatever its type; Teema attributes are text.
func (v xVariableValue) text() string {
	for _, p := range []*string{v.TextValue, v.BooleanValue, v.IntegerValue, v.FloatValue, v.DateValue, v.DateTimeValue} {
		if p != nil {
			return strings.TrimSpace(*p)
		}
	}
	return ""
}

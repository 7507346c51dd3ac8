package qdpx

import (
	"strings"

	"teema/message"
)

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
		item := quoteName(c.Name, c.GUID)
		if len(c.CodeRefs) > 0 || len(c.SelectionRefs) > 0 {
			b.rep.skip(skipCaseCoding, message.Args{"Name": item})
		}
		if len(c.SourceRefs) == 0 {
			if len(c.Values) > 0 {
				b.rep.skip(skipCaseNoSource, message.Args{"Name": item, "N": len(c.Values)})
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
				b.setValue(src, names, v, skipCaseValue, item)
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

// setValue sets the attribute a variable value gives a source; lost words
// a value of item whose variable is unknown.
func (b *builder) setValue(src string, names map[string]string, v xVariableValue, lost *message.Kind, item string) {
	name := names[guidKey(v.VariableRef.Target)]
	if name == "" {
		b.rep.skip(lost, message.Args{"Name": item, "Variable": "{" + v.VariableRef.Target + "}"})
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

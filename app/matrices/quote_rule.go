package matrices

import (
	"teema/app/kit"
	"teema/coding"
	"teema/i18n"
)

// updateQuotes offers the ways a quote can name its source, shows the
// project's own, and quotes by it from now on. The choice is the
// project's, kept in its file, so the workbook and the clipboard quote
// alike.
func (m *Window) updateQuotes() {
	rule, err := m.s.Project().QuoteRule()
	if err != nil {
		m.fail(err)
	}
	m.quoter = m.corpus.Quoter(rule)
	byCode := i18n.T("Interview code (H1, H2, …)")
	m.quotesOf = map[string]coding.QuoteRule{
		byCode:                  {Source: coding.QuoteByCode},
		i18n.T("Speaker label"): {Source: coding.QuoteBySpeaker},
		i18n.T("Document name"): {Source: coding.QuoteByDocument},
	}
	options := []string{byCode, i18n.T("Speaker label"), i18n.T("Document name")}
	for _, k := range coding.AttributeKeys(m.corpus.Docs) {
		label := i18n.TF("Attribute {{.Name}}", map[string]any{"Name": k})
		m.quotesOf[label] = coding.QuoteRule{Source: coding.QuoteByAttribute, Attr: k}
		options = append(options, label)
	}
	m.quotes.Options = options
	// Set directly: OnChanged would change the project during a redraw.
	m.quotes.Selected = kit.LabelOf(m.quotesOf, rule)
	if m.quotes.Selected == "" { // an attribute no interview has any more
		m.quotes.Selected = i18n.TF("Attribute {{.Name}}", map[string]any{"Name": rule.Attr})
	}
	m.quotes.Refresh()
}

// quotesChosen makes the choice the project's, as an undoable change.
func (m *Window) quotesChosen(label string) {
	if rule, ok := m.quotesOf[label]; ok && rule != m.quoter.Rule() && m.current() {
		m.s.Do(coding.SetQuoteRule{Rule: rule})
	}
}

// quote formats an excerpt as the thesis cites it: “…” (H5).
func (m *Window) quote(e coding.Excerpt) string { return m.quoter.Quote(e, coding.InsertedQuoteLen) }

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
	m.quotes.Selected = kit.LabelOf(m.quotesOf, coding.QuoteRule{Source: rule.Source, Attr: rule.Attr})
	if m.quotes.Selected == "" { // an attribute no interview has any more
		m.quotes.Selected = i18n.TF("Attribute {{.Name}}", map[string]any{"Name": rule.Attr})
	}
	m.quotes.Refresh()
	m.quoteAt.Checked = rule.Time
	m.quoteAt.Refresh()
	// Only timed transcripts have a time to name.
	if len(m.corpus.Times) > 0 || rule.Time {
		m.quoteAt.Show()
	} else {
		m.quoteAt.Hide()
	}
}

// quotesChosen makes the choice the project's, as an undoable change.
func (m *Window) quotesChosen(label string) {
	rule, ok := m.quotesOf[label]
	rule.Time = m.quoter.Rule().Time
	if ok && rule != m.quoter.Rule() && m.current() {
		m.s.Do(coding.SetQuoteRule{Rule: rule})
	}
}

// quoteTimeChosen names the time in quotes, or stops naming it.
func (m *Window) quoteTimeChosen(on bool) {
	rule := m.quoter.Rule()
	if rule.Time != on && m.current() {
		rule.Time = on
		m.s.Do(coding.SetQuoteRule{Rule: rule})
	}
}

// quote formats an excerpt as the thesis cites it: “…” (H5).
func (m *Window) quote(e coding.Excerpt) string { return m.quoter.Quote(e, coding.InsertedQuoteLen) }

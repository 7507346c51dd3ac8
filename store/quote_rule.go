package store

import (
	"database/sql"

	"teema/coding"
)

// QuoteRule returns how the project's quotes name their source; a project
// that never chose quotes by interview code.
func (p *Project) QuoteRule() (coding.QuoteRule, error) { return quoteRule(p.db) }

func quoteRule(q querier) (coding.QuoteRule, error) {
	v, err := metaValue(q, "quote_rule")
	return coding.ParseQuoteRule(v), err
}

// SetQuoteRule stores how the project's quotes name their source and
// returns the rule as it was, for undo.
func (p *Project) SetQuoteRule(r coding.QuoteRule) (old coding.QuoteRule, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		if old, err = quoteRule(tx); err != nil {
			return err
		}
		return setMeta(tx, "quote_rule", r.String())
	})
	return old, err
}

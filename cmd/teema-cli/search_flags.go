package main

import (
	"flag"

	"teema/coding/units"
	"teema/store"
	"teema/study"
)

// searchArgs are the options of a search, shared by search and autocode.
type searchArgs struct {
	docs, where, codes, notCodes, speakers multi
	noInterviewer, compounds               bool
	forms, scope                           string
}

// flags defines the options; inCode names the one for text coded with a
// code (autocode's --code is the code it codes with).
func (a *searchArgs) flags(fs *flag.FlagSet, inCode string) {
	fs.Var(&a.docs, "doc", "only this interview (repeatable)")
	fs.Var(&a.where, "where", "only interviews with this attribute value, KEY=VALUE (repeatable: AND across keys, OR within one)")
	fs.Var(&a.codes, inCode, "only text coded with this code or its sub-codes (repeatable)")
	fs.Var(&a.notCodes, "not-code", "only text not coded with this code or its sub-codes (repeatable)")
	fs.Var(&a.speakers, "speaker", "only this speaker's turns (repeatable)")
	fs.BoolVar(&a.noInterviewer, "no-interviewer", false, "leave out the interviewer's turns")
	fs.BoolVar(&a.compounds, "compounds", false, "find the words as parts of compounds too (asiakas: asiakaskokemus, kanta-asiakas)")
	fs.StringVar(&a.forms, "forms", "", "match words by base form (lemma, the default; stems without Voikko), by stem, or as written (raw)")
	fs.StringVar(&a.scope, "scope", study.DefaultScope.String(), "the unit a query's words share unless it names one: sentence, turn, paragraph or document")
}

// check finds the mistakes that need no project to find.
func (a searchArgs) check() error {
	if a.forms != "" {
		if err := oneOf("--forms", a.forms, study.FormsLemma, study.FormsStem, study.FormsRaw); err != nil {
			return err
		}
	}
	if k, ok := units.Parse(a.scope); !ok || k == units.Hit {
		return oneOf("--scope", a.scope, "sentence", "turn", "paragraph", "document")
	}
	for _, kv := range a.where {
		if _, _, err := splitKV(kv); err != nil {
			return err
		}
	}
	return nil
}

// search is the search the options ask for, with the interviews,
// attributes and codes they name found in the project.
func (a searchArgs) search(p *store.Project, query string) (study.Search, error) {
	scope, _ := units.Parse(a.scope)
	q := study.Search{Query: query, Forms: a.forms, Compounds: a.compounds, Scope: scope,
		Speakers: a.speakers, NoInterviewer: a.noInterviewer}
	var err error
	if q.Docs, err = study.DocIDs(p, a.docs); err != nil {
		return q, err
	}
	if q.Where, err = study.Where(p, a.where); err != nil {
		return q, err
	}
	if len(a.codes) > 0 {
		if q.InCodes, err = study.CodeIDs(p, a.codes); err != nil {
			return q, err
		}
	}
	if len(a.notCodes) > 0 {
		q.OutCodes, err = study.CodeIDs(p, a.notCodes)
	}
	return q, err
}

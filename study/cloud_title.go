package study

import (
	"slices"
	"strings"

	"teema/message"
	"teema/store"
)

// What a word cloud's title says: what was counted and how, so a picture
// pasted in a thesis names its material.
var (
	noteCloudTitle    = message.New("Word cloud — {{.About}}")
	noteScopeAll      = message.New("all interviews")
	noteScopeWhere    = message.New("{{.Key}} = {{.Values}}")
	noteScopeDocs     = message.New("interviews {{.Names}}")
	noteScopeCodes    = message.New("text coded {{.Codes}}")
	noteScopeSpeakers = message.New("turns of {{.Names}}")
	noteNoInterviewer = message.New("without the interviewer")
	noteFormsLemma    = message.New("base forms")
	noteFormsStem     = message.New("stems")
	noteFormsRaw      = message.New("words as written")
	noteThen          = message.New("{{.First}} · {{.Rest}}")
)

// CloudTitle is the title of a word cloud of the count q made with the
// forms named (WordCount.Forms): the interviews or the group, the codes
// and speakers it was limited to, and the word forms.
func CloudTitle(p *store.Project, q WordQuery, forms string) (message.Note, error) {
	parts, err := scopeParts(p, q)
	if err != nil {
		return message.Note{}, err
	}
	parts = append(parts, formsPart(forms))
	about := parts[len(parts)-1]
	for i := len(parts) - 2; i >= 0; i-- {
		about = noteThen.Say(message.Args{"First": parts[i], "Rest": about})
	}
	return noteCloudTitle.Say(message.Args{"About": about}), nil
}

// scopeParts say which text was counted.
func scopeParts(p *store.Project, q WordQuery) ([]message.Note, error) {
	var parts []message.Note
	keys := make([]string, 0, len(q.Where))
	for k := range q.Where {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		parts = append(parts, noteScopeWhere.Say(message.Args{"Key": k, "Values": strings.Join(q.Where[k], " / ")}))
	}
	if len(q.Docs) > 0 {
		names, err := docNames(p, q.Docs)
		if err != nil {
			return nil, err
		}
		parts = append(parts, noteScopeDocs.Say(message.Args{"Names": listed(names)}))
	}
	if len(parts) == 0 {
		parts = append(parts, noteScopeAll.Say(nil))
	}
	if len(q.Codes) > 0 {
		book, err := p.CodeBook()
		if err != nil {
			return nil, err
		}
		paths := make([]string, len(q.Codes))
		for i, id := range q.Codes {
			paths[i] = book.Path(id)
		}
		parts = append(parts, noteScopeCodes.Say(message.Args{"Codes": listed(paths)}))
	}
	if len(q.Speakers) > 0 {
		parts = append(parts, noteScopeSpeakers.Say(message.Args{"Names": listed(q.Speakers)}))
	}
	if q.NoInterviewer {
		parts = append(parts, noteNoInterviewer.Say(nil))
	}
	return parts, nil
}

func docNames(p *store.Project, ids []int64) ([]string, error) {
	docs, err := p.Documents()
	if err != nil {
		return nil, err
	}
	var names []string
	for _, d := range docs {
		if slices.Contains(ids, d.ID) {
			names = append(names, d.Name)
		}
	}
	return names, nil
}

func formsPart(forms string) message.Note {
	switch forms {
	case FormsRaw:
		return noteFormsRaw.Say(nil)
	case FormsStem:
		return noteFormsStem.Say(nil)
	}
	return noteFormsLemma.Say(nil)
}

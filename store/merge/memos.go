package merge

import (
	"sort"
	"strconv"
	"strings"

	"teema/coding"
	"teema/message"
)

// mergeMemos brings in their project, document and code memos.
func (m *merger) mergeMemos() error {
	ours := m.ours.Memos
	targets := make([]coding.MemoTarget, 0, len(m.src.Memos))
	for t := range m.src.Memos {
		targets = append(targets, t)
	}
	// Map order is random; the report should read the same every time.
	sort.Slice(targets, func(i, j int) bool {
		a, b := targets[i], targets[j]
		return a.Kind < b.Kind || a.Kind == b.Kind && a.ID < b.ID
	})
	for _, t := range targets {
		target, words, args, ok := m.memoTarget(t)
		if !ok {
			continue
		}
		old := ours[target]
		if err := m.mergeMemo(words, args, old, m.src.Memos[t], func(text string) error {
			return m.b.SetMemo(target, text)
		}); err != nil {
			return err
		}
	}
	return nil
}

// memoTarget maps their memo's target to ours, with the words and
// arguments of its line in the report.
func (m *merger) memoTarget(t coding.MemoTarget) (coding.MemoTarget, memoWords, message.Args, bool) {
	switch t.Kind {
	case coding.ProjectMemo:
		return t, projectMemo, message.Args{}, true
	case coding.DocumentMemo:
		id, ok := m.docs[t.ID]
		return coding.MemoTarget{Kind: t.Kind, ID: id}, documentMemo, message.Args{"Document": strconv.Quote(m.docName[id])}, ok
	case coding.CodeMemo:
		id, ok := m.codes[t.ID]
		return coding.MemoTarget{Kind: t.Kind, ID: id}, codeMemo, message.Args{"Code": strconv.Quote(m.src.Book.Path(t.ID))}, ok
	}
	return t, memoWords{}, nil, false
}

// mergeMemo writes the merged memo through set and reports it in words,
// filled in with args (which it adds to).
func (m *merger) mergeMemo(words memoWords, args message.Args, ours, theirs string, set func(string) error) error {
	text, o := joinMemos(ours, theirs, m.src.Name)
	if o == Matched {
		m.rep.tally(Memos, Matched)
		return nil
	}
	if err := set(text); err != nil {
		return err
	}
	if o == Added {
		m.rep.tally(Memos, Added, words.added.Say(args))
	} else {
		args["Source"] = strconv.Quote(m.src.Name)
		m.rep.tally(Memos, Conflict, words.appended.Say(args))
	}
	return nil
}

// joinMemos keeps our memo and adds theirs: alone when we have none,
// appended under their name when ours differs. A memo that already holds
// theirs (from an earlier merge) is left as it is.
func joinMemos(ours, theirs, who string) (string, Outcome) {
	theirs = strings.TrimSpace(theirs)
	switch {
	case theirs == "" || strings.Contains(ours, theirs):
		return ours, Matched
	case strings.TrimSpace(ours) == "":
		return theirs, Added
	}
	return ours + "\n\n— " + who + ":\n" + theirs, Conflict
}

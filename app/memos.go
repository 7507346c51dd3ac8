package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teema/app/kit"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
)

// memosPanel holds the memo editors for the project, the open document,
// the current code and the current excerpt. Memos save as the user types.
type memosPanel struct {
	s       *session.Session
	content fyne.CanvasObject
	editors []*memoEditor
}

// memoEditor edits one memo; target says which, or false when there is
// nothing to write about (no document open, no code chosen).
type memoEditor struct {
	s      *session.Session
	title  string
	label  *widget.Label
	entry  *widget.Entry
	target func() (name string, load func() string, save func(string) coding.Change, ok bool)
	shown  string // what the entry held when last loaded
	key    string // which object the entry shows
	wait   kit.Debounce
}

func newMemosPanel(s *session.Session) *memosPanel {
	p := &memosPanel{s: s}
	p.editors = []*memoEditor{
		p.editor(i18n.T("Project memo"), p.projectTarget),
		p.editor(i18n.T("Document memo"), p.documentTarget),
		p.editor(i18n.T("Code memo"), p.codeTarget),
		p.editor(i18n.T("Excerpt memo"), p.excerptTarget),
	}
	box := container.NewVBox()
	for _, e := range p.editors {
		box.Add(e.label)
		box.Add(e.entry)
	}
	p.content = container.NewVScroll(box)
	s.OnChange(p.update)
	s.OnPending(p.flush)
	return p
}

func (p *memosPanel) editor(title string, target func() (string, func() string, func(string) coding.Change, bool)) *memoEditor {
	e := &memoEditor{s: p.s, wait: kit.NewDebounce(p.s), title: title, target: target, label: widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	e.label.Truncation = fyne.TextTruncateEllipsis
	e.entry = widget.NewMultiLineEntry()
	e.entry.Wrapping = fyne.TextWrapWord
	e.entry.SetMinRowsVisible(4)
	e.entry.OnChanged = func(string) { e.wait.Schedule(e.Save) }
	return e
}

// flush saves typing that is still waiting for its timer.
func (p *memosPanel) flush() {
	for _, e := range p.editors {
		if e.wait.Stop() {
			e.Save()
		}
	}
}

func (p *memosPanel) update() {
	for _, e := range p.editors {
		e.load()
	}
}

// load shows the memo of the current target, unless the user is typing in
// this very memo.
func (e *memoEditor) load() {
	if e.s.Project() == nil {
		return
	}
	name, load, _, ok := e.target()
	if !ok {
		e.label.SetText(e.title)
		e.key, e.shown = "", ""
		e.entry.SetText("")
		e.entry.Disable()
		return
	}
	e.entry.Enable()
	e.label.SetText(e.title + ": " + name)
	text := load()
	if e.key == name && e.entry.Text != e.shown {
		return // unsaved typing; the timer will save it
	}
	e.key, e.shown = name, text
	e.entry.SetText(text)
}

// Save writes the memo now if it changed.
func (e *memoEditor) Save() {
	e.wait.Stop()
	if e.s.Project() == nil {
		return
	}
	_, _, save, ok := e.target()
	if !ok || e.entry.Text == e.shown {
		return
	}
	e.shown = e.entry.Text
	e.s.Do(save(e.entry.Text))
}

func (p *memosPanel) projectTarget() (string, func() string, func(string) coding.Change, bool) {
	t := coding.MemoTarget{Kind: coding.ProjectMemo}
	return i18n.T("the whole study"), p.loader(t), setMemo(t), p.s.Project() != nil
}

func (p *memosPanel) documentTarget() (string, func() string, func(string) coding.Change, bool) {
	if p.s.Doc() == nil {
		return "", nil, nil, false
	}
	t := coding.MemoTarget{Kind: coding.DocumentMemo, ID: p.s.Doc().ID}
	return p.s.Doc().Name, p.loader(t), setMemo(t), true
}

func (p *memosPanel) codeTarget() (string, func() string, func(string) coding.Change, bool) {
	if p.s.CodeID() == 0 {
		return "", nil, nil, false
	}
	t := coding.MemoTarget{Kind: coding.CodeMemo, ID: p.s.CodeID()}
	return p.s.Book().Path(p.s.CodeID()), p.loader(t), setMemo(t), true
}

func (p *memosPanel) excerptTarget() (string, func() string, func(string) coding.Change, bool) {
	if p.s.ExcerptID() == 0 {
		return "", nil, nil, false
	}
	id := p.s.ExcerptID()
	e, err := p.s.Project().Excerpt(id)
	if err != nil {
		return "", nil, nil, false
	}
	load := func() string { return e.Memo }
	save := func(text string) coding.Change { return coding.SetExcerptMemo{ID: id, Memo: text} }
	return kit.OneLine(e.Text, 40), load, save, true
}

func (p *memosPanel) loader(t coding.MemoTarget) func() string {
	return func() string {
		text, err := p.s.Project().Memo(t)
		if err != nil {
			p.s.Fail(err)
		}
		return text
	}
}

func setMemo(t coding.MemoTarget) func(string) coding.Change {
	return func(text string) coding.Change { return coding.SetMemo{Target: t, Text: text} }
}

package transcribe

import (
	"teema/app/kit"
	"teema/store"
)

// Transcriber is a main window's transcription mode: its menu's actions,
// the transcription window, and the offer of unfinished transcriptions
// when a project opens.
type Transcriber struct {
	h       kit.Host
	slot    kit.Slot[*Window]
	offered *store.Project // the project whose drafts were offered last
}

// New makes the transcription mode of a main window. It offers a
// project's unfinished transcriptions each time one opens.
func New(h kit.Host) *Transcriber {
	t := &Transcriber{h: h}
	h.Session().OnChange(t.projectChanged)
	return t
}

// open opens the transcription window on a draft, or shows the draft in
// the window already open, whose text is saved first.
func (t *Transcriber) open(d store.Draft) {
	t.slot.Open(t.h, newWindow).load(d)
}

// Current is the transcription window, if one is open.
func (t *Transcriber) Current() (*Window, bool) { return t.slot.Current() }

// projectChanged offers the unfinished transcriptions of a project that
// has just opened: after a crash, the typing is there to go on with.
func (t *Transcriber) projectChanged() {
	p := t.h.Session().Project()
	if p == nil || p == t.offered {
		return
	}
	t.offered = p
	if p.ReadOnly() {
		return // nothing could be typed into them
	}
	if drafts, err := p.Drafts(); err == nil && len(drafts) > 0 {
		t.showDrafts(drafts, true)
	}
}

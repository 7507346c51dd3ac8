package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teema/app/player"
	"teema/app/session"
	"teema/coding"
	"teema/i18n"
	"teema/media"
	"teema/message"
	"teema/study"
)

// playback plays the open transcript's recording in a bar under it: the
// bar shows when the transcript has a recording, the speaker turn being
// heard is marked and the transcript follows it, and excerpts play from
// their place in the recording.
type playback struct {
	s       *session.Session
	reader  *readerPanel
	bar     *player.Bar
	content *fyne.Container // the bar or the notice; hidden without a recording
	notice  *widget.Label   // why the recording cannot be played
	find    *widget.Button  // find a moved recording in a folder
	// background opens a recording off the UI goroutine (an M4A goes
	// through ffmpeg first); tests run it inline.
	background func(func())

	loaded  recordingKey // what the bar holds, is opening, or failed to open
	state   loadState
	pending func() // what to do once loaded is ready (play an excerpt)
	times   coding.TimeIndex
	paras   paragraphs // of the loaded transcript's text
	hash    string     // the text paras were found in
	para    mark       // the paragraph being heard: the view follows it
	lastErr string     // the error last shown in a dialog, not shown again

	actions []playAction              // what the Playback menu and its keys do
	items   map[string]*fyne.MenuItem // the Playback menu's, by action
	keys    map[string]keyBinding     // by action, from the preferences
	second  fyne.Shortcut             // the second play key, on the window
}

// recordingKey names a document's recording as attached; a change of
// either (attached again, found in another folder) loads it again.
type recordingKey struct {
	docID       int64
	path, print string
}

// loadState is how far loading the recording has come.
type loadState int

const (
	noRecording loadState = iota
	opening
	ready
	failed // the notice says why
)

// mark is a stretch of the transcript, [start, end).
type mark struct{ start, end int }

func newPlayback(s *session.Session, reader *readerPanel, background func(func())) *playback {
	p := &playback{s: s, reader: reader, bar: player.NewBar(), background: background, actions: playActions()}
	p.notice = widget.NewLabel("")
	p.notice.Wrapping = fyne.TextWrapWord
	p.find = widget.NewButtonWithIcon(i18n.T("Find it in a folder…"), theme.FolderOpenIcon(), p.findMoved)
	p.content = container.NewStack(p.bar, container.NewBorder(nil, nil, nil, p.find, p.notice))
	p.bar.OnPosition(p.heardAt)
	p.bar.OnError(p.fail)
	p.bar.OnKey(p.typedKey)
	p.content.Hide()
	s.OnChange(p.update)
	s.OnClosing(p.close)
	return p
}

// update loads the open transcript's recording when it is not the one
// loaded, and hides the bar when the transcript has none.
func (p *playback) update() {
	d := p.s.Doc()
	if d == nil || p.s.Project() == nil || !p.s.Recorded(d.ID) {
		p.unload()
		return
	}
	rec, err := p.s.Project().Recording(d.ID)
	if err != nil || rec == nil {
		if err != nil {
			p.s.Fail(err)
		}
		p.unload()
		return
	}
	key := recordingKey{d.ID, rec.Path, rec.Print}
	fresh := key != p.loaded
	if fresh {
		p.unload()
		p.loaded, p.state = key, opening
	}
	// An edit of the text (a speaker renamed) moves its times and turns.
	p.times = d.Times
	if d.Hash != p.hash {
		p.paras, p.hash = paragraphsOf(d.Text), d.Hash
		p.remark()
	}
	if fresh {
		p.open(key)
	}
}

// open opens a recording in the background and loads it in the bar.
func (p *playback) open(key recordingKey) {
	proj := p.s.Project()
	p.background(func() {
		r, err := study.OpenRecording(proj, key.docID)
		fyne.Do(func() { p.opened(key, r, err) })
	})
}

// opened loads an opened recording, unless the transcript changed while
// it opened, or says why it cannot be played.
func (p *playback) opened(key recordingKey, r *media.Recording, err error) {
	if key != p.loaded {
		if r != nil {
			r.Close()
		}
		return
	}
	if err == nil {
		err = p.bar.Load(r)
	}
	if err != nil {
		p.state = failed
		p.pending = nil
		p.showNotice(err)
		return
	}
	p.state = ready
	p.enableMenu(true)
	p.showBar()
	if f := p.pending; f != nil {
		p.pending = nil
		f()
	}
}

// unload empties the bar and hides it.
func (p *playback) unload() {
	p.bar.Unload()
	p.loaded, p.state, p.pending, p.times = recordingKey{}, noRecording, nil, nil
	p.paras, p.hash = nil, ""
	if p.items != nil {
		p.enableMenu(false)
	}
	p.setHeard(mark{})
	p.content.Hide()
}

// close unloads the recording when the project closes.
func (p *playback) close() { p.unload() }

// showBar shows the bar in place of a notice.
func (p *playback) showBar() {
	p.content.Objects[1].Hide()
	p.bar.Show()
	p.content.Show()
}

// showNotice says, where the bar would be, why the recording cannot be
// played, offering to find one that was moved.
func (p *playback) showNotice(err error) {
	p.bar.Hide()
	p.notice.SetText(i18n.Error(err))
	if study.IsRecordingMissing(err) {
		p.find.Show()
	} else {
		p.find.Hide()
	}
	p.content.Objects[1].Show()
	p.content.Show()
}

// fail shows an error of the bar's controls: in a dialog the first time,
// on the status line when it repeats (each press of the play key without
// a sound device).
func (p *playback) fail(err error) {
	text := i18n.Error(err)
	if text == p.lastErr {
		p.s.Status(text)
		return
	}
	p.lastErr = text
	p.s.Fail(err)
}

// playAt plays a document's recording from the place where the text at
// offset is spoken, once the document is open and its recording loaded.
func (p *playback) playAt(docID int64, offset int) {
	play := func() {
		p.bar.Seek(p.timeAt(offset))
		p.bar.Play()
	}
	mine := p.loaded.docID == docID
	switch {
	case mine && p.state == ready:
		play()
	case mine && p.state == opening:
		p.pending = play
	case mine && p.state == failed:
		p.s.Status(p.notice.Text)
	default:
		p.s.Status(i18n.Say(noteNoRecording.Say(message.Args{"Document": p.docName(docID)})))
	}
}

// timeAt is when the text at offset is spoken. Without a time index the
// place is estimated from how far into the text it is, and the status
// line says so: better a moment near than the start of an hour.
func (p *playback) timeAt(offset int) float64 {
	if len(p.times) > 0 {
		s, _ := p.times.SecondsAt(offset)
		return s
	}
	d := p.s.Doc()
	rec := p.bar.Recording()
	if d == nil || rec == nil || d.Chars == 0 {
		return 0
	}
	p.s.Status(i18n.T("This transcript has no times, so Teema guessed the place from how far into the text it is."))
	return rec.Duration().Seconds() * float64(offset) / float64(d.Chars)
}

// noteNoRecording says a document has no recording to play.
var noteNoRecording = message.New("{{.Document}} has no recording: attach one with Documents → Attach recording….")

// docName is a document's name, for messages.
func (p *playback) docName(id int64) string {
	if info, ok := p.s.DocInfo(id); ok {
		return info.Name
	}
	return ""
}

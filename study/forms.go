package study

import (
	"errors"
	"sync"

	"teema/coding/wordfreq"
	"teema/message"
	"teema/voikko"
)

// The word forms a count can be made of.
const (
	FormsRaw   = "raw"   // as written, case-folded
	FormsStem  = "stem"  // Snowball stems
	FormsLemma = "lemma" // Finnish base forms from Voikko, English stems
)

// Forms owns Voikko for as long as counts need it: the window keeps one
// for its life, a command one for its run. Voikko is opened at the first
// count of lemmas, in the background, so its dictionary and disk cache
// load while the count reads the project; the count waits only when it
// first needs a base form. Without Voikko, lemmas are counted as stems and
// the count says why. Forms is safe for concurrent use.
type Forms struct {
	start sync.Once
	ready chan struct{} // closed once Voikko has opened or failed to
	v     *voikko.Voikko
	err   error // why Voikko could not be opened

	close    sync.Once
	closeErr error
}

// NewForms makes the forms of counts to come; nothing is opened yet.
func NewForms() *Forms { return &Forms{ready: make(chan struct{})} }

// open starts opening Voikko, once.
func (f *Forms) open() {
	f.start.Do(func() {
		go func() {
			defer close(f.ready)
			v, err := voikko.Open()
			if err != nil {
				f.err = err
				return
			}
			if path, err := voikko.DefaultCachePath(); err == nil {
				_ = v.UseCache(path) // a cache it cannot read, Close reports
			}
			f.v = v
		}()
	})
}

// Close saves Voikko's cache of base forms and frees Voikko once the
// analyses under way have ended. Counts made after Close get no base
// forms. The error is only about the cache: the counts were right.
func (f *Forms) Close() error {
	f.close.Do(func() {
		f.start.Do(func() { close(f.ready) }) // never opened: nothing to wait for
		<-f.ready
		if f.v != nil {
			f.closeErr = f.v.Flush()
			f.v.Close()
		}
	})
	return f.closeErr
}

// of is the forms named, one of the Forms constants.
func (f *Forms) of(name string) (wordfreq.Forms, error) {
	switch name {
	case FormsRaw:
		return wordfreq.Raw(), nil
	case FormsStem:
		return wordfreq.Stems(), nil
	case FormsLemma, "":
		f.open()
		return lemmas{f}, nil
	}
	return nil, errForms.New(message.Args{"Forms": name})
}

// notes say why lemmas were counted as stems, if they were.
func (f *Forms) notes(used wordfreq.Forms) []message.Note {
	if _, ok := used.(lemmas); !ok {
		return nil
	}
	<-f.ready
	if f.err == nil {
		return nil
	}
	notes := []message.Note{noteStems.Say(nil)}
	var m *message.Error
	if errors.As(f.err, &m) { // why Voikko is missing, and what to install
		notes = append([]message.Note{m.Note}, notes...)
	}
	return notes
}

// lemmas are Voikko's base forms once Voikko has opened, stems if it
// could not be.
type lemmas struct{ f *Forms }

func (l lemmas) forms() wordfreq.Forms {
	<-l.f.ready
	if l.f.v == nil {
		return wordfreq.Stems()
	}
	return wordfreq.Lemmas(l.f.v)
}

func (l lemmas) Name() string { return l.forms().Name() }

func (l lemmas) Form(token string, lang wordfreq.Lang) string { return l.forms().Form(token, lang) }

// Signature lets a count keep the base forms it finds with the project's
// word tallies, and use those kept.
func (l lemmas) Signature(lang wordfreq.Lang) string {
	if s, ok := l.forms().(wordfreq.Signed); ok {
		return s.Signature(lang)
	}
	return ""
}

//go:build !(darwin || freebsd || linux || netbsd)

package voikko

// Voikko gives Finnish base forms from libvoikko. On this system Teema
// cannot load libvoikko, so Open always fails with ErrUnavailable.
type Voikko struct{}

// Open reports that Voikko cannot be loaded on this system.
func Open() (*Voikko, error) {
	return nil, errNotHere.New(nil)
}

// Analyze never knows a word.
func (v *Voikko) Analyze(word string) (string, bool) { return "", false }

// Lemma returns the word unchanged.
func (v *Voikko) Lemma(word string) string { return word }

// Reduce is Lemma.
func (v *Voikko) Reduce(word string) string { return word }

// Close does nothing.
func (v *Voikko) Close() error { return nil }

// DefaultCachePath is unused where Voikko cannot be loaded.
func DefaultCachePath() (string, error) { return "", ErrUnavailable }

// UseCache does nothing.
func (v *Voikko) UseCache(path string) error { return nil }

// Flush does nothing.
func (v *Voikko) Flush() error { return nil }

// Signature is empty: there is no Voikko.
func (v *Voikko) Signature() string { return "" }

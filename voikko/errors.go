package voikko

import "teema/message"

// What can keep Voikko from giving base forms. Every one of them is
// ErrUnavailable, so callers fall back to stems.
var (
	// ErrUnavailable matches every reason Voikko cannot be opened.
	ErrUnavailable = message.New("Finnish base forms need Voikko, which is not installed (libvoikko1, voikko-fi).")

	errNoLibrary    = message.New("Finnish base forms need Voikko: install the packages libvoikko1 and voikko-fi.").In(ErrUnavailable)
	errOldLibrary   = message.New("Finnish base forms need Voikko 4.0 or later; this libvoikko lacks {{.Symbol}}.").In(ErrUnavailable)
	errNoDictionary = message.New("Voikko has no Finnish dictionary: install the package voikko-fi.").In(ErrUnavailable)
	errNotHere      = message.New("Teema cannot load Voikko on this system, so it counts stems instead of base forms.").In(ErrUnavailable)
	errCache        = message.New("Voikko's cache of base forms could not be read or saved ({{.Path}}); the count is right, only slower.")
)

package importer

import (
	"errors"
	"fmt"
	"path/filepath"
)

// Sentinel errors, for errors.Is. The messages shown to the researcher come
// from fileError, which names the file and explains the problem; these words
// only end up in the wrapped chain.
var (
	ErrUnsupported = errors.New("unsupported file type")
	ErrEmpty       = errors.New("no text")
	ErrBinary      = errors.New("not a text file")
	ErrCorrupt     = errors.New("damaged file")
	ErrTooLarge    = errors.New("file too large")
	ErrEncrypted   = errors.New("password-protected file")
)

// fileError is what every failure of Read and ReadFile returns: the base name
// of the file and a sentence a researcher can act on, wrapping a sentinel and,
// where there is one, the technical cause (shown in parentheses for support).
// kind is nil only for operating-system errors, which wrap their own cause.
type fileError struct {
	name  string
	msg   string
	kind  error
	cause error
}

func (e *fileError) Error() string {
	if e.cause != nil {
		return fmt.Sprintf("%s: %s (%v)", e.name, e.msg, e.cause)
	}
	return fmt.Sprintf("%s: %s", e.name, e.msg)
}

func (e *fileError) Unwrap() []error {
	var errs []error
	for _, err := range []error{e.kind, e.cause} {
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// failure builds the error for file name; cause may be nil.
func failure(name string, kind error, cause error, format string, args ...any) error {
	return &fileError{name: filepath.Base(name), msg: fmt.Sprintf(format, args...), kind: kind, cause: cause}
}

// readError is a failure whose kind and wording are decided deep inside a
// format reader, before the file name is known to it; Read adds the name.
type readError struct {
	kind  error
	msg   string
	cause error
}

func (e *readError) Error() string { return e.msg }

func (e *readError) Unwrap() []error { return []error{e.kind, e.cause} }

func fail(kind error, cause error, format string, args ...any) error {
	return &readError{kind: kind, msg: fmt.Sprintf(format, args...), cause: cause}
}

// named turns an error from a format reader into a fileError for name.
func named(name string, err error) error {
	var re *readError
	if errors.As(err, &re) {
		return failure(name, re.kind, re.cause, "%s", re.msg)
	}
	return failure(name, ErrCorrupt, err, "could not be read")
}

// Package message holds what Teema tells the researcher, as data: a Kind
// names what happened, its Args carry the particulars (the file, the code,
// the limit), and the edge (package i18n) words it in the user's language.
// Errors made anywhere below the UI are messages too, so no layer writes
// a sentence the user reads.
//
// A Kind's text is its English wording, a text/template over its Args
// ("{{.File}} is empty"); it is also the key of its translations, as every
// UI string's English text is.
package message

import (
	"errors"
	"strings"
	"text/template"
)

// Args are the particulars a message's words need.
type Args map[string]any

// Kind is one thing Teema can say. Kinds are made once, as package
// variables, by New.
type Kind struct {
	text  string
	tmpl  *template.Template
	class error // a broader error that errors.Is also matches, or nil
}

// New makes a kind whose English wording is text, a string literal (the
// translation test finds every kind by reading the source). It panics on
// a text that is not a valid template, a programming error found at
// start-up.
func New(text string) *Kind {
	return &Kind{text: text, tmpl: template.Must(template.New("").Option("missingkey=zero").Parse(text))}
}

// In makes errors of the kind match class too in errors.Is: many ways a
// file can be damaged are all importer.ErrCorrupt. It returns k.
func (k *Kind) In(class error) *Kind {
	k.class = class
	return k
}

// Text is the kind's English template, the key of its translations.
func (k *Kind) Text() string { return k.text }

// Render fills a template (a kind's text or a translation of it) with args.
func Render(tmpl *template.Template, args Args) string {
	var b strings.Builder
	if err := tmpl.Execute(&b, map[string]any(args)); err != nil {
		return tmpl.Root.String()
	}
	return b.String()
}

// English words the kind with args in English.
func (k *Kind) English(args Args) string { return Render(k.tmpl, args) }

// Error lets a kind stand for every error of its kind in errors.Is.
func (k *Kind) Error() string { return k.text }

// Note is a message to show that is not an error: a line of a report, a
// warning beside a result.
type Note struct {
	Kind *Kind
	Args Args
}

// Say makes a note of a kind.
func (k *Kind) Say(args Args) Note { return Note{Kind: k, Args: args} }

// String is the note in English, for logs and tests.
func (n Note) String() string { return n.Kind.English(n.Args) }

// Error is an error that carries a message. Cause, when there is one, is
// the technical reason (an operating system's or SQLite's error), kept for
// logs and errors.Is.
type Error struct {
	Note
	Cause error
}

// New makes an error of the kind.
func (k *Kind) New(args Args) *Error { return &Error{Note: Note{Kind: k, Args: args}} }

// Wrap makes an error of the kind caused by err.
func (k *Kind) Wrap(err error, args Args) *Error {
	return &Error{Note: Note{Kind: k, Args: args}, Cause: err}
}

// Error words the error in English, with its cause, for logs.
func (e *Error) Error() string {
	if e.Cause != nil {
		return e.Note.String() + " (" + e.Cause.Error() + ")"
	}
	return e.Note.String()
}

// Unwrap gives the cause.
func (e *Error) Unwrap() error { return e.Cause }

// Is makes errors.Is(err, kind) true for an error of that kind.
func (e *Error) Is(target error) bool {
	return target == e.Kind || e.Kind.class != nil && errors.Is(e.Kind.class, target)
}

// With returns a copy of the error with one more argument, for a layer
// that knows a particular the layer that made the error did not (the
// file's name, say).
func (e *Error) With(key string, value any) *Error {
	args := make(Args, len(e.Args)+1)
	for k, v := range e.Args {
		args[k] = v
	}
	args[key] = value
	return &Error{Note: Note{Kind: e.Kind, Args: args}, Cause: e.Cause}
}

package i18n

import (
	"errors"
	"io/fs"

	"teema/message"
)

// What the edge says of errors that carry no message of Teema's own: the
// operating system's, SQLite's, or a bug's.
var (
	errNotExist   = message.New("{{.Path}} does not exist.")
	errPermission = message.New("Teema is not allowed to read or write {{.Path}}.")
	errOther      = message.New("Something went wrong: {{.Detail}}")
)

// Error words an error for the user: the message of the first error in
// its chain that carries one, or what is known of an operating system's
// error, or a plain sentence with the technical detail.
func Error(err error) string {
	if err == nil {
		return ""
	}
	var m *message.Error
	if errors.As(err, &m) {
		return Say(m.Note)
	}
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe) && errors.Is(err, fs.ErrNotExist):
		return Say(errNotExist.Say(message.Args{"Path": pe.Path}))
	case errors.As(err, &pe) && errors.Is(err, fs.ErrPermission):
		return Say(errPermission.Say(message.Args{"Path": pe.Path}))
	}
	return Say(errOther.Say(message.Args{"Detail": err.Error()}))
}

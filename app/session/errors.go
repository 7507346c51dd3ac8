package session

import "teema/message"

var (
	errNoProject = message.New("No project is open.")
	noteUndone   = message.New("Undone: {{.What}}")
	noteRedone   = message.New("Redone: {{.What}}")
)

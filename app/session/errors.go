package session

import "teema/message"

var errNoProject = message.New("No project is open.")

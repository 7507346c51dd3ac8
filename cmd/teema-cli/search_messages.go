package main

import "teema/message"

// How search, autocode and query were called wrongly (exit 2).
var (
	errSearchArgs   = message.New("search takes a project and a query; quote a query of several words.")
	errAutocodeArgs = message.New("autocode takes a project and a query, or a project and --speaker.")
	errAutocodeCode = message.New("autocode needs --code, the code to code with.")
	errQueryArgs    = message.New("query takes a project and a coding query (or a saved query's name); quote a query of several words.")
	errExtent       = message.New("The option --extent is one of hit, sentence, turn or paragraph, not {{.Value}}.")
)
